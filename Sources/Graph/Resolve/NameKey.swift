import Foundation

/// Normalised lookup keys for names and quote texts, so that typography never splits one thing in two.
///
/// A name key folds case, diacritics, curly apostrophes, hyphens and dots ("Lee Sung-jun" = "lee sung jun",
/// "U.S." = "us", "Workers’ Party" = "workers' party"). A quote key also drops quotation marks, editorial
/// brackets' brackets and trailing punctuation.
public enum NameKey {
    /// The key of an entity name.
    public static func name(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in fold(text) {
            switch scalar {
            case "'":
                continue  // "Workers' Party" and "Workers Party" are the same name
            case ".":
                continue  // "U.S." and "US"
            case "-", " ", "\t", "\n", ",", "(", ")", "\"":
                pendingSpace = !out.isEmpty
            default:
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The key of a quote's text.
    public static func quote(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in fold(text) {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else if scalar == "'" {
                continue  // "army's" and "army’s" and "armys" alike
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// Lowercases, strips diacritics, and maps typographic variants of quote marks, apostrophes and dashes to ASCII.
    static func fold(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue  // combining diacritics
            case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: out.append("\"")
            case 0x2010...0x2015, 0x2212: out.append("-")
            case 0x00A0, 0x2000...0x200A, 0x202F: out.append(" ")
            default: out.append(scalar)
            }
        }
        return out
    }
}
