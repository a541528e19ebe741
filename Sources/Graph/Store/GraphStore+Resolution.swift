/// A stored entity as resolution sees it: the entity, and the key of its canonical name.
///
/// Its `id`, `name` and `type` are the entity's own (`candidate.name` reads `candidate.entity.name`).
@dynamicMemberLookup
public struct EntityCandidate: Sendable, Hashable {
    public var entity: EntityRef
    /// The key of its canonical name.
    public var key: String

    public init(entity: EntityRef, key: String) {
        self.entity = entity
        self.key = key
    }

    public subscript<Value>(dynamicMember path: WritableKeyPath<EntityRef, Value>) -> Value {
        get { entity[keyPath: path] }
        set { entity[keyPath: path] = newValue }
    }
}

/// How a name key points at an entity in `resolution_key`.
public enum ResolutionKeyKind: String, Sendable, Hashable, CaseIterable {
    /// The key of a name the node was given as a name by some document.
    case name
    /// A strong alias: an acronym or a multi-word proper name a document gave it.
    case alias
    /// A standard variant of the name (`KnownAliases`).
    case known
    /// The initials of a multi-word name, for acronyms that no article defined.
    case initials
    /// A person's name words, sorted, for another name order.
    case words
    /// A person's name without middle initials and suffixes ("Donald J. Trump" = "donald trump").
    case plain
    /// A name the analyst gave it.
    case curated
    /// An event's name stem and the span of days an article gave for it, with the year and the article's date when
    /// known: `stem|MM-DD|MM-DD|published|year` (`EntityResolver.EventDateKey`). Looked up by key ranges.
    case dates
}

extension GraphStore {
    /// Entities that `key` points at through one of `kinds`, in id order.
    ///
    /// - Complexity: one index lookup per kind; never a scan of all entities.
    public func entities(withKey key: String, kinds: [ResolutionKeyKind]) throws -> [EntityCandidate] {
        guard !kinds.isEmpty else { return [] }
        if let cache = try nameIndex() {
            var ids: [Int64] = []
            for row in try keyRows(key, in: cache) where kinds.contains(row.kind) { ids.append(row.entity) }
            if ids.count > 1 {
                ids.sort()
                ids = ids.enumerated().filter { $0.offset == 0 || ids[$0.offset - 1] != $0.element }.map(\.element)
            }
            return try ids.compactMap { try entity($0, in: cache) }
        }
        // One statement for all the kinds (SQLite probes the primary key once per kind): resolution asks this for
        // every name of every article.
        let statement = try database.cached("""
            SELECT DISTINCT e.id, e.name, e.type, e.key FROM resolution_key r JOIN entity e ON e.id = r.entity
            WHERE r.key = ? AND r.kind IN (\(Array(repeating: "?", count: kinds.count).joined(separator: ", ")))
            ORDER BY e.id
            """)
        var found: [EntityCandidate] = []
        try statement.forEach([key] + kinds.map(\.rawValue)) { found.append(Self.candidate($0)) }
        return found
    }

    /// Entities whose canonical name or one of whose strong names has this key (every kind but initials and words).
    ///
    /// - Complexity: index lookups only.
    public func entities(withKey key: String) throws -> [EntityCandidate] {
        try entities(withKey: key, kinds: [.name, .alias, .known, .curated])
    }

    /// Entities whose canonical name key is `key`, including those that resolution does not index (a lone surname).
    public func entities(withCanonicalKey key: String) throws -> [EntityCandidate] {
        if let cache = try nameIndex() { return try entities(withCanonicalKey: key, in: cache) }
        return try database.cached("SELECT id, name, type, key FROM entity WHERE key = ? ORDER BY id").rows(key, map: Self.candidate)
    }

    /// Entities found under a `dates` key from `lower` (inclusive) to `upper` (exclusive), with the key: the first
    /// `limit` in key order.
    ///
    /// - Complexity: one range of the primary key index `(kind, key)`; never a scan of all entities.
    func entities(withDatesKeysFrom lower: String, below upper: String, limit: Int) throws -> [(candidate: EntityCandidate, key: String)] {
        try database.cached("""
            SELECT e.id, e.name, e.type, e.key, r.key FROM resolution_key r JOIN entity e ON e.id = r.entity
            WHERE r.kind = 'dates' AND r.key >= ?1 AND r.key < ?2 ORDER BY r.key, e.id LIMIT ?3
            """).rows(lower, upper, limit) { (Self.candidate($0), $0.string(4)) }
    }

    /// A document's publication date as stored (ISO 8601 text), if it has one.
    func published(_ document: DocumentID) throws -> String? {
        try database.cached("SELECT published FROM document WHERE id = ?").first(document) { $0.optionalString(0) } ?? nil
    }

    /// The entity with this id, if it exists.
    public func entity(_ id: EntityID) throws -> EntityCandidate? {
        if let cache = try nameIndex() { return try entity(id.rawValue, in: cache) }
        return try database.cached("SELECT id, name, type, key FROM entity WHERE id = ?").first(id, map: Self.candidate)
    }

    static func candidate(_ row: Row) -> EntityCandidate {
        EntityCandidate(entity: entityRef(row, id: 0, name: 1, type: 2)!, key: row.string(3))
    }

    func insertEntity(name: String, type: EntityType, key: String) throws -> EntityID {
        let cache = try nameIndex()
        try database.cached("INSERT INTO entity (name, type, key) VALUES (?, ?, ?)").execute(name, type.rawValue, key)
        let id = EntityID(rawValue: database.lastInsertRowID)
        cache?.addEntity(EntityCandidate(entity: EntityRef(id: id, name: name, type: type), key: key))
        return id
    }

    /// Adds a display alias: what listings show, not what resolution searches.
    func addAlias(_ alias: String, key: String, to entity: EntityID) throws {
        // The primary key is (entity, key): once a row of this key is stored, another alias text of it is ignored.
        let cache = try nameIndex()
        if let cache {
            if cache.hasAlias(key, entity: entity.rawValue) == true { return }
        } else if wroteName("a\u{1}\(alias)\u{1}\(key)", of: entity) {
            return
        }
        try database.cached("INSERT OR IGNORE INTO entity_alias (entity, alias, key) VALUES (?, ?, ?)")
            .execute(entity, alias, key)
        cache?.addAlias(key, entity: entity.rawValue)
    }

    /// Makes `key` find `entity` through `kind`.
    func addResolutionKey(_ key: String, kind: ResolutionKeyKind, to entity: EntityID) throws {
        guard !key.isEmpty else { return }
        let cache = try nameIndex()
        if let cache, let known = cache.hasKeyRow(key, kind: kind, entity: entity.rawValue) {
            if known { return }
        } else if wroteName("k\u{1}\(kind.rawValue)\u{1}\(key)", of: entity) {
            return
        }
        try database.cached("INSERT OR IGNORE INTO resolution_key (key, kind, entity) VALUES (?, ?, ?)")
            .execute(key, kind.rawValue, entity)
        cache?.addKeyRow(key, kind: kind, entity: entity.rawValue)
    }

    /// Records that a document's entity joined `entity` by more than its exact name.
    func insertMerge(
        entity: EntityID, name: String, type: EntityType, reason: String, detail: String, confidence: Double,
        document: DocumentID?, analyst: Bool
    ) throws {
        try database.cached("""
            INSERT INTO entity_merge (entity, name, type, reason, detail, confidence, document, analyst, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(
                entity, name, type.rawValue, reason, detail, min(max(confidence, 0), 1), document, analyst,
                Self.timestamp())
    }

    /// Forgets the merges a document's resolution made, before it is resolved again.
    func deleteMerges(of document: DocumentID) throws {
        try database.cached("DELETE FROM entity_merge WHERE document = ?").execute(document)
    }

    // MARK: Quotes

    /// Quote nodes that an occurrence with this text key was stored under, in id order.
    func quotes(withVariantKey key: String) throws -> [QuoteID] {
        try database.cached("SELECT quote FROM quote_variant WHERE hash = graph_key_hash(?1) AND key = ?1 ORDER BY quote")
            .rows(key) { QuoteID(rawValue: $0.int(0)) }
    }

    /// The text keys a quote node's occurrences were stored under: those any speaker's same words find
    /// (`quote_variant`), and those only their own speaker's find (`quote_voice`).
    func variantKeys(of quote: QuoteID) throws -> [String] {
        try database.cached("""
            SELECT key FROM quote_variant WHERE quote = ?1 UNION SELECT key FROM quote_voice WHERE quote = ?1 ORDER BY key
            """).rows(quote) { $0.string(0) }
    }

    /// The canonical text and key of a quote node.
    func quoteText(_ quote: QuoteID) throws -> (text: String, key: String)? {
        try database.cached("SELECT text, key FROM quote WHERE id = ?").first(quote) { ($0.string(0), $0.string(1)) }
    }

    /// The lowest-id quote node found under `key`.
    func firstQuote(withVariantKey key: String) throws -> QuoteID? {
        try database.cached("SELECT quote FROM quote_variant WHERE hash = graph_key_hash(?1) AND key = ?1 ORDER BY quote LIMIT 1")
            .first(key) { QuoteID(rawValue: $0.int(0)) }
    }

    /// The lowest-id quote node of the short text `key` that `speaker` spoke or relayed, or that `via` spoke; and
    /// whether only a relay links them (`speaker` relayed it, or `via` spoke it), not `speaker` speaking it.
    ///
    /// - Complexity: two index ranges of `quote_voice`, each of one entity and one text, however many speakers use
    ///   the text and however many times it was said.
    func firstQuote(
        withShortKey key: String, spokenOrRelayedBy speaker: EntityID, orSpokenBy via: EntityID?
    ) throws -> (quote: QuoteID, relayed: Bool)? {
        try database.cached("""
            SELECT quote, max(entity = ?2 AND role = 0) FROM quote_voice
            WHERE key = ?1 AND (entity = ?2 OR (entity = ?3 AND role = 0))
            GROUP BY quote ORDER BY quote LIMIT 1
            """).first(key, speaker, via) { (QuoteID(rawValue: $0.int(0)), $0.int(1) == 0) }
    }

    /// Records who spoke and who relayed an occurrence of the short text `key`, or of a text that joined its node
    /// through a rule only its own speaker's quotes may use (a fragment, an overlap), for `firstQuote(withShortKey:…)`.
    func addVoices(_ key: String, speaker: EntityID?, via: EntityID?, quote: QuoteID) throws {
        let insert = try database.cached("INSERT OR IGNORE INTO quote_voice (key, entity, role, quote) VALUES (?, ?, ?, ?)")
        if let speaker { try insert.execute(key, speaker, 0, quote) }
        if let via { try insert.execute(key, via, 1, quote) }
    }

    /// Whether `speaker` spoke an occurrence of the quote node.
    func quote(_ quote: QuoteID, isSpokenBy speaker: EntityID) throws -> Bool {
        try database.scalarInt("SELECT EXISTS (SELECT 1 FROM attribution WHERE speaker = ? AND quote = ?)", speaker, quote) == 1
    }

    /// Whether an occurrence of the quote node has a known speaker other than `speaker` and `medium`.
    ///
    /// - Complexity: reads the node's occurrences up to the first other speaker's.
    func quote(_ quote: QuoteID, isSpokenByOtherThan speaker: EntityID, or medium: EntityID?) throws -> Bool {
        try database.scalarInt("""
            SELECT EXISTS (SELECT 1 FROM attribution WHERE quote = ?1 AND speaker IS NOT NULL AND speaker != ?2
                AND speaker IS NOT ?3)
            """, quote, speaker, medium) == 1
    }

    /// Whether `medium` relayed an occurrence of the quote node.
    func quote(_ quote: QuoteID, isRelayedBy medium: EntityID) throws -> Bool {
        try database.scalarInt("SELECT EXISTS (SELECT 1 FROM attribution WHERE via = ? AND quote = ?)", medium, quote) == 1
    }

    /// The speakers and media of a quote node's occurrences.
    func speakersAndMedia(of quote: QuoteID) throws -> (speakers: Set<EntityID>, media: Set<EntityID>) {
        var speakers: Set<EntityID> = []
        var media: Set<EntityID> = []
        try database.cached("SELECT speaker, via FROM attribution WHERE quote = ?").forEach([quote]) { row in
            if let speaker = row.optionalInt(0) { speakers.insert(EntityID(rawValue: speaker)) }
            if let via = row.optionalInt(1) { media.insert(EntityID(rawValue: via)) }
        }
        return (speakers, media)
    }

    func insertQuote(text: String, key: String) throws -> QuoteID {
        try database.cached("INSERT INTO quote (text, key) VALUES (?, ?)").execute(text, key)
        let quote = QuoteID(rawValue: database.lastInsertRowID)
        recentQuotes?.noteNewQuote(quote)
        noteSearchEntryWritten(quote, text: text)
        return quote
    }

    func updateQuote(_ quote: QuoteID, text: String, key: String) throws {
        try noteSearchEntryChange(quote)
        try database.cached("UPDATE quote SET text = ?, key = ? WHERE id = ?").execute(text, key, quote)
        noteSearchEntryWritten(quote, text: text)
    }

    /// - Parameter hash: `KeyHash.fnv1a` of the key (`graph_key_hash`), when the caller made it ahead.
    func addVariant(_ key: String, to quote: QuoteID, hash: UInt64? = nil) throws {
        let hash = hash ?? KeyHash.fnv1a(key.utf8)
        try database.cached("INSERT OR IGNORE INTO quote_variant (hash, key, quote) VALUES (?, ?, ?)")
            .execute(Int64(bitPattern: hash), key, quote)
        noteQuoteVariant(key, hash: hash)
    }

    /// Indexes an occurrence's word pairs under its speaker, in the window of recent quotes (`QuoteWindow`): all of
    /// them, and the first as its anchor. One-word variants have no pairs and are not indexed.
    func addShingles(_ shingles: [Int64], key: String, speaker: EntityID, quote: QuoteID) throws {
        guard !shingles.isEmpty else { return }
        try quoteWindow().add(key: key, shingles: shingles, speaker: speaker, quote: quote)
    }

    /// The quote nodes a document's occurrences belong to.
    func quotes(in document: DocumentID) throws -> [QuoteID] {
        try database.cached("SELECT DISTINCT quote FROM attribution WHERE document = ? ORDER BY quote")
            .rows(document) { QuoteID(rawValue: $0.int(0)) }
    }

    /// The texts, speakers and media of a quote node's occurrences, and whether each joined the node by a rule only
    /// its own speaker's quotes may use (fragment, overlap, relay: `QuoteResolver`'s scoped texts).
    func occurrences(of quote: QuoteID) throws -> [(text: String, speaker: EntityID?, via: EntityID?, scoped: Bool)] {
        try database.cached("""
            SELECT a.surface, a.speaker, a.via, EXISTS (SELECT 1 FROM quote_merge m WHERE m.attribution = a.id
                AND m.reason IN ('fragment', 'overlap', 'relay'))
            FROM attribution a WHERE a.quote = ? ORDER BY a.id
            """).rows(quote) { row in
            (row.string(0), row.optionalInt(1).map(EntityID.init(rawValue:)), row.optionalInt(2).map(EntityID.init(rawValue:)),
             row.int(3) == 1)
        }
    }

    /// Forgets every variant and word pair a quote node was indexed under, before it is indexed again.
    func clearQuoteIndex(_ quote: QuoteID) throws {
        try database.cached("DELETE FROM quote_variant WHERE quote = ?").execute(quote)
        try database.cached("DELETE FROM quote_voice WHERE quote = ?").execute(quote)
        recentQuotes?.clear(quote)
    }

    /// Notes in the writer's filter a text key stored in `quote_voice` only, so that its speaker's next use of the
    /// same words looks it up.
    func addScopedVariant(_ key: String, hash: UInt64? = nil) {
        noteQuoteVariant(key, hash: hash)
    }

    /// Moves every occurrence and variant of quote `absorbed` to `kept`, and deletes `absorbed`.
    func mergeQuote(_ absorbed: QuoteID, into kept: QuoteID) throws {
        guard absorbed != kept else { return }
        try database.cached("UPDATE attribution SET quote = ? WHERE quote = ?").execute(kept, absorbed)
        try database.cached("UPDATE OR IGNORE quote_variant SET quote = ? WHERE quote = ?").execute(kept, absorbed)
        try database.cached("UPDATE OR IGNORE quote_voice SET quote = ? WHERE quote = ?").execute(kept, absorbed)
        recentQuotes?.mergeQuote(absorbed, into: kept)
        try noteSearchEntryChange(absorbed)
        try deleteQuote(absorbed)
    }
}
