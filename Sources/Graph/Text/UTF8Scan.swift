/// Byte-level helpers for the text hot paths: decoding one scalar at a byte offset and classifying it.
///
/// Everything downstream works on `[UInt8]`; these helpers keep ASCII on a fast path and only ask the standard
/// library's Unicode tables about the rare non-ASCII scalar.
enum UTF8Scan {
    /// The scalar starting at byte `i` and its length in bytes. Malformed input decodes as U+FFFD, one byte long,
    /// so that a scan always advances.
    @inline(__always)
    static func decode(_ b: [UInt8], _ i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let n = b.count
        if b0 & 0xE0 == 0xC0, i + 1 < n, b[i + 1] & 0xC0 == 0x80 {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2)
        }
        if b0 & 0xF0 == 0xE0, i + 2 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80, b[i + 3] & 0xC0 == 0x80 {
            let v = (UInt32(b0 & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
                | UInt32(b[i + 3] & 0x3F)
            return (v, 4)
        }
        return (0xFFFD, 1)
    }

    /// The scalar ending just before byte `i` (0 at the start of the text).
    static func scalar(before i: Int, in b: [UInt8]) -> UInt32 {
        guard i > 0 else { return 0 }
        var j = i - 1
        while j > 0, b[j] & 0xC0 == 0x80, i - j < 4 { j -= 1 }
        return decode(b, j).scalar
    }

    /// The scalar at byte `i` (0 past the end).
    static func scalar(at i: Int, in b: [UInt8]) -> UInt32 {
        i < b.count ? decode(b, i).scalar : 0
    }

    static func isSpace(_ s: UInt32) -> Bool {
        switch s {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
            0xFEFF:
            true
        default: false
        }
    }

    static func isDigit(_ s: UInt32) -> Bool { s >= 0x30 && s <= 0x39 }

    static func isLetter(_ s: UInt32) -> Bool {
        if s < 0x80 { return (s | 0x20) >= 0x61 && (s | 0x20) <= 0x7A }
        guard let u = Unicode.Scalar(s) else { return false }
        return u.properties.isAlphabetic
    }

    static func isUpper(_ s: UInt32) -> Bool {
        if s < 0x80 { return s >= 0x41 && s <= 0x5A }
        guard let u = Unicode.Scalar(s) else { return false }
        return u.properties.isUppercase
    }

    static func isLower(_ s: UInt32) -> Bool {
        if s < 0x80 { return s >= 0x61 && s <= 0x7A }
        guard let u = Unicode.Scalar(s) else { return false }
        return u.properties.isLowercase
    }

    static func isWordChar(_ s: UInt32) -> Bool { isDigit(s) || isLetter(s) }

    static func isApostrophe(_ s: UInt32) -> Bool { s == 0x27 || s == 0x2019 }

    static func isHyphen(_ s: UInt32) -> Bool { s == 0x2D || s == 0x2010 || s == 0x2011 }

    /// Double quotation marks, and which way the glyph itself leans (straight marks lean neither way).
    static func doubleMark(_ s: UInt32) -> QuoteMark.Lean? {
        switch s {
        case 0x22: .neither
        case 0x201C, 0x201E, 0xAB: .open
        case 0x201D, 0x201F, 0xBB: .close
        default: nil
        }
    }

    static func singleMark(_ s: UInt32) -> QuoteMark.Lean? {
        switch s {
        case 0x27: .neither
        case 0x2018, 0x201A: .open
        case 0x2019: .close
        default: nil
        }
    }

    /// Punctuation that may stand right before an opening mark: `("`, `—"`.
    static func isOpeningPunct(_ s: UInt32) -> Bool {
        switch s {
        case 0x28, 0x5B, 0x7B, 0x2D, 0x2013, 0x2014, 0x2F, 0x3A: true
        default: false
        }
    }
}
