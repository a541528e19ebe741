import Foundation

/// RFC 4180 CSV: a field is quoted when it holds a comma, a quote mark or a line break; quote marks are doubled.
public enum CSVField {
    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One CSV record, terminated by CRLF as RFC 4180 asks.
    public static func record(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\r\n"
    }
}
