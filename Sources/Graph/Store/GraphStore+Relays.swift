extension GraphStore {
    /// Who relays whom around an entity: every speaker -> medium -> outlet chain in which it is the speaker, the
    /// medium, or the outlet (a document whose `outlet` is one of its names), most quotes first.
    ///
    /// - Complexity: index lookups on the entity's attributions as speaker and medium, and on documents by outlet.
    public func relays(of entity: EntityRef, limit: Int = 50) throws -> [Relay] {
        try query("""
            SELECT a.speaker, s.name, s.type, a.via, v.name, v.type, min(d.outlet),
                   count(DISTINCT a.quote) AS quotes, count(DISTINCT a.document), max(d.published)
            FROM (SELECT id FROM attribution WHERE speaker = ?1
                  UNION SELECT id FROM attribution WHERE via = ?1
                  UNION SELECT a3.id FROM document d3 JOIN attribution a3 ON a3.document = d3.id
                        WHERE d3.outlet COLLATE NOCASE IN (SELECT alias FROM entity_alias WHERE entity = ?1)) x
            JOIN attribution a ON a.id = x.id
            JOIN document d ON d.id = a.document
            LEFT JOIN entity s ON s.id = a.speaker
            LEFT JOIN entity v ON v.id = a.via
            GROUP BY a.speaker, a.via, lower(d.outlet)
            ORDER BY quotes DESC, s.name, v.name, min(d.outlet)
            LIMIT ?2
            """).rows(entity.id, limit) { row in
                Relay(
                    speaker: Self.entityRef(row, id: 0, name: 1, type: 2), via: Self.entityRef(row, id: 3, name: 4, type: 5),
                    outlet: row.optionalString(6), quotes: Int(row.int(7)), documents: Int(row.int(8)),
                    latest: row.optionalString(9))
            }
    }

    /// What an entity said, relayed, was quoted about and was given as a role, by publication date (undated last).
    ///
    /// - Parameters:
    ///   - since: inclusive ISO 8601 lower bound on the publication date (a prefix such as `2024-03` is allowed).
    ///   - until: inclusive upper bound, likewise.
    ///   - limit: the most events returned, earliest first.
    /// - Complexity: index lookups on the entity's attributions, mentions and relations, and a sort of what they find.
    public func timeline(of entity: EntityRef, since: String? = nil, until: String? = nil, limit: Int? = nil) throws -> [TimelineEvent] {
        try query("""
            SELECT t.role, d.id, d.name, d.title, d.outlet, d.published, t.text, t.quote,
                   o.id, o.name, o.type, v.id, v.name, v.type, t.predicate, t.start
            FROM (SELECT 'said' AS role, a.document, a.start, a.quote, q.text, NULL AS other, a.via, NULL AS predicate
                  FROM attribution a JOIN quote q ON q.id = a.quote WHERE a.speaker = ?1
                  UNION ALL
                  SELECT 'relayed', a.document, a.start, a.quote, q.text, a.speaker, NULL, NULL
                  FROM attribution a JOIN quote q ON q.id = a.quote WHERE a.via = ?1
                  UNION ALL
                  SELECT 'quoted-about', a.document, a.start, a.quote, q.text, a.speaker, a.via, NULL
                  FROM (SELECT DISTINCT id FROM (\(Self.quotedAboutSQL))) x
                  JOIN attribution a ON a.id = x.id JOIN quote q ON q.id = a.quote
                  UNION ALL
                  SELECT 'relation', r.document, r.start, NULL, r.evidence,
                         CASE WHEN r.subject = ?1 THEN r.object ELSE r.subject END, NULL,
                         CASE WHEN r.subject = ?1 THEN r.predicate ELSE '~' || r.predicate END
                  FROM (SELECT id FROM relation WHERE subject = ?1 UNION SELECT id FROM relation WHERE object = ?1) y
                  JOIN relation r ON r.id = y.id) t
            JOIN document d ON d.id = t.document
            LEFT JOIN entity o ON o.id = t.other
            LEFT JOIN entity v ON v.id = t.via
            WHERE (?2 IS NULL OR d.published >= ?2) AND (?3 IS NULL OR d.published < ?3 || '~')
            ORDER BY d.published IS NULL, d.published, d.name, t.start, t.role
            LIMIT ?4
            """).rows(entity.id, since, until, limit ?? -1) { row in
                TimelineEvent(
                    role: TimelineEvent.Role(rawValue: row.string(0)) ?? .said, document: Self.documentRef(row, from: 1),
                    text: row.string(6), quote: row.optionalInt(7).map(QuoteID.init(rawValue:)),
                    other: Self.entityRef(row, id: 8, name: 9, type: 10), via: Self.entityRef(row, id: 11, name: 12, type: 13),
                    predicate: row.optionalString(14), start: Int(row.int(15)))
            }
    }
}
