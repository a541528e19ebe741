/// The quotes whose full-text entries an ingest's open transaction changed (`GraphStore.keepingSearchIndex(_:)`).
struct SearchIndexLog {
    /// Quotes inserted, changed or deleted in the transaction.
    var touched: Set<Int64> = []
    /// The text the index holds for each quote of `touched` that was stored before the transaction.
    var indexed: [Int64: String] = [:]
    /// The text the transaction last wrote to `quote` for the quotes of `touched` it inserted or changed (not those
    /// it deleted): what `quote` holds for them, as long as nothing was rolled back since the log began.
    var written: [Int64: String] = [:]
    /// `Database.rollbacks` when the log began: any rollback since may have undone a write of `written`.
    var rollbacks = 0
}

extension GraphStore {
    /// The triggers that keep the full-text index `quote_fts` in step with `quote`, as `schema.sql` creates them.
    static let searchTriggersSQL = """
        CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
            INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
            INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER quote_fts_update AFTER UPDATE OF text ON quote BEGIN
            INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
        END;
        """

    /// Whether `quote_fts` follows every change to `quote` by itself (its triggers are in place).
    var searchIndexIsLive: Bool {
        get throws {
            try database.scalarInt("""
                SELECT count(*) FROM sqlite_schema
                WHERE type = 'trigger' AND name IN ('quote_fts_insert', 'quote_fts_delete', 'quote_fts_update')
                """) == 3
        }
    }

    /// Runs `body` (an ingest) with the full-text index of quotes kept by the writer, a transaction at a time,
    /// instead of by triggers, row by row.
    ///
    /// Through the triggers, every statement that opened a statement journal after the transaction's first quote
    /// (an insert into `quote`, a merge) made FTS5 write its pending entries out as a new segment, merged again
    /// and again later: a fifth of the writer's time ingesting into a large graph. Here the triggers are dropped
    /// for the ingest; the store notes the quotes each transaction touches, and the ingester calls
    /// `syncSearchIndex()` before each commit, so that every committed state is indexed. The triggers come back at
    /// the end; if the process stops before, the next store opened for writing puts them back
    /// (`restoreSearchIndex()`).
    func keepingSearchIndex<T>(_ body: () throws -> T) throws -> T {
        guard !database.isReadOnly, searchLog == nil, try searchIndexIsLive else { return try body() }
        try database.write {
            try database.execute("DROP TRIGGER quote_fts_insert; DROP TRIGGER quote_fts_delete; DROP TRIGGER quote_fts_update")
        }
        searchLog = SearchIndexLog(rollbacks: database.rollbacks)
        defer { searchLog = nil }
        let result: T
        do {
            result = try body()
        } catch {
            try? database.write { try database.execute(Self.searchTriggersSQL) }
            throw error
        }
        try database.write { try database.execute(Self.searchTriggersSQL) }
        return result
    }

    /// Starts the record of a new transaction of the ingest, forgetting one that was rolled back.
    func beginSearchIndexLog() {
        if searchLog != nil { searchLog = SearchIndexLog(rollbacks: database.rollbacks) }
    }

    /// Brings the full-text entries of the quotes the transaction touched up to date: call it last in the
    /// transaction. Compares what the index holds with what `quote` holds now, so a document rolled back to its
    /// savepoint leaves no trace. What `quote` holds is the text the transaction wrote, when it wrote one and
    /// nothing was rolled back; it is read back otherwise.
    func syncSearchIndex() throws {
        guard let log = searchLog, !log.touched.isEmpty else { return }
        searchLog = SearchIndexLog(rollbacks: database.rollbacks)
        let delete = try database.cached("INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', ?, ?)")
        let insert = try database.cached("INSERT INTO quote_fts(rowid, text) VALUES (?, ?)")
        let written = database.rollbacks == log.rollbacks ? log.written : [:]
        for id in log.touched.sorted() {
            let indexed = log.indexed[id]
            let stored = try written[id] ?? quoteText(QuoteID(rawValue: id))?.text
            guard stored != indexed else { continue }
            if let indexed { try delete.execute(id, indexed) }
            if let stored { try insert.execute(id, stored) }
        }
    }

    /// Notes a quote about to be changed or deleted, while an ingest keeps the index.
    func noteSearchEntryChange(_ quote: QuoteID) throws {
        guard searchLog != nil else { return }
        searchLog!.written[quote.rawValue] = nil
        guard searchLog!.touched.insert(quote.rawValue).inserted else { return }
        // First touched in this transaction: what the index holds is what is stored now.
        if let text = try quoteText(quote)?.text { searchLog!.indexed[quote.rawValue] = text }
    }

    /// Notes a quote just inserted or changed to `text`, while an ingest keeps the index.
    func noteSearchEntryWritten(_ quote: QuoteID, text: String) {
        searchLog?.touched.insert(quote.rawValue)
        searchLog?.written[quote.rawValue] = text
    }

    /// Puts the triggers of `quote_fts` back when an ingest that kept the index itself stopped before it could
    /// (`keepingSearchIndex(_:)`); otherwise does nothing.
    ///
    /// Such an ingest brought the index up to date in every transaction it committed (`syncSearchIndex()`), so
    /// what it left is indexed: only the triggers are missing. As a check, the index must hold the last quote; one
    /// that does not is rebuilt from `quote`. Rebuilding every time read every quote: five minutes after an ingest
    /// into a graph of a million articles was stopped.
    func restoreSearchIndex() throws {
        guard !database.isReadOnly, !(try searchIndexIsLive) else { return }
        try database.write {
            guard !(try searchIndexIsLive) else { return }  // another process may have restored it meanwhile
            if try !searchIndexHoldsLastQuote {
                try database.execute("INSERT INTO quote_fts(quote_fts) VALUES ('rebuild')")
            }
            try database.execute(Self.searchTriggersSQL)
        }
    }

    /// Whether the full-text index's last row is the last quote (or both are empty): two index seeks.
    var searchIndexHoldsLastQuote: Bool {
        get throws {
            try database.scalarInt("SELECT (SELECT max(id) FROM quote) IS (SELECT max(id) FROM quote_fts_docsize)") == 1
        }
    }
}
