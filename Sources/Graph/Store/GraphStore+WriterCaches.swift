/// Whether the store keeps `QuoteIndexFilter`s, and what they hold.
enum QuoteIndexFilterState {
    /// Outside an ingest: every look-up goes to SQLite.
    case unused
    /// In an ingest, not built yet: built from the tables at the first look-up, so that an ingest that resolves
    /// nothing (a re-ingest) never reads the index.
    case pending
    case ready(QuoteIndexFilter)
    /// Given up for this ingest: the index was too large to read into memory, or another connection wrote.
    case off
}

extension GraphStore {
    /// Stored quotes up to which the filters are built from an existing index (about 150 000 articles' worth). A
    /// larger graph is resolved through SQLite alone; reading its whole index would cost more than it saves.
    static let quoteIndexFilterLimit: Int64 = 2_000_000

    /// Runs `body` with the writer's caches: in-memory filters over the quote index, so that quote resolution asks
    /// SQLite only about quotes that may be stored (see `QuoteIndexFilter`), and whether the analyst wrote any
    /// curation or quote rule, so that resolution does not look rules up name by name, or quote by quote, in an
    /// empty table. For bulk loads by
    /// the one writer, which calls `checkWriterCaches()` before each transaction.
    public func keepingWriterCaches<T>(_ body: () throws -> T) rethrows -> T {
        guard case .unused = quoteIndexFilter else { return try body() }
        quoteIndexFilter = .pending
        writtenNames = []
        database.afterRollback = { [unowned self] in forgetWrittenNames() }
        defer {
            quoteIndexFilter = .unused
            noCurationRules = false
            noQuoteRules = false
            writtenNames = nil
            database.afterRollback = nil
        }
        return try body()
    }

    /// Brings the caches up to date before a write transaction: stops using the quote filters when another
    /// connection has committed since they were made (its rows are not in them), and reads again whether there are
    /// curation rules and quote rules (one probe each).
    public func checkWriterCaches() throws {
        if writtenNames != nil {
            let version = try database.scalarInt("PRAGMA data_version")
            if version != writtenNamesVersion { forgetWrittenNames() }
            writtenNamesVersion = version
        }
        switch quoteIndexFilter {
        case .unused: return
        case .ready(let filter):
            if try database.scalarInt("PRAGMA data_version") != filter.dataVersion { quoteIndexFilter = .off }
        case .pending, .off: break
        }
        noCurationRules = try database.scalarInt("SELECT NOT EXISTS (SELECT 1 FROM curation_rule)") == 1
        noQuoteRules = try database.scalarInt("SELECT NOT EXISTS (SELECT 1 FROM quote_rule)") == 1
    }

    /// The filters, built from the tables on first use; nil when there are none to use.
    private func quoteFilter() throws -> QuoteIndexFilter? {
        switch quoteIndexFilter {
        case .unused, .off: return nil
        case .ready(let filter): return filter
        case .pending:
            let filter = QuoteIndexFilter(dataVersion: try database.scalarInt("PRAGMA data_version"))
            guard try database.scalarInt("SELECT coalesce(max(id), 0) FROM quote") <= Self.quoteIndexFilterLimit else {
                quoteIndexFilter = .off
                return nil
            }
            try database.cached("SELECT key FROM quote_variant").forEach { filter.addVariant($0.string(0)) }
            try database.cached("SELECT speaker, shingle FROM quote_shingle").forEach { row in
                filter.addPair(speaker: EntityID(rawValue: row.int(0)), shingle: row.int(1))
            }
            try database.cached("SELECT speaker, shingle FROM quote_anchor").forEach { row in
                filter.addAnchor(speaker: EntityID(rawValue: row.int(0)), shingle: row.int(1))
            }
            quoteIndexFilter = .ready(filter)
            return filter
        }
    }

    /// False when no quote node was certainly ever found under `key`.
    func mayHaveQuotes(withVariantKey key: String) throws -> Bool {
        try quoteFilter()?.mayHaveVariant(key) ?? true
    }

    /// False when no quote of `speaker` certainly holds all of `shingles`.
    func mayHaveQuotes(withShingles shingles: some Sequence<Int64>, speaker: EntityID) throws -> Bool {
        try quoteFilter()?.mayHaveAll(shingles, speaker: speaker) ?? true
    }

    /// False when no variant of a quote of `speaker` certainly starts with `shingle`.
    func mayHaveQuotes(anchoredAt shingle: Int64, speaker: EntityID) throws -> Bool {
        try quoteFilter()?.mayHaveAnchor(shingle, speaker: speaker) ?? true
    }

    /// Keeps the filters in step with rows written to the quote index.
    func noteQuoteIndex(variant key: String?, shingles: [Int64], speaker: EntityID?) {
        guard case .ready(let filter) = quoteIndexFilter else { return }
        if let key { filter.addVariant(key) }
        guard let speaker, let first = shingles.first else { return }
        for shingle in shingles { filter.addPair(speaker: speaker, shingle: shingle) }
        filter.addAnchor(speaker: speaker, shingle: first)
    }

    /// Keeps the filters in step with an entity merge, which moves the merged node's index rows to `kept`.
    func noteEntityMerge(_ absorbed: EntityID, into kept: EntityID) {
        guard case .ready(let filter) = quoteIndexFilter else { return }
        filter.merge(absorbed, into: kept)
    }

    /// Entries of `writtenNames` kept at most (about 200 MB); past it the set starts again from empty.
    static let writtenNamesLimit = 2_000_000

    /// Whether the name-index row `entry` was written during this ingest; records it when not (outside an ingest,
    /// always false).
    func wroteName(_ entry: String) -> Bool {
        guard writtenNames != nil else { return false }
        if writtenNames!.count >= Self.writtenNamesLimit { writtenNames!.removeAll(keepingCapacity: true) }
        return !writtenNames!.insert(entry).inserted
    }

    /// Forgets the name-index rows written, after rows may have gone: an entity merged or deleted (its id may be
    /// reused), names removed, a rollback, or another connection's commit.
    func forgetWrittenNames() {
        if writtenNames != nil { writtenNames!.removeAll(keepingCapacity: true) }
    }
}
