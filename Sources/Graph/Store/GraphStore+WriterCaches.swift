import Dispatch

/// Whether the store keeps a `QuoteIndexFilter`, and what it holds.
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
    /// Stored quotes up to which the filter is built from an existing `quote_variant` (about 150 000 articles'
    /// worth). A larger graph is resolved through SQLite alone; reading its whole index would cost more than it saves.
    static let quoteIndexFilterLimit: Int64 = 2_000_000

    /// Runs `body` with the writer's caches: an in-memory filter over the quote variants, so that quote resolution
    /// asks SQLite only about keys that may be stored (see `QuoteIndexFilter`), a copy of the name index that entity
    /// resolution reads and writes (`NameIndexCache`), and whether the analyst wrote any curation or quote rule, so
    /// that resolution does not look rules up name by name, or quote by quote, in an empty table. For bulk loads by
    /// the one writer, which calls `checkWriterCaches()` before each transaction; the window of recent quotes
    /// (`quoteWindow()`) is then checked against other connections there, not at each use.
    public func keepingWriterCaches<T>(_ body: () throws -> T) rethrows -> T {
        guard case .unused = quoteIndexFilter else { return try body() }
        quoteIndexFilter = .pending
        writtenNames = [:]
        writtenNameCount = 0
        writtenNamesRollbacks = database.rollbacks
        nameIndexState = .pending
        defer {
            quoteIndexFilter = .unused
            nameIndexState = .unused
            noCurationRules = false
            noQuoteRules = false
            writtenNames = nil
        }
        return try body()
    }

    /// Brings the caches up to date before a write transaction: stops using the quote filter, drops the window of
    /// recent quotes (built again at its next use) and starts the name-index cache again partial, when another
    /// connection has committed since they were made (its rows are not in them), and reads again whether there are
    /// curation rules and quote rules (one probe each).
    public func checkWriterCaches() throws {
        if case .unused = quoteIndexFilter { return }
        let version = try database.scalarInt("PRAGMA data_version")
        if case .ready(let filter) = quoteIndexFilter, version != filter.dataVersion { quoteIndexFilter = .off }
        if let window = recentQuotes, version != window.dataVersion { recentQuotes = nil }
        if version != writtenNamesVersion {
            forgetWrittenNames()
            // Partial from here: reading the tables whole again at each of another writer's turns costs too much.
            forgetNameIndex()
        }
        writtenNamesVersion = version
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
            try database.cached("SELECT hash FROM quote_variant").forEach { filter.addVariant(hash: UInt64(bitPattern: $0.int(0))) }
            // Texts that joined by a same-speaker rule are in `quote_voice` only; their speakers still find them.
            try database.cached("SELECT graph_key_hash(key) FROM quote_voice").forEach {
                filter.addVariant(hash: UInt64(bitPattern: $0.int(0)))
            }
            quoteIndexFilter = .ready(filter)
            return filter
        }
    }

    /// False when no quote node was certainly ever found under `key`.
    ///
    /// - Parameter hash: `QuoteIndexFilter.hash(key)`, when the caller made it ahead.
    func mayHaveQuotes(withVariantKey key: String, hash: UInt64? = nil) throws -> Bool {
        try quoteFilter()?.mayHaveVariant(hash: hash ?? QuoteIndexFilter.hash(key)) ?? true
    }

    /// Keeps the filters in step with a variant key written to `quote_variant`.
    func noteQuoteVariant(_ key: String, hash: UInt64? = nil) {
        guard case .ready(let filter) = quoteIndexFilter else { return }
        filter.addVariant(hash: hash ?? QuoteIndexFilter.hash(key))
    }

    // MARK: The window of recent quotes

    /// The index of recent quote occurrences (`QuoteWindow`), built from `attribution` at its first use and kept
    /// while it agrees with the database: until another connection commits (`PRAGMA data_version`: read here at
    /// each use outside an ingest, once a transaction by `checkWriterCaches()` during one) or a write rolls back.
    func quoteWindow() throws -> QuoteWindow {
        if let window = recentQuotes, window.rollbacks == database.rollbacks {
            if case .unused = quoteIndexFilter {
                if try database.scalarInt("PRAGMA data_version") == window.dataVersion { return window }
            } else {
                return window
            }
        }
        recentQuotes = nil
        let window = QuoteWindow(
            capacity: quoteWindowCapacity, dataVersion: try database.scalarInt("PRAGMA data_version"),
            rollbacks: database.rollbacks)
        var rows: [(quote: QuoteID, speaker: EntityID, text: String)] = []
        try database.cached("""
            SELECT quote, speaker, surface FROM attribution WHERE speaker IS NOT NULL ORDER BY id DESC LIMIT ?
            """).forEach([quoteWindowCapacity]) { row in
                rows.append((QuoteID(rawValue: row.int(0)), EntityID(rawValue: row.int(1)), row.string(2)))
            }
        window.reserve(occurrences: rows.count)
        // The texts' keys and pairs on every core (a few seconds for a full window on one), then added in order.
        let stored = rows
        var parts = [(key: String, shingles: [Int64])](repeating: ("", []), count: stored.count)
        parts.withUnsafeMutableBufferPointer { parts in
            // Each worker writes only its own chunk; concurrentPerform returns once all are done.
            nonisolated(unsafe) let parts = parts
            let chunk = 1024
            DispatchQueue.concurrentPerform(iterations: (stored.count + chunk - 1) / chunk) { index in
                for row in (index * chunk)..<min(stored.count, (index + 1) * chunk) {
                    let key = NameKey.quote(stored[row].text)
                    parts[row] = (key, QuoteResolver.parts(ofKey: key).shingles)
                }
            }
        }
        for index in stored.indices.reversed() {
            window.add(key: parts[index].key, shingles: parts[index].shingles, speaker: stored[index].speaker, quote: stored[index].quote)
        }
        recentQuotes = window
        return window
    }

    /// Keeps the window in step with an entity merge, which moves the merged node's quotes to `kept`.
    func noteEntityMerge(_ absorbed: EntityID, into kept: EntityID) {
        recentQuotes?.mergeSpeaker(absorbed, into: kept)
    }

    /// Entries of `writtenNames` kept at most (about 200 MB); past it the record starts again from empty.
    static let writtenNamesLimit = 2_000_000

    /// Whether the name-index row `entry` of `entity` was written during this ingest; records it when not (outside
    /// an ingest, always false).
    func wroteName(_ entry: String, of entity: EntityID) -> Bool {
        guard writtenNames != nil else { return false }
        if database.rollbacks != writtenNamesRollbacks {
            // A transaction or savepoint rolled back: rows recorded since may be gone.
            forgetWrittenNames()
            writtenNamesRollbacks = database.rollbacks
        }
        if writtenNameCount >= Self.writtenNamesLimit { forgetWrittenNames() }
        guard writtenNames![entity.rawValue, default: []].insert(entry).inserted else { return true }
        writtenNameCount += 1
        return false
    }

    /// Forgets the name-index rows written, after rows may have gone: entities deleted, a rollback, or another
    /// connection's commit.
    func forgetWrittenNames() {
        if writtenNames != nil { writtenNames!.removeAll(keepingCapacity: true) }
        writtenNameCount = 0
    }

    /// Forgets the rows written for one entity, after some of them went: it was merged into another (its id may
    /// be given to the next new entity) or lost names. The other entities' rows stay: a merge only adds to the
    /// node it keeps.
    func forgetWrittenNames(of entity: EntityID) {
        guard let removed = writtenNames?.removeValue(forKey: entity.rawValue) else { return }
        writtenNameCount -= removed.count
    }
}
