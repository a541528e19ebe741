import CSQLite

/// One SQLite connection: the only owner of a `sqlite3*` in the project.
///
/// Connection settings (foreign keys, WAL, busy timeout) are applied when it opens, outside any transaction, where
/// SQLite honours them. Statements prepared through `cached(_:)` are kept for the connection's life.
public final class Database {
    let handle: OpaquePointer
    public let path: String
    public let isReadOnly: Bool
    private var statements: [String: Statement] = [:]
    /// `statements` again, by the address of the SQL text's bytes: a string literal keeps one address for the
    /// process's life, so the writer's statements are found without hashing their whole text (`cached(_:)`).
    private var statementsByAddress: [UnsafeRawPointer: Statement] = [:]
    private var transactionDepth = 0
    /// The bulk load's checkpointer, while one runs (`bulkLoad(logLimit:_:)`): commits wait for its checkpoint.
    private var checkpointer: Checkpointer?
    /// Transactions and savepoints rolled back on this connection: what the store keeps in memory about the rows
    /// (`QuoteWindow`) is dropped when it changes.
    private(set) var rollbacks = 0

    /// Opens (and for writing, creates) the database at `path`; `":memory:"` gives a private in-memory database.
    ///
    /// - Throws: `StoreError.cannotOpen` when the file cannot be opened or is not a database.
    public init(path: String, readOnly: Bool = false) throws(StoreError) {
        _ = Self.configured
        var handle: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(handle)
            throw .cannotOpen(path: path, reason: reason)
        }
        self.handle = handle
        self.path = path
        self.isReadOnly = readOnly
        sqlite3_busy_timeout(handle, 10_000)
        do {
            // Reading the schema catches "file is not a database" here, with the path, not later mid-ingest.
            try execute("PRAGMA foreign_keys = ON")
            try registerKeyHash()
            _ = try scalarInt("SELECT count(*) FROM sqlite_schema")
            if !readOnly && path != ":memory:" && !path.isEmpty {
                try execute("PRAGMA journal_mode = WAL")
                try execute("PRAGMA synchronous = NORMAL")
            }
        } catch {
            statements.removeAll()
            statementsByAddress.removeAll()
            sqlite3_close_v2(handle)
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Process-wide settings, made once before the first connection opens: no memory statistics (nothing reads
    /// them, and they cost a global mutex on every allocation SQLite makes).
    private static let configured: Void = { _ = csqlite_disable_memory_statistics() }()

    /// Registers `graph_key_hash(text)`: the 64-bit FNV-1a hash of the text's UTF-8 bytes, as a signed integer.
    /// Tables index long text keys by it (`quote_variant.hash`), so that their B-trees hold 8 bytes an entry, not
    /// the key; the hash is stored, so it must never change.
    private func registerKeyHash() throws(StoreError) {
        let code = sqlite3_create_function_v2(
            handle, "graph_key_hash", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nil,
            { context, _, values in
                guard let value = values?[0], let bytes = sqlite3_value_text(value) else {
                    sqlite3_result_null(context)
                    return
                }
                let text = UnsafeBufferPointer(start: bytes, count: Int(sqlite3_value_bytes(value)))
                sqlite3_result_int64(context, Int64(bitPattern: KeyHash.fnv1a(text)))
            }, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code, statement: "graph_key_hash") }
    }

    deinit {
        statements.removeAll()
        statementsByAddress.removeAll()
        sqlite3_close_v2(handle)
    }

    func error(_ code: Int32, statement: String?) -> StoreError {
        let message = String(cString: sqlite3_errmsg(handle))
        if code & 0xFF == SQLITE_READONLY, let statement { return .readOnly(statement: statement) }
        return .sqlite(code: code, message: message, statement: statement)
    }

    /// Runs one or more statements that take no parameters.
    public func execute(_ sql: String) throws(StoreError) {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            if code & 0xFF == SQLITE_READONLY { throw .readOnly(statement: sql) }
            throw .sqlite(code: code, message: text, statement: sql)
        }
    }

    /// A new prepared statement, owned by the caller.
    public func prepare(_ sql: String) throws(StoreError) -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// A prepared statement kept for reuse: for statements run once per row of a bulk load.
    ///
    /// Looked up first by the address of the text's UTF-8 bytes, then by the text: hashing a long SQL text on each
    /// of tens of thousands of runs was a twentieth of the writer's instructions. An address match is checked with
    /// `==`, which for the very same string is a comparison of two words; the statement holds its text, so the
    /// bytes at that address cannot be freed and reused by another string while it is cached.
    public func cached(_ sql: String) throws(StoreError) -> Statement {
        let address = sql.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
        if let address, let statement = statementsByAddress[address], statement.sql == sql { return statement }
        let statement: Statement
        if let known = statements[sql] {
            statement = known
        } else {
            statement = try Statement(database: self, sql: sql)
            statements[sql] = statement
        }
        // Only the statement's own text has an address that lasts; a copy's address (a small string's, on the
        // stack) would only miss.
        if let address, statement.sql.utf8.withContiguousStorageIfAvailable({ UnsafeRawPointer($0.baseAddress) }) == address {
            statementsByAddress[address] = statement
        }
        return statement
    }

    public func scalarInt<each Value: SQLBindable>(_ sql: String, _ values: repeat each Value) throws -> Int64 {
        let statement = try cached(sql)
        try statement.bind(repeat each values)
        defer { sqlite3_reset(statement.handle) }
        let code = sqlite3_step(statement.handle)
        guard code == SQLITE_ROW else {
            if code == SQLITE_DONE { return 0 }
            throw error(code, statement: sql)
        }
        return sqlite3_column_int64(statement.handle, 0)
    }

    /// Each cached statement with how often it ran and how many virtual-machine steps it took, most steps first:
    /// where a writer's SQLite time goes (`graphctl profile`). Counts since the statement was prepared.
    public func statementCosts() -> [(sql: String, runs: Int, steps: Int)] {
        statements.map { sql, statement in
            (sql, Int(sqlite3_stmt_status(statement.handle, SQLITE_STMTSTATUS_RUN, 0)),
             Int(sqlite3_stmt_status(statement.handle, SQLITE_STMTSTATUS_VM_STEP, 0)))
        }.sorted { ($0.steps, $0.runs) > ($1.steps, $1.runs) }
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in a transaction (`BEGIN IMMEDIATE` ... `COMMIT`): all of it is written, or on error none of it.
    ///
    /// Nested calls become savepoints, so an inner failure undoes only the inner work when the caller catches it.
    public func write<T>(_ body: () throws -> T) throws -> T {
        let savepoint = "graph_\(transactionDepth)"
        try execute(transactionDepth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT \(savepoint)")
        transactionDepth += 1
        do {
            let result = try body()
            transactionDepth -= 1
            if transactionDepth == 0 { checkpointer?.waitBeforeCommit() }
            try execute(transactionDepth == 0 ? "COMMIT" : "RELEASE \(savepoint)")
            return result
        } catch {
            transactionDepth -= 1
            rollbacks += 1
            if transactionDepth == 0 {
                try? execute("ROLLBACK")
            } else {
                try? execute("ROLLBACK TO \(savepoint)")
                try? execute("RELEASE \(savepoint)")
            }
            throw error
        }
    }

    /// The page cache of a bulk load, as `PRAGMA cache_size` takes it: negative, in KiB (1 GB).
    static let bulkLoadCacheSize = -1_048_576

    /// Runs `body` with settings for writing many rows: a page cache of up to 1 GB, so that more of the indexes'
    /// randomly placed pages stay in memory as the graph grows, and checkpoints of the write-ahead log on a thread
    /// of their own after each commit (`Checkpointer`), not in the writer's commits. The previous settings are
    /// restored afterwards. Durability is unchanged: WAL with `synchronous = NORMAL`, as always for files.
    ///
    /// - Parameter logLimit: the pages the log may hold before a commit waits for the checkpoint under way (by
    ///   default 256 MB of 4 KB pages).
    public func bulkLoad<T>(logLimit: Int = 65_536, _ body: () throws -> T) throws -> T {
        guard !isReadOnly, transactionDepth == 0 else { return try body() }
        let cacheSize = try scalarInt("PRAGMA cache_size")
        let autocheckpoint = try scalarInt("PRAGMA wal_autocheckpoint")
        // Each article adds about 50 entries at random places in the indexes keyed by speaker, entity, quote or
        // text hash. Past the cache, each is a page read from disk (0.1 ms here) on the writer's thread. From
        // 600,000 articles on, 1 GB instead of 256 MB read 35 % fewer bytes from disk (docs/bench.md). The cache
        // fills only as pages are read, so small ingests do not take the memory.
        // Foreign keys off: each row an article adds checked its parents (four for an attribution, two for a
        // mention), 8 % of the writer's instructions on 300 articles, and a random page of `quote` for each
        // occurrence of an old quote. The writer inserts parents first, and deletes a node's dependent rows itself
        // (`GraphStore.deleteEntity`, `deleteQuote`); tests check the result with `PRAGMA foreign_key_check`.
        try execute("""
            PRAGMA cache_size = \(Self.bulkLoadCacheSize); PRAGMA wal_autocheckpoint = 16384; PRAGMA foreign_keys = OFF
            """)
        defer {
            try? execute("""
                PRAGMA cache_size = \(cacheSize); PRAGMA wal_autocheckpoint = \(autocheckpoint); PRAGMA foreign_keys = ON
                """)
        }
        guard try prepare("PRAGMA journal_mode").first(map: { $0.string(0) }) == "wal" else { return try body() }
        let checkpointer = try Checkpointer(path: path, limit: logLimit)
        // Replaces the automatic checkpoint's hook until the settings are restored.
        sqlite3_wal_hook(handle, { context, _, _, pages in
            Unmanaged<Checkpointer>.fromOpaque(context!).takeUnretainedValue().committed(pages: Int(pages))
            return SQLITE_OK
        }, Unmanaged.passUnretained(checkpointer).toOpaque())
        self.checkpointer = checkpointer
        defer {
            sqlite3_wal_hook(handle, nil, nil)
            self.checkpointer = nil
            checkpointer.stop()
        }
        return try body()
    }

    /// Runs `body` in a read transaction, so that every query in it sees one snapshot even while another
    /// process writes.
    public func read<T>(_ body: () throws -> T) throws -> T {
        guard transactionDepth == 0 else { return try body() }
        try execute("BEGIN")
        transactionDepth += 1
        defer {
            transactionDepth -= 1
            try? execute("COMMIT")
        }
        return try body()
    }
}
