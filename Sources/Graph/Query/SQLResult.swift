/// What `graphctl sql` returns: the statement's column names, then its rows.
public struct SQLResult: Sendable, Hashable {
    public var columns: [String]
    public var rows: [[SQLValue]]

    public init(columns: [String], rows: [[SQLValue]]) {
        self.columns = columns
        self.rows = rows
    }
}
