extension JSONLinesReader {
    /// The members of a line that is one JSON object whose values are all strings or null, decoded as
    /// `JSONSerialization` decodes them; nil for any other line, which `JSONSerialization` then reads and judges.
    ///
    /// An article's line is such an object, and `JSONSerialization` took about 75 instructions a byte to read it,
    /// half of the reader thread. Only what is plainly the same is taken here: no numbers, booleans, arrays or
    /// nested objects, no key twice, no surrogate escapes, no control character in a string; anything else goes
    /// to `JSONSerialization`, so that what it accepts, rejects and reports stays as it was.
    ///
    /// - Parameter line: a line of valid UTF-8 (the caller checked it).
    /// - Complexity: O(n) in the line's bytes.
    static func flatObject(_ line: ArraySlice<UInt8>) -> [String: String?]? {
        line.withUnsafeBufferPointer { bytes -> [String: String?]? in
            var reader = FlatObjectReader(bytes: bytes)
            return reader.object()
        }
    }
}

/// The byte reader behind `JSONLinesReader.flatObject(_:)`; every method returns nil where that one gives up.
private struct FlatObjectReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

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
        var out: [UInt8] = []
        var runStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                position += 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            if byte != UInt8(ascii: "\\") {
                position += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            position += 1
            guard position < bytes.count else { return nil }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard let value = hex4(), let scalar = Unicode.Scalar(value) else { return nil }  // no surrogates
                out.append(contentsOf: UTF8.encode(scalar)!)
            default: return nil
            }
            runStart = position
        }
        return nil
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
