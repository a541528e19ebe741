/// A failure of the SQLite store: what failed, SQLite's own code and message, and the statement (never the values).
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// SQLite returned an error code.
    case sqlite(code: Int32, message: String, statement: String?)
    /// The file cannot be opened as a graph database.
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer version of the schema than this build knows.
    case newerSchema(path: String, found: Int, known: Int)
    /// The file is a SQLite database, but not one this tool made.
    case notAGraphDatabase(path: String)
    /// A write was attempted on a database opened read-only.
    case readOnly(statement: String)

    public var description: String {
        switch self {
        case let .sqlite(code, message, statement):
            let context = statement.map { " in `\(Self.abbreviate($0))`" } ?? ""
            return "SQLite error \(code): \(message)\(context)"
        case let .cannotOpen(path, reason):
            return "cannot open database \(path): \(reason)"
        case let .newerSchema(path, found, known):
            return "\(path) has schema version \(found), but this graphctl knows versions up to \(known); "
                + "use a newer graphctl, or ingest into a new database"
        case let .notAGraphDatabase(path):
            return "\(path) is a SQLite database, but not a graph database made by graphctl; "
                + "choose another path with --db"
        case let .readOnly(statement):
            return "the database is open read-only; refused `\(Self.abbreviate(statement))`"
        }
    }

    private static func abbreviate(_ sql: String) -> String {
        let flat = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > 120 ? String(flat.prefix(117)) + "..." : flat
    }
}
