extension GraphStore {
    /// Calls `body` with each quote node and all its occurrences, in quote id order, without loading the whole graph.
    ///
    /// - Complexity: one pass over the attributions in quote order (an index walk).
    public func forEachQuote(_ body: (QuoteRecord) throws -> Void) throws {
        let statement = try database.cached("""
            SELECT a.quote, q.text, a.document, d.name, a.start, a."end", a.surface,
                   a.speaker, s.name, s.type, a.via, v.name, v.type, a.cue, a.kind, a.confidence, a.extractor,
                   a.speaker_description
            FROM attribution a
            JOIN quote q ON q.id = a.quote
            JOIN document d INDEXED BY document_meta ON d.id = a.document
            LEFT JOIN entity s ON s.id = a.speaker
            LEFT JOIN entity v ON v.id = a.via
            ORDER BY a.quote, d.name, a.start
            """)
        var current: QuoteRecord?
        try database.read {
            try statement.forEach { row in
                let id = QuoteID(rawValue: row.int(0))
                if current?.id != id {
                    if let finished = current { try body(finished) }
                    current = QuoteRecord(id: id, text: row.string(1), occurrences: [])
                }
                current?.occurrences.append(QuoteRecord.Occurrence(
                    document: row.string(3), documentID: DocumentID(rawValue: row.int(2)),
                    span: TextSpan(start: Int(row.int(4)), end: max(Int(row.int(4)), Int(row.int(5)))),
                    text: row.string(6), speaker: Self.entityRef(row, id: 7, name: 8, type: 9),
                    via: Self.entityRef(row, id: 10, name: 11, type: 12), cue: row.optionalString(13),
                    kind: QuoteKind(rawValue: row.string(14)) ?? .direct, confidence: row.double(15),
                    extractor: row.string(16), speakerDescription: row.optionalString(17)))
            }
            if let finished = current { try body(finished) }
        }
    }

    /// Calls `body` with each entity node, its aliases and documents, in id order.
    ///
    /// - Complexity: one pass over the entities, with index lookups for each one's aliases and documents.
    public func forEachEntity(_ body: (EntityRecord) throws -> Void) throws {
        let entities = try database.cached("SELECT id, name, type FROM entity ORDER BY id")
        let aliases = try database.cached("SELECT alias FROM entity_alias WHERE entity = ? ORDER BY alias")
        let documents = try database.cached("""
            SELECT d.name FROM document d INDEXED BY document_meta WHERE d.id IN (
                SELECT document FROM mention WHERE entity = ?1
                UNION SELECT document FROM attribution WHERE speaker = ?1 OR via = ?1
                UNION SELECT document FROM relation WHERE subject = ?1 OR object = ?1)
            ORDER BY d.name
            """)
        let mentions = try database.cached("SELECT count(*) FROM mention WHERE entity = ?")
        try database.read {
            try entities.forEach { row in
                let ref = EntityRef(
                    id: EntityID(rawValue: row.int(0)), name: row.string(1), type: EntityType(rawValue: row.string(2)) ?? .other)
                let names = try aliases.rows(ref.id) { $0.string(0) }.filter { $0 != ref.name }
                let documentNames = try documents.rows(ref.id) { $0.string(0) }
                let count = try mentions.first(ref.id) { Int($0.int(0)) } ?? 0
                try body(EntityRecord(entity: ref, aliases: names, documents: documentNames, mentionCount: count))
            }
        }
    }

    /// Counts for `graphctl stats`.
    ///
    /// The quotes come from the full-text index's row count (`quoteCount`), and everything counted per
    /// attribution from one pass over the table (`attributionTally()`).
    ///
    /// - Complexity: one pass over the attributions, and walks of the speaker and medium indexes.
    public func stats(top: Int = 10) throws -> GraphStats {
        try database.read {
            var stats = GraphStats()
            stats.schemaVersion = try schemaVersion
            stats.documents = Int(try database.scalarInt("SELECT count(*) FROM document"))
            stats.entities = Int(try database.scalarInt("SELECT count(*) FROM entity"))
            stats.quotes = try quoteCount
            let tally = try attributionTally()
            stats.attributions = tally.occurrences
            stats.attributionsByKind = tally.occurrencesByKind
            stats.attributionsWithoutSpeaker = tally.occurrencesWithoutSpeaker
            stats.quotesWithoutSpeaker = tally.quotesWithoutSpeaker
            stats.extractors = tally.extractors
            stats.mentions = Int(try database.scalarInt("SELECT count(*) FROM mention"))
            stats.relations = Int(try database.scalarInt("SELECT count(*) FROM relation"))
            try database.cached("SELECT type, count(*) FROM entity GROUP BY type").forEach { row in
                stats.entitiesByType[EntityType(rawValue: row.string(0)) ?? .other] = Int(row.int(1))
            }
            stats.topSpeakers = try database.cached("""
                SELECT e.id, e.name, e.type, count(*) AS n FROM attribution a JOIN entity e ON e.id = a.speaker
                GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?
                """).rows(top) { (Self.entityRef($0, id: 0, name: 1, type: 2)!, Int($0.int(3))) }
            stats.topMedia = try database.cached("""
                SELECT e.id, e.name, e.type, count(*) AS n FROM attribution a JOIN entity e ON e.id = a.via
                GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?
                """).rows(top) { (Self.entityRef($0, id: 0, name: 1, type: 2)!, Int($0.int(3))) }
            stats.pipelines = try database.cached(Self.pipelinesSQL).rows { ($0.string(0), Int($0.int(1))) }
            return stats
        }
    }

    /// Documents by the pipeline that extracted them, most first: read from `document_pipeline` (step 14), never
    /// from the rows, whose text comes before the pipeline.
    static let pipelinesSQL = "SELECT pipeline, count(*) FROM document GROUP BY pipeline ORDER BY 2 DESC"

    static func entityRef(_ row: Row, id: Int, name: Int, type: Int) -> EntityRef? {
        guard let raw = row.optionalInt(id) else { return nil }
        return EntityRef(id: EntityID(rawValue: raw), name: row.string(name), type: EntityType(rawValue: row.string(type)) ?? .other)
    }
}
