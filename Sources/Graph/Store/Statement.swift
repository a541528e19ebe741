import CSQLite

/// A prepared statement. Reuse it for hot paths: `reset` happens before each run.
public final class Statement {
    let handle: OpaquePointer
    let sql: String
    private unowned let database: Database
    /// How many parameters the statement takes: a run that binds them all need not clear the last run's first.
    private let parameterCount: Int

    init(database: Database, sql: String) throws(StoreError) {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v3(database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw database.error(code, statement: sql)
        }
        self.handle = handle
        self.sql = sql
        self.database = database
        parameterCount = Int(sqlite3_bind_parameter_count(handle))
    }

    deinit { sqlite3_finalize(handle) }

    /// Whether the statement leaves the database unchanged (SQLite's own judgement, used by `graphctl sql`).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// Binds `values` to the parameters in order, after resetting the statement.
    func bind(_ values: [any SQLBindable]) throws(StoreError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (index, value) in values.enumerated() {
            let code = value.bind(to: handle, at: Int32(index + 1))
            guard code == SQLITE_OK else { throw database.error(code, statement: sql) }
        }
    }

    /// Binds `values` to the parameters in order, after resetting the statement: the hot path, with no array and
    /// no boxing of the values. The previous run's values are cleared only when some parameters stay unbound (they
    /// must read NULL): clearing costs as much as binding again.
    func bind<each Value: SQLBindable>(_ values: repeat each Value) throws(StoreError) {
        sqlite3_reset(handle)
        var count = 0
        for _ in repeat each values { count += 1 }
        if count < parameterCount { sqlite3_clear_bindings(handle) }
        var position: Int32 = 1
        for value in repeat each values {
            let code = value.bind(to: handle, at: position)
            guard code == SQLITE_OK else { throw database.error(code, statement: sql) }
            position += 1
        }
    }

    /// Runs the statement to completion, for statements that return no rows.
    public func execute<each Value: SQLBindable>(_ values: repeat each Value) throws(StoreError) {
        try bind(repeat each values)
        try stepToEnd()
    }

    func stepToEnd() throws(StoreError) {
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            if code != SQLITE_ROW { throw database.error(code, statement: sql) }
        }
        sqlite3_reset(handle)
    }

    /// Runs the statement and calls `body` for each row; the row is valid only inside `body`.
    public func forEach(_ values: [any SQLBindable] = [], _ body: (Row) throws -> Void) throws {
        try bind(values)
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw database.error(code, statement: sql) }
            try body(Row(handle: handle))
        }
    }

    /// Runs the statement and maps every row.
    public func rows<T, each Value: SQLBindable>(_ values: repeat each Value, map: (Row) throws -> T) throws -> [T] {
        try bind(repeat each values)
        defer { sqlite3_reset(handle) }
        var result: [T] = []
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw database.error(code, statement: sql) }
            result.append(try map(Row(handle: handle)))
        }
        return result
    }

    /// Runs the statement and maps the first row, if any.
    public func first<T, each Value: SQLBindable>(_ values: repeat each Value, map: (Row) throws -> T) throws -> T? {
        try bind(repeat each values)
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw database.error(code, statement: sql) }
        return try map(Row(handle: handle))
    }
}

/// The current row of a running statement.
public struct Row {
    let handle: OpaquePointer

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }
    public func name(_ column: Int) -> String { String(cString: sqlite3_column_name(handle, Int32(column))) }
    public func isNull(_ column: Int) -> Bool { sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL }
    public func int(_ column: Int) -> Int64 { sqlite3_column_int64(handle, Int32(column)) }
    public func double(_ column: Int) -> Double { sqlite3_column_double(handle, Int32(column)) }

    public func string(_ column: Int) -> String {
        guard let pointer = sqlite3_column_text(handle, Int32(column)) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, Int32(column)))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    public func optionalString(_ column: Int) -> String? { isNull(column) ? nil : string(column) }
    public func optionalInt(_ column: Int) -> Int64? { isNull(column) ? nil : int(column) }

    public func value(_ column: Int) -> SQLValue {
        switch sqlite3_column_type(handle, Int32(column)) {
        case SQLITE_INTEGER: return .integer(int(column))
        case SQLITE_FLOAT: return .real(double(column))
        case SQLITE_TEXT: return .text(string(column))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, Int32(column)))
            guard count > 0, let pointer = sqlite3_column_blob(handle, Int32(column)) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: pointer, count: count)))
        default: return .null
        }
    }
}
