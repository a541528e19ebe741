import Foundation

/// Text helpers shared by the writers.
enum ExportText {
    /// The opening words of a quote for a label: at most `limit` characters, on one line, with an ellipsis when cut.
    ///
    /// Works on Unicode scalars rather than `Character`s, for speed (it runs once per quote and SAID edge): a cut
    /// can split a grapheme cluster such as a flag, which is harmless in a label.
    static func short(_ text: String, limit: Int = 60) -> String {
        var scalars = String.UnicodeScalarView()
        var count = 0
        var space = false
        var cut = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                space = count > 0
                continue
            }
            if count + (space ? 2 : 1) > limit {
                cut = true
                break
            }
            if space {
                scalars.append(" ")
                count += 1
                space = false
            }
            scalars.append(scalar)
            count += 1
        }
        guard cut else { return String(scalars) }
        while count > limit - 1 {
            scalars.removeLast()
            count -= 1
        }
        if let lastSpace = scalars.lastIndex(of: " "), scalars.distance(from: scalars.startIndex, to: lastSpace) > limit / 2 {
            scalars.removeSubrange(lastSpace...)
        }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars) + "…"
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x2028, 0x2029, 0x3000: true
        case 0x2000...0x200A: true
        default: false
        }
    }

    /// `value` as text: integers plainly, doubles with a point, booleans as true/false.
    static func plain(_ value: ExportValue) -> String {
        switch value {
        case let .string(text): text
        case let .int(number): String(number)
        case let .double(number): number.isFinite ? (number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) + ".0" : String(number)) : "0.0"
        case let .bool(flag): flag ? "true" : "false"
        }
    }
}
