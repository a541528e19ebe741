extension GraphStore {
    /// The card of an entity: names, roles, documents, what it said and relayed, quotes naming it, and the entities
    /// most often beside it.
    ///
    /// - Parameter limit: the most documents, quotes and companions listed in each part; counts are always whole.
    /// - Complexity: index lookups on the entity's mentions, attributions and relations; the companions read the
    ///   mentions of every document that mentions it.
    public func entityCard(_ entity: EntityRef, limit: Int = 10) throws -> EntityCard {
        try database.read {
            var card = EntityCard(entity: entity)
            card.aliases = try query("SELECT alias FROM entity_alias WHERE entity = ? ORDER BY alias")
                .rows(entity.id) { $0.string(0) }.filter { $0 != entity.name }
            card.relationCount = Int(try query("""
                SELECT count(*) FROM (SELECT DISTINCT subject, predicate, object FROM relation WHERE subject = ?1
                                      UNION SELECT DISTINCT subject, predicate, object FROM relation WHERE object = ?1)
                """).first(entity.id) { $0.int(0) } ?? 0)
            // Grouped first, named after: the names and the example passage are looked up for the kept ties only.
            card.relations = try query("""
                SELECT r.subject, s.name, s.type, r.predicate, r.object, o.name, o.type, g.n, d.name, r.evidence
                FROM (SELECT r.subject, r.predicate, r.object, count(*) AS n, min(r.id) AS example
                      FROM (SELECT id FROM relation WHERE subject = ?1 UNION SELECT id FROM relation WHERE object = ?1) x
                      JOIN relation r ON r.id = x.id
                      GROUP BY r.subject, r.predicate, r.object
                      ORDER BY n DESC, r.predicate, r.subject, r.object
                      LIMIT ?2) g
                JOIN relation r ON r.id = g.example
                JOIN entity s ON s.id = g.subject JOIN entity o ON o.id = g.object JOIN document d ON d.id = r.document
                ORDER BY g.n DESC, g.predicate, s.name, o.name
                """).rows(entity.id, limit) { row in
                    RelationFact(
                        subject: Self.entityRef(row, id: 0, name: 1, type: 2)!, predicate: row.string(3),
                        object: Self.entityRef(row, id: 4, name: 5, type: 6)!, count: Int(row.int(7)),
                        document: row.string(8), evidence: row.string(9))
                }
            let documents = """
                SELECT document FROM mention WHERE entity = ?1
                UNION SELECT document FROM attribution WHERE speaker = ?1
                UNION SELECT document FROM attribution WHERE via = ?1
                UNION SELECT document FROM relation WHERE subject = ?1
                UNION SELECT document FROM relation WHERE object = ?1
                """
            card.documentCount = Int(try query("SELECT count(*) FROM (\(documents))").first(entity.id) { $0.int(0) } ?? 0)
            card.documents = try query("""
                SELECT d.id, d.name, d.title, d.outlet, d.published FROM document d WHERE d.id IN (\(documents))
                ORDER BY d.published IS NULL, d.published DESC, d.name LIMIT ?2
                """).rows(entity.id, limit) { Self.documentRef($0, from: 0) }
            card.mentionCount = Int(try query("SELECT count(*) FROM mention WHERE entity = ?").first(entity.id) { $0.int(0) } ?? 0)
            card.saidCount = Int(try query("SELECT count(DISTINCT quote) FROM attribution WHERE speaker = ?")
                .first(entity.id) { $0.int(0) } ?? 0)
            card.said = try quoteSummaries(.said, of: entity.id, limit: limit)
            card.relayedCount = Int(try query("SELECT count(DISTINCT quote) FROM attribution WHERE via = ?")
                .first(entity.id) { $0.int(0) } ?? 0)
            card.relayed = try quoteSummaries(.relayed, of: entity.id, limit: limit)
            card.mentionedInCount = Int(try query("SELECT count(DISTINCT quote) FROM (\(Self.quotedAboutSQL))")
                .first(entity.id) { $0.int(0) } ?? 0)
            card.mentionedIn = try quoteSummaries(.quotedAbout, of: entity.id, limit: limit)
            card.beside = try query("""
                SELECT e.id, e.name, e.type, n.documents
                FROM (SELECT m.entity, count(DISTINCT m.document) AS documents
                      FROM (SELECT DISTINCT document FROM mention WHERE entity = ?1) mine
                      JOIN mention m ON m.document = mine.document
                      WHERE m.entity != ?1
                      GROUP BY m.entity) n
                JOIN entity e ON e.id = n.entity
                ORDER BY n.documents DESC, e.name
                LIMIT ?2
                """).rows(entity.id, limit) { (Self.entityRef($0, id: 0, name: 1, type: 2)!, Int($0.int(3))) }
            return card
        }
    }

    /// Attributions (id, quote, document, start) whose words contain a mention of entity ?1 and that ?1 did not
    /// say itself: the quotes that talk about it.
    static let quotedAboutSQL = """
        SELECT a.id, a.quote, a.document, a.start
        FROM mention m
        JOIN attribution a ON a.document = m.document AND a.start <= m.start AND m."end" <= a."end"
        WHERE m.entity = ?1 AND a.speaker IS NOT ?1
        """

    enum QuoteRole { case said, relayed, quotedAbout }

    /// The newest quotes an entity said, relayed or was named in, one line each.
    func quoteSummaries(_ role: QuoteRole, of entity: EntityID, limit: Int) throws -> [QuoteSummary] {
        let attributions: String
        switch role {
        case .said: attributions = "SELECT id FROM attribution WHERE speaker = ?1"
        case .relayed: attributions = "SELECT id FROM attribution WHERE via = ?1"
        case .quotedAbout: attributions = "SELECT id FROM (\(Self.quotedAboutSQL))"
        }
        return try query("""
            SELECT g.quote, q.text, g.first, g.documents, g.document, s.id, s.name, s.type, v.id, v.name, v.type
            FROM (SELECT a.quote, min(d.published) AS first, count(DISTINCT a.document) AS documents,
                         min(d.name) AS document, max(a.speaker) AS speaker, max(a.via) AS via
                  FROM attribution a JOIN document d ON d.id = a.document
                  WHERE a.id IN (\(attributions))
                  GROUP BY a.quote
                  ORDER BY first IS NULL, first DESC, a.quote
                  LIMIT ?2) g
            JOIN quote q ON q.id = g.quote
            LEFT JOIN entity s ON s.id = g.speaker
            LEFT JOIN entity v ON v.id = g.via
            ORDER BY g.first IS NULL, g.first DESC, g.quote
            """).rows(entity, limit) { row in
                QuoteSummary(
                    id: QuoteID(rawValue: row.int(0)), text: row.string(1), speaker: Self.entityRef(row, id: 5, name: 6, type: 7),
                    via: Self.entityRef(row, id: 8, name: 9, type: 10), documents: Int(row.int(3)),
                    published: row.optionalString(2), document: row.string(4))
            }
    }

    static func documentRef(_ row: Row, from column: Int) -> DocumentRef {
        DocumentRef(
            id: DocumentID(rawValue: row.int(column)), name: row.string(column + 1), title: row.optionalString(column + 2),
            outlet: row.optionalString(column + 3), published: row.optionalString(column + 4))
    }

    /// The document with this id.
    func documentRef(_ id: DocumentID) throws -> DocumentRef? {
        try query("SELECT id, name, title, outlet, published FROM document WHERE id = ?").first(id) { Self.documentRef($0, from: 0) }
    }
}
