extension JSONLinesReader {
    /// The members of a line that is one JSON object whose values are all strings or null, decoded as
    /// `JSONSerialization` decodes them; nil for any other line, which `JSONSerialization` then reads and judges.
    ///
    /// An article's line is such an object, and `JSONSerialization` took about 75 instructions a byte to read it,
    /// half of the reader thread. Only what is plainly the same is taken here: no numbers, booleans, arrays or
    /// nested objects, no key twice, no surrogate escapes, no control character in a string; anything else goes
    /// to `JSONSerialization`, so that what it accepts, rejects and reports stays as it was.
    ///
    /// - Complexity: O(n) in the line's bytes.
    static func flatObject(_ line: String) -> [String: String?]? {
        let utf8 = line.utf8
        let members = utf8.withContiguousStorageIfAvailable { bytes -> [String: String?]? in
            var reader = FlatObjectReader(line: line, bytes: bytes)
            return reader.object()
        }
        return members ?? nil
    }
}

/// The byte reader behind `JSONLinesReader.flatObject(_:)`; every method returns nil where that one gives up.
private struct FlatObjectReader {
    /// The line, whose text a string without escapes is cut from: it is valid UTF-8 already.
    let line: String
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(line: String, bytes: UnsafeBufferPointer<UInt8>) {
        self.line = line
        self.bytes = bytes
    }

    mutating func object() -> [String: String?]? {
        skipWhitespace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var members: [String: String?] = [:]
        skipWhitespace()
        if !take(UInt8(ascii: "}")) {
            while true {
                skipWhitespace()
                guard let key = string() else { return nil }
                skipWhitespace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipWhitespace()
                let value: String?
                if let text = string() {
                    value = text
                } else if literalNull() {
                    value = nil
                } else {
                    return nil
                }
                guard members.updateValue(value, forKey: key) == nil else { return nil }  // a key twice
                skipWhitespace()
                if take(UInt8(ascii: ",")) { continue }
                guard take(UInt8(ascii: "}")) else { return nil }
                break
            }
        }
        skipWhitespace()
        return position == bytes.count ? members : nil
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func literalNull() -> Bool {
        guard bytes.count - position >= 4, bytes[position] == UInt8(ascii: "n"), bytes[position + 1] == UInt8(ascii: "u"),
            bytes[position + 2] == UInt8(ascii: "l"), bytes[position + 3] == UInt8(ascii: "l")
        else { return false }
        position += 4
        return true
    }

    /// A string at the current position, without its quotes; nil when there is none or it is not plainly read.
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        var runStart = position
        // The bytes so far, once an escape is met; until then the string is the line's text from quote to quote.
        var decoded: [UInt8]?
        while true {
            skipPlainBytes()
            guard position < bytes.count else { return nil }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                guard var decoded else {
                    // Offsets into the UTF-8 of a native string make indexes in O(1).
                    let utf8 = line.utf8
                    let from = utf8.index(utf8.startIndex, offsetBy: start)
                    return String(line[from..<utf8.index(from, offsetBy: position - 1 - start)])
                }
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position - 1]))
                return String(decoding: decoded, as: UTF8.self)
            }
            guard byte == UInt8(ascii: "\\") else { return nil }  // a control character
            if decoded == nil { decoded = [] }
            decoded!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            position += 1
            guard position < bytes.count else { return nil }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded!.append(escape)
            case UInt8(ascii: "b"): decoded!.append(0x08)
            case UInt8(ascii: "f"): decoded!.append(0x0C)
            case UInt8(ascii: "n"): decoded!.append(0x0A)
            case UInt8(ascii: "r"): decoded!.append(0x0D)
            case UInt8(ascii: "t"): decoded!.append(0x09)
            case UInt8(ascii: "u"):
                guard let value = hex4(), let scalar = Unicode.Scalar(value) else { return nil }  // no surrogates
                decoded!.append(contentsOf: UTF8.encode(scalar)!)
            default: return nil
            }
            runStart = position
        }
    }

    /// Moves past the bytes that stand for themselves in a string: up to a quote, a backslash or a control
    /// character, or the end. Eight bytes at a time while none of the eight is one.
    private mutating func skipPlainBytes() {
        let count = bytes.count
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        while position + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            // A byte below 0x20, or one equal to '"' or '\\'.
            if (word &- ones &* 0x20) & ~word & highs != 0 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) {
                break
            }
            position += 8
        }
        while position < count {
            let byte = bytes[position]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return }
            position += 1
        }
    }

    private mutating func hex4() -> UInt32? {
        guard bytes.count - position >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }
}
