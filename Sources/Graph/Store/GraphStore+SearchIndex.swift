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

    /// Whether `quote_fts` follows every change to `quote` (its triggers are in place).
    var searchIndexIsLive: Bool {
        get throws {
            try database.scalarInt("""
                SELECT count(*) FROM sqlite_schema
                WHERE type = 'trigger' AND name IN ('quote_fts_insert', 'quote_fts_delete', 'quote_fts_update')
                """) == 3
        }
    }

    /// Runs `body` (an ingest) with the full-text index of quotes built once at the end, when the graph holds no
    /// quote yet: kept row by row, the index cost a sixth of a bulk load's writing, rewritten at every merge of its
    /// segments and at every change of a quote's canonical text. Built once, it is a single pass over `quote`.
    ///
    /// Until the end, `search` finds none of the new quotes. If the process stops before it, the next store opened
    /// for writing builds the index (`restoreSearchIndex()`). With quotes already stored, `body` runs with the
    /// index kept row by row, as rebuilding a large index for a few articles would cost more than it saves.
    func buildingSearchIndexAfterwards<T>(_ body: () throws -> T) throws -> T {
        guard !database.isReadOnly, try searchIndexIsLive,
              try database.scalarInt("SELECT count(*) FROM (SELECT 1 FROM quote LIMIT 1)") == 0
        else { return try body() }
        try database.write {
            try database.execute("DROP TRIGGER quote_fts_insert; DROP TRIGGER quote_fts_delete; DROP TRIGGER quote_fts_update")
        }
        let result: T
        do {
            result = try body()
        } catch {
            try? restoreSearchIndex()
            throw error
        }
        try restoreSearchIndex()
        return result
    }

    /// Builds `quote_fts` from `quote` and puts its triggers back, when a bulk load left them out
    /// (`buildingSearchIndexAfterwards(_:)`); otherwise does nothing.
    func restoreSearchIndex() throws {
        guard !database.isReadOnly, !(try searchIndexIsLive) else { return }
        try database.write {
            guard !(try searchIndexIsLive) else { return }  // another process may have built it meanwhile
            try database.execute("INSERT INTO quote_fts(quote_fts) VALUES ('rebuild')")
            try database.execute(Self.searchTriggersSQL)
        }
    }
}
