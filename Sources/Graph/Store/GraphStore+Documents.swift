import Foundation

/// What is stored of a document already, found by its content hash.
public struct StoredDocument: Sendable, Hashable {
    public var id: DocumentID
    public var name: String
    public var pipeline: String
}

/// A text that ingestion finds stored: its document, and whether the current pipeline extracted it.
struct StoredText: Sendable, Hashable {
    var id: DocumentID
    /// Whether the document's `pipeline` is the one asked about.
    var current: Bool
}

extension GraphStore {
    /// The document holding the text with this content hash, and whether `pipeline` extracted it; nil when the text
    /// is not stored.
    ///
    /// - Complexity: two index look-ups, never the document's row: the hash's (`content_hash` is unique) and the
    ///   pipeline's (`document_pipeline`, step 14, which ends in the row id). A row holds the text, a page of its
    ///   own, so a re-ingest that read each row's pipeline read a random page of the file per article.
    func storedText(hash: String, pipeline: String) throws -> StoredText? {
        try database.cached(Self.storedTextSQL).first(hash, pipeline) {
            StoredText(id: DocumentID(rawValue: $0.int(0)), current: $0.int(1) != 0)
        }
    }

    /// `storedText`'s statement: the hash as `?1`, the pipeline as `?2`. Without `INDEXED BY`, SQLite reads the
    /// pipeline from the row by its id, the cheaper plan by its estimate.
    static let storedTextSQL = """
        SELECT d.id,
               EXISTS (SELECT 1 FROM document p INDEXED BY document_pipeline WHERE p.pipeline = ?2 AND p.id = d.id)
        FROM document d WHERE d.content_hash = ?1
        """

    /// The stored document with this content hash, if any.
    public func document(hash: String) throws -> StoredDocument? {
        try database.cached("SELECT id, name, pipeline FROM document WHERE content_hash = ?").first(hash) {
            StoredDocument(id: DocumentID(rawValue: $0.int(0)), name: $0.string(1), pipeline: $0.string(2))
        }
    }

    /// Inserts a new document row (no evidence yet).
    func insertDocument(_ document: SourceDocument, hash: String, pipeline: String) throws -> DocumentID {
        try database.cached("""
            INSERT INTO document (content_hash, name, title, outlet, url, published, text, ingested_at, pipeline)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(
                hash, document.name, document.title, document.outlet, document.url, document.published,
                document.text, Self.timestamp(), pipeline)
        return DocumentID(rawValue: database.lastInsertRowID)
    }

    /// Replaces a stored document's metadata and pipeline; its text is the same, by its hash.
    func updateDocument(_ id: DocumentID, from document: SourceDocument, pipeline: String) throws {
        try database.cached("""
            UPDATE document SET title = coalesce(?, title), outlet = coalesce(?, outlet), url = coalesce(?, url),
                published = coalesce(?, published), pipeline = ?, ingested_at = ?
            WHERE id = ?
            """).execute(document.title, document.outlet, document.url, document.published, pipeline, Self.timestamp(), id)
    }

    /// Deletes a document's mentions, attributions and relations, before it is extracted again.
    func deleteEvidence(of id: DocumentID) throws {
        try database.cached("DELETE FROM mention WHERE document = ?").execute(id)
        // What ON DELETE CASCADE does, by hand (see `deleteEntity`).
        try database.cached("DELETE FROM quote_merge WHERE attribution IN (SELECT id FROM attribution WHERE document = ?)")
            .execute(id)
        try database.cached("DELETE FROM attribution WHERE document = ?").execute(id)
        try database.cached("DELETE FROM relation WHERE document = ?").execute(id)
    }

    /// Deletes quotes that no attribution carries any more and entities that nothing refers to.
    ///
    /// - Complexity: O(q + e) index probes; run once per batch, not per document.
    func deleteOrphans() throws {
        forgetWrittenNames()
        let quotes = try database.cached(
            "SELECT id FROM quote WHERE NOT EXISTS (SELECT 1 FROM attribution WHERE attribution.quote = quote.id)"
        ).rows { QuoteID(rawValue: $0.int(0)) }
        for quote in quotes {
            try noteSearchEntryChange(quote)
            try deleteQuote(quote)
        }
        let entities = try database.cached("""
            SELECT id FROM entity WHERE NOT EXISTS (SELECT 1 FROM mention WHERE mention.entity = entity.id)
                AND NOT EXISTS (SELECT 1 FROM attribution WHERE attribution.speaker = entity.id OR attribution.via = entity.id)
                AND NOT EXISTS (SELECT 1 FROM relation WHERE relation.subject = entity.id OR relation.object = entity.id)
            """).rows { EntityID(rawValue: $0.int(0)) }
        for entity in entities { try deleteEntity(entity) }
        // Their names went with them, unseen by the name-index cache.
        if !entities.isEmpty { forgetNameIndex() }
    }

    // Deleting a node deletes the rows that hang on it, as the schema's ON DELETE CASCADE clauses say, but by hand:
    // bulk loads run with foreign keys off (`Database.bulkLoad`), and then SQLite neither checks nor cascades.

    /// Deletes an entity node with its names, surnames, merge records and quote voices.
    func deleteEntity(_ id: EntityID) throws {
        try database.cached("DELETE FROM entity_alias WHERE entity = ?").execute(id)
        try database.cached("DELETE FROM resolution_key WHERE entity = ?").execute(id)
        try database.cached("DELETE FROM person_surname WHERE entity = ?").execute(id)
        try database.cached("DELETE FROM quote_voice WHERE entity = ?").execute(id)
        try database.cached("DELETE FROM entity_merge WHERE entity = ?").execute(id)
        try database.cached("DELETE FROM entity WHERE id = ?").execute(id)
    }

    /// Deletes a quote node with its variants, voices and merge records.
    func deleteQuote(_ id: QuoteID) throws {
        try database.cached("DELETE FROM quote_variant WHERE quote = ?").execute(id)
        try database.cached("DELETE FROM quote_voice WHERE quote = ?").execute(id)
        try database.cached("DELETE FROM quote_merge WHERE quote = ?").execute(id)
        try database.cached("DELETE FROM quote WHERE id = ?").execute(id)
    }

    /// Now, as ISO 8601 in UTC to the second ("2031-05-04T09:30:00Z", as `ISO8601DateFormatter` writes it).
    ///
    /// Formatted by hand: making an `ISO8601DateFormatter` per document cost a quarter of the writer's time in bulk
    /// loads, and a shared one is not `Sendable`.
    static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
            + "T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
