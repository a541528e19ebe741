import Foundation

/// What is stored of a document already, found by its content hash.
public struct StoredDocument: Sendable, Hashable {
    public var id: DocumentID
    public var name: String
    public var pipeline: String
}

extension GraphStore {
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
        try database.cached("DELETE FROM attribution WHERE document = ?").execute(id)
        try database.cached("DELETE FROM relation WHERE document = ?").execute(id)
    }

    /// Deletes quotes that no attribution carries any more and entities that nothing refers to.
    ///
    /// - Complexity: O(q + e) index probes; run once per batch, not per document.
    func deleteOrphans() throws {
        forgetWrittenNames()
        let orphans = "FROM quote WHERE NOT EXISTS (SELECT 1 FROM attribution WHERE attribution.quote = quote.id)"
        if searchLog != nil {
            for quote in try database.cached("SELECT id \(orphans)").rows(map: { QuoteID(rawValue: $0.int(0)) }) {
                try noteSearchEntryChange(quote)
            }
        }
        try database.cached("DELETE \(orphans)").execute()
        try database.cached("""
            DELETE FROM entity WHERE NOT EXISTS (SELECT 1 FROM mention WHERE mention.entity = entity.id)
                AND NOT EXISTS (SELECT 1 FROM attribution WHERE attribution.speaker = entity.id OR attribution.via = entity.id)
                AND NOT EXISTS (SELECT 1 FROM relation WHERE relation.subject = entity.id OR relation.object = entity.id)
            """).execute()
        // Their names went with them (ON DELETE CASCADE), unseen by the name-index cache.
        if database.changes > 0 { forgetNameIndex() }
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
