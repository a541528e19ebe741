import Foundation

/// Turns a file's bytes into article text, or says why they are not an article.
enum ArticleText {
    /// Decodes UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
    ///
    /// - Throws: a reason for the user when the bytes are empty, binary, or not valid text.
    static func decode(_ bytes: [UInt8]) throws(DecodeFailure) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let nul = body.firstIndex(of: 0) {
            throw DecodeFailure("binary file, not text (a NUL byte at offset \(nul))")
        }
        if let decoded = String(validating: body, as: UTF8.self) {
            return try nonEmpty(decoded)
        }
        throw DecodeFailure(
            "not valid UTF-8 text (a bad byte at offset \(firstInvalidUTF8Offset(body))); convert it to UTF-8 first")
    }

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var codec = UTF8()
        var offset = 0
        while case let .scalarValue(scalar) = codec.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }

    private static func decodeUTF16(_ bytes: [UInt8]) throws(DecodeFailure) -> String {
        guard bytes.count % 2 == 0 else { throw DecodeFailure("UTF-16 text with an odd number of bytes") }
        let littleEndian = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        for index in stride(from: 2, to: bytes.count, by: 2) {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
        }
        var decoded = ""
        var iterator = units.makeIterator()
        var codec = UTF16()
        loop: while true {
            switch codec.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar.value == 0 { throw DecodeFailure("binary file, not text (a NUL character)") }
                decoded.unicodeScalars.append(scalar)
            case .emptyInput: break loop
            case .error: throw DecodeFailure("not valid UTF-16 text (an unpaired surrogate)")
            }
        }
        return try nonEmpty(decoded)
    }

    private static func nonEmpty(_ text: String) throws(DecodeFailure) -> String {
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw DecodeFailure("empty file, no text to ingest")
        }
        // Text has few control characters besides tabs and line breaks; a file of them decodes but is not prose.
        var scalars = 0
        var controls = 0
        for scalar in text.unicodeScalars {
            scalars += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: break
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: controls += 1
            default: break
            }
        }
        if controls * 100 > scalars || controls > 0 && scalars < 20 {
            throw DecodeFailure("binary file, not text (\(controls) control characters in \(scalars))")
        }
        return text
    }

    /// The first non-empty line, trimmed: a plain-text article's title.
    static func title(of text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { return String(trimmed) }
        }
        return nil
    }

    struct DecodeFailure: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}
