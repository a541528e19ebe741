/// One recorded join of a quote occurrence to a quote node, or of a node gathered into a longer one.
public struct QuoteMergeRecord: Sendable, Hashable {
    public var id: Int64
    /// The node the occurrence belongs to.
    public var quote: QuoteID
    /// The node's canonical text.
    public var quoteText: String
    /// The occurrence that made the join, as it stands in its document.
    public var surface: String
    public var document: String
    public var key: String
    /// The text key it matched: a variant of the node it joined, or of the node it gathered.
    public var otherKey: String
    public var reason: String
    public var detail: String
    public var confidence: Double
    public var createdAt: String

    /// The id as listings print it.
    public var jsonID: String { "QM\(id)" }
}

/// A stored decision that one occurrence is not the same quote as texts of another key.
public struct QuoteRule: Sendable, Hashable {
    public var id: Int64
    /// The content hash of the occurrence's document.
    public var documentHash: String
    public var key: String
    public var otherKey: String
    public var createdAt: String
}

extension GraphStore {
    // MARK: Quote merge log

    /// Records the joins an occurrence made, once its attribution row is written.
    func insertQuoteMerges(_ joins: [QuoteJoin], attribution: Int64) throws {
        guard !joins.isEmpty else { return }
        let insert = try database.cached("""
            INSERT INTO quote_merge (quote, attribution, key, other_key, reason, detail, confidence, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let now = Self.timestamp()
        for join in joins {
            try insert.execute(
                join.quote, attribution, join.key, join.otherKey, join.reason.rawValue, join.detail,
                min(max(join.confidence, 0), 1), now)
        }
    }

    /// The quote merge log, newest first; only joins into `quote` when given.
    ///
    /// - Complexity: an index walk of the log, or of one node's joins.
    public func quoteMerges(into quote: QuoteID? = nil, limit: Int = 1000) throws -> [QuoteMergeRecord] {
        let sql = Self.quoteMergeColumns + (quote == nil ? "" : " WHERE m.quote = ?2") + " ORDER BY m.id DESC LIMIT ?1"
        let statement = try database.cached(sql)
        return quote == nil
            ? try statement.rows(limit, map: Self.quoteMergeRecord)
            : try statement.rows(limit, quote, map: Self.quoteMergeRecord)
    }

    /// One quote merge record.
    public func quoteMerge(id: Int64) throws -> QuoteMergeRecord? {
        try database.cached(Self.quoteMergeColumns + " WHERE m.id = ?").first(id, map: Self.quoteMergeRecord)
    }

    private static let quoteMergeColumns = """
        SELECT m.id, m.quote, q.text, a.surface, d.name, m.key, m.other_key, m.reason, m.detail, m.confidence, m.created_at
        FROM quote_merge m JOIN quote q ON q.id = m.quote JOIN attribution a ON a.id = m.attribution
        JOIN document d ON d.id = a.document
        """

    private static func quoteMergeRecord(_ row: Row) -> QuoteMergeRecord {
        QuoteMergeRecord(
            id: row.int(0), quote: QuoteID(rawValue: row.int(1)), quoteText: row.string(2), surface: row.string(3),
            document: row.string(4), key: row.string(5), otherKey: row.string(6), reason: row.string(7),
            detail: row.string(8), confidence: row.double(9), createdAt: row.string(10))
    }

    /// The content hash of the document whose occurrence made a recorded join.
    func documentHash(ofQuoteMerge id: Int64) throws -> String? {
        try database.cached("""
            SELECT d.content_hash FROM quote_merge m JOIN attribution a ON a.id = m.attribution
            JOIN document d ON d.id = a.document WHERE m.id = ?
            """).first(id) { $0.string(0) }
    }

    /// Points a gathered node's join records at the node that absorbed it.
    func moveQuoteMerges(from absorbed: QuoteID, to kept: QuoteID) throws {
        try database.cached("UPDATE quote_merge SET quote = ? WHERE quote = ?").execute(kept, absorbed)
    }

    // MARK: Quote rules

    func insertQuoteRule(documentHash: String, key: String, otherKey: String) throws {
        try database.cached("""
            INSERT OR IGNORE INTO quote_rule (document_hash, key, other_key, created_at) VALUES (?, ?, ?, ?)
            """).execute(documentHash, key, otherKey, Self.timestamp())
    }

    /// Every quote rule, oldest first.
    public func allQuoteRules() throws -> [QuoteRule] {
        try database.cached("SELECT id, document_hash, key, other_key, created_at FROM quote_rule ORDER BY id").rows {
            QuoteRule(id: $0.int(0), documentHash: $0.string(1), key: $0.string(2), otherKey: $0.string(3), createdAt: $0.string(4))
        }
    }

    /// Rules about texts of `key`, on either side, with the id of the rule's document when it is stored.
    ///
    /// - Complexity: two index lookups; none while an ingest knows there are no quote rules.
    func quoteRules(touching key: String) throws -> [(document: DocumentID?, key: String, otherKey: String)] {
        if noQuoteRules { return [] }
        return try database.cached(Self.quoteRulesTouchingSQL).rows(key) {
            ($0.optionalInt(0).map(DocumentID.init(rawValue:)), $0.string(1), $0.string(2))
        }
    }

    /// Whether a quote node was found under the text key.
    func quote(_ quote: QuoteID, hasVariant key: String) throws -> Bool {
        try database.cached(Self.quoteHasVariantSQL).first(key, quote) { _ in true } ?? false
    }

    /// Whether a quote node holds an occurrence in the document.
    func quote(_ quote: QuoteID, occursIn document: DocumentID) throws -> Bool {
        try database.cached(Self.quoteOccursInSQL).first(document, quote) { _ in true } ?? false
    }

    // The statements quote resolution runs for every occurrence or candidate, named so that a test can check that
    // each reads an index.
    static let quoteRulesTouchingSQL = """
        SELECT d.id, r.key, r.other_key FROM quote_rule r LEFT JOIN document d ON d.content_hash = r.document_hash
        WHERE r.key = ?1
        UNION
        SELECT d.id, r.key, r.other_key FROM quote_rule r LEFT JOIN document d ON d.content_hash = r.document_hash
        WHERE r.other_key = ?1
        """
    static let quoteHasVariantSQL = """
        SELECT 1 FROM quote_variant WHERE hash = graph_key_hash(?1) AND quote = ?2 AND key = ?1
        UNION ALL SELECT 1 FROM quote_voice WHERE key = ?1 AND quote = ?2
        """
    static let quoteOccursInSQL = "SELECT 1 FROM attribution WHERE document = ? AND quote = ? LIMIT 1"

    /// The documents with an occurrence of the quote node, with their texts, in id order.
    func documents(holding quote: QuoteID) throws -> [SourceDocument] {
        try database.cached("""
            SELECT name, title, outlet, url, published, text FROM document
            WHERE id IN (SELECT document FROM attribution WHERE quote = ?) ORDER BY id
            """).rows(quote) { row in
                SourceDocument(
                    name: row.string(0), title: row.optionalString(1), outlet: row.optionalString(2),
                    url: row.optionalString(3), published: row.optionalString(4), text: row.string(5))
            }
    }
}
