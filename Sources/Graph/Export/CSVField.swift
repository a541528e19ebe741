import Foundation

/// RFC 4180 CSV: a field is quoted when it holds a comma, a quote mark or a line break; quote marks are doubled.
public enum CSVField {
    public static func escape(_ field: String) -> String {
        // Scans UTF-8 bytes, not Characters: exports escape millions of fields.
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        var out = "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    /// One CSV record, terminated by CRLF as RFC 4180 asks.
    public static func record(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\r\n"
    }
}
