import CSQLite

extension GraphStore {
    /// Runs one statement of the user's SQL, refusing anything that could change the database or the connection.
    ///
    /// Four guards, any one of which refuses: the store is opened read-only by the caller; `query_only` is set; an
    /// authorizer allows only reading (no ATTACH, no writing PRAGMA, no `load_extension`); and the statement must be
    /// read-only in SQLite's own judgement. Only one statement is run: text after the first is refused, not ignored.
    ///
    /// - Parameters:
    ///   - columns: called once with the result's column names, before any row.
    ///   - row: called with each row's values.
    /// - Throws: `QueryError.refusedSQL` for SQL that writes or holds several statements; `StoreError` for SQL that
    ///   SQLite rejects (its message says where).
    public func runReadOnlySQL(
        _ sql: String, columns: ([String]) throws -> Void, row: ([SQLValue]) throws -> Void
    ) throws {
        try database.execute("PRAGMA query_only = ON")
        sqlite3_set_authorizer(database.handle, readOnlyAuthorizer, nil)
        defer { sqlite3_set_authorizer(database.handle, nil, nil) }
        guard Self.holdsStatement(sql, in: database) else {
            throw QueryError.refusedSQL(reason: "there is no SQL statement to run, only blanks or comments")
        }
        guard Self.isSingleStatement(sql, in: database) else {
            throw QueryError.refusedSQL(reason: "give one statement at a time (the text goes on after the first `;`)")
        }
        let statement = try Self.prepareUserStatement(sql, in: database)
        guard statement.isReadOnly else {
            throw QueryError.refusedSQL(reason: "the statement would change the database; graphctl sql only reads")
        }
        var names: [String]?
        try statement.forEach { result in
            if names == nil {
                names = (0..<result.columnCount).map(result.name)
                try columns(names!)
            }
            try row((0..<result.columnCount).map(result.value))
        }
        if names == nil {
            try columns((0..<Int(sqlite3_column_count(statement.handle))).map {
                String(cString: sqlite3_column_name(statement.handle, Int32($0)))
            })
        }
    }

    /// Prepares the user's statement; an authorizer refusal becomes a `QueryError` that says what is allowed.
    static func prepareUserStatement(_ sql: String, in database: Database) throws -> Statement {
        var refusal: String?
        do {
            return try database.prepare(sql)
        } catch {
            guard case let .sqlite(code, message, _) = error, code & 0xFF == SQLITE_AUTH else { throw error }
            refusal = message
        }
        throw QueryError.refusedSQL(reason: "\(refusal ?? "not authorized"): graphctl sql only reads (SELECT, WITH, "
            + "EXPLAIN, and PRAGMAs that read, such as table_info)")
    }

    /// Whether `sql` holds anything but blanks and comments (or SQL that does not even prepare: its error is reported
    /// by the real prepare).
    static func holdsStatement(_ sql: String, in database: Database) -> Bool {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v2(database.handle, sql, -1, &handle, nil)
        defer { sqlite3_finalize(handle) }
        return code != SQLITE_OK || handle != nil
    }

    /// Whether `sql` is one statement, perhaps followed by blanks, `;`s and comments.
    static func isSingleStatement(_ sql: String, in database: Database) -> Bool {
        sql.withCString { start -> Bool in
            var handle: OpaquePointer?
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(database.handle, start, -1, &handle, &tail)
            sqlite3_finalize(handle)
            guard code == SQLITE_OK else { return true }  // the real prepare reports the error, with its message
            guard let tail, tail.pointee != 0 else { return true }
            // Preparing only blanks and comments gives no statement; anything else is a second statement.
            var rest: OpaquePointer?
            let restCode = sqlite3_prepare_v2(database.handle, tail, -1, &rest, nil)
            defer { sqlite3_finalize(rest) }
            return restCode == SQLITE_OK && rest == nil
        }
    }
}

/// PRAGMAs that only read, allowed with or without an argument (the argument names a table or an index).
private let readingPragmas: Set<String> = [
    "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
    "foreign_key_check", "integrity_check", "quick_check", "collation_list", "compile_options", "database_list",
    "function_list", "module_list", "pragma_list",
]

/// PRAGMAs that read without an argument and write with one.
private let settingPragmas: Set<String> = [
    "user_version", "schema_version", "application_id", "page_size", "page_count", "freelist_count", "encoding",
    "journal_mode", "data_version", "foreign_keys", "query_only",
]

/// Allows reading, refuses everything else, at prepare time: see `sqlite3_set_authorizer`.
private let readOnlyAuthorizer: @convention(c) (
    UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?,
    UnsafePointer<CChar>?
) -> Int32 = { _, action, first, second, _, _ in
    switch action {
    case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
        return SQLITE_OK
    case SQLITE_UPDATE:
        // SQLite itself asks this while connecting a virtual table (FTS5) for the first time; the connection is
        // read-only and query_only besides, and a user's UPDATE is refused for not being read-only.
        let table = first.map { String(cString: $0).lowercased() } ?? ""
        return table == "sqlite_master" || table == "sqlite_schema" ? SQLITE_OK : SQLITE_DENY
    case SQLITE_FUNCTION:
        let name = second.map { String(cString: $0).lowercased() } ?? ""
        return name == "load_extension" || name == "fts3_tokenizer" ? SQLITE_DENY : SQLITE_OK
    case SQLITE_PRAGMA:
        let name = first.map { String(cString: $0).lowercased() } ?? ""
        if readingPragmas.contains(name) { return SQLITE_OK }
        if settingPragmas.contains(name) && second == nil { return SQLITE_OK }
        return SQLITE_DENY
    default:
        return SQLITE_DENY
    }
}
