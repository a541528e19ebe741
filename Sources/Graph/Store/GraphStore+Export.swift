/// The read queries behind `graphctl export`: a selection is materialised once in TEMP tables, then nodes, edges
/// and clusters stream from it row by row.
///
/// The TEMP tables hold ids and per-node counts (computed with GROUP BY in SQLite), never text, and live in SQLite's
/// temporary store, which spills to disk: Swift memory stays flat in the size of the graph. Temporary tables can be
/// written on a read-only connection.
extension GraphStore {
    /// Builds the selection's TEMP tables: `x_document`, `x_entity`, `x_quote`, and `x_ego` for an ego network.
    ///
    /// Call inside `database.read { }` so that the selection and the streams that follow see one snapshot.
    ///
    /// - Throws: `ExportError.noSuchEntity` when a centre entity of an ego network is not in the selection.
    /// - Complexity: one GROUP BY pass over the evidence of the selected documents; for an ego network, one
    ///   indexed join per edge kind and hop.
    func prepareExport(_ selection: ExportSelection) throws {
        try dropExport()
        try database.execute("""
            CREATE TEMP TABLE x_name (name TEXT PRIMARY KEY) WITHOUT ROWID;
            CREATE TEMP TABLE x_document (id INTEGER PRIMARY KEY, node INTEGER NOT NULL DEFAULT 1);
            CREATE TEMP TABLE x_entity (
                id INTEGER PRIMARY KEY, mentions INTEGER, documents INTEGER, quotes INTEGER, relayed INTEGER,
                first_seen TEXT, last_seen TEXT, document INTEGER);
            CREATE TEMP TABLE x_quote (
                id INTEGER PRIMARY KEY, occurrences INTEGER, documents INTEGER, first_seen TEXT, last_seen TEXT,
                attributed INTEGER, first INTEGER, document INTEGER);
            CREATE TEMP TABLE x_ego (kind TEXT NOT NULL, id INTEGER NOT NULL, depth INTEGER NOT NULL,
                PRIMARY KEY (kind, id)) WITHOUT ROWID;
            """)
        for name in selection.documents {
            try database.cached("INSERT OR IGNORE INTO temp.x_name (name) VALUES (?)").execute(name)
        }
        try database.cached("""
            INSERT INTO temp.x_document (id)
            SELECT d.id FROM document d
            WHERE (?1 = 0 OR d.name IN (SELECT name FROM temp.x_name) OR 'D' || d.id IN (SELECT name FROM temp.x_name))
              AND (?2 IS NULL OR d.published >= ?2)
              AND (?3 IS NULL OR substr(d.published, 1, length(?3)) <= ?3)
            ORDER BY d.id
            """).execute(selection.documents.isEmpty ? 0 : 1, selection.since, selection.until)

        // An ego network with no other filter starts from every entity and quote and counts only what the search
        // keeps: the counts of the whole graph, one GROUP BY over all evidence, are the slow part of a large export.
        let countLater = !selection.entities.isEmpty && selection.documents.isEmpty && selection.since == nil
            && selection.until == nil && selection.types.isEmpty && selection.minMentions == 0
        if countLater {
            try database.execute("""
                INSERT INTO temp.x_entity (id) SELECT e.id FROM entity e
                WHERE EXISTS (SELECT 1 FROM mention WHERE entity = e.id)
                   OR EXISTS (SELECT 1 FROM attribution WHERE speaker = e.id)
                   OR EXISTS (SELECT 1 FROM attribution WHERE via = e.id)
                   OR EXISTS (SELECT 1 FROM relation WHERE subject = e.id)
                   OR EXISTS (SELECT 1 FROM relation WHERE object = e.id);
                """)
            if selection.includeQuotes {
                try database.execute("""
                    INSERT INTO temp.x_quote (id) SELECT q.id FROM quote q
                    WHERE EXISTS (SELECT 1 FROM attribution WHERE quote = q.id);
                    """)
            } else {
                try database.execute("UPDATE temp.x_document SET node = 0")
            }
            try selectEgoNetwork(selection)
            try countEgoNetwork()
            return
        }

        let types = selection.types.isEmpty ? "" : "," + selection.types.map(\.rawValue).sorted().joined(separator: ",") + ","
        // Evidence is read document by selected document (`CROSS JOIN` keeps `x_document` outside), and dates from
        // `document_meta`: a week of a 617,000-article graph read every mention and attribution of the graph, and
        // probed each kept one's document row, which holds the text.
        try database.cached("""
            INSERT INTO temp.x_entity (id, mentions, documents, quotes, relayed, first_seen, last_seen, document)
            SELECT ev.entity, sum(ev.role = 'm'), count(DISTINCT ev.document), sum(ev.role = 's'), sum(ev.role = 'v'),
                   min(d.published), max(d.published), min(ev.document)
            FROM (SELECT m.entity, m.document, 'm' AS role FROM temp.x_document x CROSS JOIN mention m ON m.document = x.id
                  UNION ALL SELECT a.speaker, a.document, 's' FROM temp.x_document x CROSS JOIN attribution a
                      ON a.document = x.id WHERE a.speaker IS NOT NULL
                  UNION ALL SELECT a.via, a.document, 'v' FROM temp.x_document x CROSS JOIN attribution a
                      ON a.document = x.id WHERE a.via IS NOT NULL
                  UNION ALL SELECT r.subject, r.document, 'r' FROM temp.x_document x CROSS JOIN relation r ON r.document = x.id
                  UNION ALL SELECT r.object, r.document, 'r' FROM temp.x_document x CROSS JOIN relation r ON r.document = x.id
                 ) ev
            JOIN document d INDEXED BY document_meta ON d.id = ev.document
            JOIN entity e ON e.id = ev.entity
            WHERE ?1 = '' OR instr(?1, ',' || e.type || ',') > 0
            GROUP BY ev.entity
            HAVING sum(ev.role = 'm') >= ?2
            ORDER BY ev.entity
            """).execute(types, selection.minMentions)

        if selection.includeQuotes {
            try database.cached("""
                INSERT INTO temp.x_quote (id, occurrences, documents, first_seen, last_seen, attributed, first, document)
                SELECT a.quote, count(*), count(DISTINCT a.document), min(d.published), max(d.published),
                       max(a.speaker IS NOT NULL), min(a.id), min(a.document)
                FROM temp.x_document x CROSS JOIN attribution a ON a.document = x.id
                CROSS JOIN document d INDEXED BY document_meta ON d.id = a.document
                WHERE ?1 = 0 OR a.speaker IN (SELECT id FROM temp.x_entity) OR a.via IN (SELECT id FROM temp.x_entity)
                GROUP BY a.quote
                ORDER BY a.quote
                """).execute(selection.filtersEntities ? 1 : 0)
        } else {
            try database.execute("UPDATE temp.x_document SET node = 0")
        }

        if !selection.entities.isEmpty { try selectEgoNetwork(selection) }
    }

    /// Counts, for the entities and quotes an unfiltered ego search kept, what `prepareExport` counts for a filtered
    /// selection: the same columns, by index lookups per kept node.
    private func countEgoNetwork() throws {
        try database.execute("""
            UPDATE temp.x_entity SET
                mentions = (SELECT count(*) FROM mention WHERE entity = x_entity.id),
                quotes = (SELECT count(*) FROM attribution WHERE speaker = x_entity.id),
                relayed = (SELECT count(*) FROM attribution WHERE via = x_entity.id),
                (documents, first_seen, last_seen, document) = (
                    SELECT count(DISTINCT ev.document), min(d.published), max(d.published), min(ev.document)
                    FROM (SELECT document FROM mention WHERE entity = x_entity.id
                          UNION ALL SELECT document FROM attribution WHERE speaker = x_entity.id
                          UNION ALL SELECT document FROM attribution WHERE via = x_entity.id
                          UNION ALL SELECT document FROM relation WHERE subject = x_entity.id
                          UNION ALL SELECT document FROM relation WHERE object = x_entity.id) ev
                    JOIN document d INDEXED BY document_meta ON d.id = ev.document);
            UPDATE temp.x_quote SET (occurrences, documents, first_seen, last_seen, attributed, first, document) = (
                SELECT count(*), count(DISTINCT a.document), min(d.published), max(d.published),
                       max(a.speaker IS NOT NULL), min(a.id), min(a.document)
                FROM attribution a JOIN document d INDEXED BY document_meta ON d.id = a.document
                WHERE a.quote = x_quote.id);
            """)
    }

    /// Drops the TEMP tables of the last export.
    func dropExport() throws {
        try database.execute("""
            DROP TABLE IF EXISTS temp.x_name; DROP TABLE IF EXISTS temp.x_document; DROP TABLE IF EXISTS temp.x_entity;
            DROP TABLE IF EXISTS temp.x_quote; DROP TABLE IF EXISTS temp.x_ego;
            """)
    }

    /// Keeps the nodes within `selection.depth` hops of the centre entities, hop by hop (a breadth-first search in
    /// SQL, over the edges the export will hold, in both directions).
    private func selectEgoNetwork(_ selection: ExportSelection) throws {
        for name in selection.entities {
            var ids: [Int64] = []
            if name.first == "E", let id = Int64(name.dropFirst()) {
                ids = [id]
            } else {
                ids = try entities(withKey: NameKey.name(name)).map(\.id.rawValue)
            }
            var found = false
            for id in ids {
                try database.cached("""
                    INSERT OR IGNORE INTO temp.x_ego (kind, id, depth) SELECT 'E', id, 0 FROM temp.x_entity WHERE id = ?
                    """).execute(id)
                found = found || database.changes > 0
            }
            if !found { throw ExportError.noSuchEntity(name) }
        }
        let hops = selection.includeQuotes ? Self.egoHops : Self.coMentionHops
        for level in 0..<max(0, selection.depth) {
            var added = 0
            for sql in hops {
                try database.cached(sql).execute(level)
                added += database.changes
            }
            if added == 0 { break }
        }
        try database.execute("""
            DELETE FROM temp.x_entity WHERE id NOT IN (SELECT id FROM temp.x_ego WHERE kind = 'E');
            DELETE FROM temp.x_quote WHERE id NOT IN (SELECT id FROM temp.x_ego WHERE kind = 'Q');
            UPDATE temp.x_document SET node = node AND id IN (SELECT id FROM temp.x_ego WHERE kind = 'D');
            """)
    }

    /// One hop of the ego search per edge kind and direction; `?1` is the depth of the frontier.
    private static let egoHops: [String] = [
        // entity -> quote (SAID) and entity -> quote (VIA, backwards)
        """
        INSERT OR IGNORE INTO temp.x_ego SELECT 'Q', a.quote, ?1 + 1 FROM temp.x_ego g
        JOIN attribution a ON a.speaker = g.id JOIN temp.x_document x ON x.id = a.document
        JOIN temp.x_quote q ON q.id = a.quote WHERE g.kind = 'E' AND g.depth = ?1
        """,
        """
        INSERT OR IGNORE INTO temp.x_ego SELECT 'Q', a.quote, ?1 + 1 FROM temp.x_ego g
        JOIN attribution a ON a.via = g.id JOIN temp.x_document x ON x.id = a.document
        JOIN temp.x_quote q ON q.id = a.quote WHERE g.kind = 'E' AND g.depth = ?1
        """,
        // quote -> speaker, medium, document
        """
        INSERT OR IGNORE INTO temp.x_ego SELECT 'E', a.speaker, ?1 + 1 FROM temp.x_ego g
        JOIN attribution a ON a.quote = g.id JOIN temp.x_document x ON x.id = a.document
        JOIN temp.x_entity e ON e.id = a.speaker WHERE g.kind = 'Q' AND g.depth = ?1
        """,
        """
        INSERT OR IGNORE INTO temp.x_ego SELECT 'E', a.via, ?1 + 1 FROM temp.x_ego g
        JOIN attribution a ON a.quote = g.id JOIN temp.x_document x ON x.id = a.document
        JOIN temp.x_entity e ON e.id = a.via WHERE g.kind = 'Q' AND g.depth = ?1
        """,
        """
        INSERT OR IGNORE INTO temp.x_ego SELECT 'D', a.document, ?1 + 1 FROM temp.x_ego g
        JOIN attribution a ON a.quote = g.id JOIN temp.x_document x ON x.id = a.document
        WHERE g.kind = 'Q' AND g.depth = ?1
        """,
        // document -> quote, entity
        """
        INSERT OR IGNORE INTO temp.x_ego SELECT 'Q', a.quote, ?1 + 1 FROM temp.x_ego g
        JOIN attribution a ON a.document = g.id JOIN temp.x_quote q ON q.id = a.quote
        WHERE g.kind = 'D' AND g.depth = ?1
        """,
        """
        INSERT OR IGNORE INTO temp.x_ego SELECT 'E', m.entity, ?1 + 1 FROM temp.x_ego g
        JOIN mention m ON m.document = g.id JOIN temp.x_entity e ON e.id = m.entity
        WHERE g.kind = 'D' AND g.depth = ?1
        """,
        // entity -> document (MENTIONS, backwards), entity <-> entity (RELATION)
        """
        INSERT OR IGNORE INTO temp.x_ego SELECT 'D', m.document, ?1 + 1 FROM temp.x_ego g
        JOIN mention m ON m.entity = g.id JOIN temp.x_document x ON x.id = m.document
        WHERE g.kind = 'E' AND g.depth = ?1
        """,
        """
        INSERT OR IGNORE INTO temp.x_ego SELECT 'E', r.object, ?1 + 1 FROM temp.x_ego g
        JOIN relation r ON r.subject = g.id JOIN temp.x_document x ON x.id = r.document
        JOIN temp.x_entity e ON e.id = r.object WHERE g.kind = 'E' AND g.depth = ?1
        """,
        """
        INSERT OR IGNORE INTO temp.x_ego SELECT 'E', r.subject, ?1 + 1 FROM temp.x_ego g
        JOIN relation r ON r.object = g.id JOIN temp.x_document x ON x.id = r.document
        JOIN temp.x_entity e ON e.id = r.subject WHERE g.kind = 'E' AND g.depth = ?1
        """,
    ]

    /// One hop of the ego search in the co-mention graph.
    private static let coMentionHops: [String] = [
        """
        INSERT OR IGNORE INTO temp.x_ego SELECT DISTINCT 'E', m2.entity, ?1 + 1 FROM temp.x_ego g
        JOIN mention m1 ON m1.entity = g.id JOIN temp.x_document x ON x.id = m1.document
        JOIN mention m2 ON m2.document = m1.document JOIN temp.x_entity e ON e.id = m2.entity
        WHERE g.kind = 'E' AND g.depth = ?1
        """,
    ]

    /// Calls `body` with each node of the prepared selection: entities, then quotes, then documents, each in id order.
    ///
    /// - Complexity: one pass over each TEMP table with primary-key lookups; O(1) memory.
    func forEachExportNode(ego: Bool, _ body: (ExportNode) throws -> Void) throws {
        let entities = try database.cached("""
            SELECT e.id, e.name, e.type, x.mentions, x.documents, x.quotes, x.relayed, x.first_seen, x.last_seen,
                   (SELECT group_concat(alias, ' | ') FROM
                       (SELECT alias FROM entity_alias WHERE entity = e.id AND alias <> e.name ORDER BY alias)),
                   (SELECT depth FROM temp.x_ego WHERE kind = 'E' AND id = e.id)
            FROM temp.x_entity x JOIN entity e ON e.id = x.id
            ORDER BY x.id
            """)
        try entities.forEach { row in
            let type = EntityType(rawValue: row.string(2)) ?? .other
            var attributes: [(String, ExportValue)] = [
                ("kind", .string("entity")), ("label", .string(row.string(1))), ("type", .string(type.rawValue)),
                ("name", .string(row.string(1))),
            ]
            if let aliases = row.optionalString(9), !aliases.isEmpty { attributes.append(("aliases", .string(aliases))) }
            attributes += [
                ("mentions", .int(row.int(3))), ("documents", .int(row.int(4))), ("quotes", .int(row.int(5))),
                ("relayed", .int(row.int(6))),
            ]
            if let first = row.optionalString(7) { attributes.append(("first_seen", .string(first))) }
            if let last = row.optionalString(8) { attributes.append(("last_seen", .string(last))) }
            if ego, let depth = row.optionalInt(10) { attributes.append(("depth", .int(depth))) }
            try body(ExportNode(
                id: "E\(row.int(0))", kind: .entity, label: row.string(1), entityType: type, attributes: attributes))
        }

        let quotes = try database.cached("""
            SELECT q.id, q.text, x.occurrences, x.documents, x.first_seen, x.last_seen, x.attributed, a.kind,
                   (SELECT depth FROM temp.x_ego WHERE kind = 'Q' AND id = q.id)
            FROM temp.x_quote x JOIN quote q ON q.id = x.id JOIN attribution a ON a.id = x.first
            ORDER BY x.id
            """)
        try quotes.forEach { row in
            let label = ExportText.short(row.string(1))
            var attributes: [(String, ExportValue)] = [
                ("kind", .string("quote")), ("label", .string(label)), ("documents", .int(row.int(3))),
            ]
            if let first = row.optionalString(4) { attributes.append(("first_seen", .string(first))) }
            if let last = row.optionalString(5) { attributes.append(("last_seen", .string(last))) }
            attributes += [
                ("text", .string(row.string(1))), ("quote_kind", .string(row.string(7))),
                ("occurrences", .int(row.int(2))), ("attributed", .bool(row.int(6) != 0)),
            ]
            if ego, let depth = row.optionalInt(8) { attributes.append(("depth", .int(depth))) }
            try body(ExportNode(id: "Q\(row.int(0))", kind: .quote, label: label, attributes: attributes))
        }

        let documents = try database.cached("""
            SELECT d.id, d.name, d.title, d.outlet, d.url, d.published,
                   (SELECT count(*) FROM mention WHERE document = d.id),
                   (SELECT count(*) FROM attribution WHERE document = d.id),
                   (SELECT depth FROM temp.x_ego WHERE kind = 'D' AND id = d.id)
            FROM temp.x_document x JOIN document d ON d.id = x.id
            WHERE x.node
            ORDER BY x.id
            """)
        try documents.forEach { row in
            let title = row.optionalString(2).flatMap { $0.isEmpty ? nil : $0 }
            let label = ExportText.short(title ?? row.string(1), limit: 80)
            var attributes: [(String, ExportValue)] = [
                ("kind", .string("document")), ("label", .string(label)), ("name", .string(row.string(1))),
                ("mentions", .int(row.int(6))), ("quotes", .int(row.int(7))),
            ]
            if let title { attributes.append(("title", .string(title))) }
            if let outlet = row.optionalString(3) { attributes.append(("outlet", .string(outlet))) }
            if let url = row.optionalString(4) { attributes.append(("url", .string(url))) }
            if let published = row.optionalString(5) { attributes.append(("published", .string(published))) }
            if ego, let depth = row.optionalInt(8) { attributes.append(("depth", .int(depth))) }
            try body(ExportNode(id: "D\(row.int(0))", kind: .document, label: label, attributes: attributes))
        }
    }

    /// Calls `body` with each edge between two exported nodes whose evidence is in a selected document, kind by
    /// kind, each in evidence id order.
    ///
    /// - Complexity: one pass over the attributions, mentions and relations of the selection (a GROUP BY for
    ///   MENTIONS and CO_MENTION); O(1) memory.
    func forEachExportEdge(quotes: Bool, _ body: (ExportEdge) throws -> Void) throws {
        guard quotes else {
            let coMentions = try database.cached("""
                SELECT a.entity, b.entity, count(DISTINCT a.document)
                FROM (SELECT DISTINCT m.document, m.entity FROM mention m
                      JOIN temp.x_document x ON x.id = m.document JOIN temp.x_entity e ON e.id = m.entity) a
                JOIN (SELECT DISTINCT m.document, m.entity FROM mention m
                      JOIN temp.x_document x ON x.id = m.document JOIN temp.x_entity e ON e.id = m.entity) b
                  ON b.document = a.document AND b.entity > a.entity
                GROUP BY a.entity, b.entity
                ORDER BY a.entity, b.entity
                """)
            try coMentions.forEach { row in
                try body(ExportEdge(
                    id: "C\(row.int(0))_\(row.int(1))", kind: .coMention, source: "E\(row.int(0))", target: "E\(row.int(1))",
                    label: "co-mention",
                    attributes: [("kind", .string("CO_MENTION")), ("label", .string("co-mention")),
                                 ("weight", .double(Double(row.int(2))))]))
            }
            return
        }

        // SAID, VIA and APPEARS_IN come from the same attributions.
        for kind in [ExportEdgeKind.said, .via, .appearsIn] {
            let sql: String
            switch kind {
            case .said:
                sql = """
                    SELECT a.id, a.speaker, a.quote, a.document, a.start, a."end", a.cue, a.kind, a.confidence, q.text
                    FROM attribution a JOIN temp.x_document x ON x.id = a.document
                    JOIN temp.x_entity e ON e.id = a.speaker JOIN temp.x_quote xq ON xq.id = a.quote
                    JOIN quote q ON q.id = a.quote
                    ORDER BY a.id
                    """
            case .via:
                sql = """
                    SELECT a.id, a.quote, a.via, a.document, a.start, a."end", a.cue, a.kind, a.confidence, NULL
                    FROM attribution a JOIN temp.x_document x ON x.id = a.document
                    JOIN temp.x_entity e ON e.id = a.via JOIN temp.x_quote xq ON xq.id = a.quote
                    ORDER BY a.id
                    """
            default:
                sql = """
                    SELECT a.id, a.quote, a.document, a.document, a.start, a."end", NULL, a.kind, a.confidence, NULL
                    FROM attribution a JOIN temp.x_document x ON x.id = a.document AND x.node
                    JOIN temp.x_quote xq ON xq.id = a.quote
                    ORDER BY a.id
                    """
            }
            try database.cached(sql).forEach { row in
                let source = kind == .said ? "E\(row.int(1))" : "Q\(row.int(1))"
                let target = kind == .via ? "E\(row.int(2))" : kind == .said ? "Q\(row.int(2))" : "D\(row.int(2))"
                let label = kind == .said ? ExportText.short(row.string(9), limit: 40)
                    : kind == .via ? "via" : "appears in"
                var attributes: [(String, ExportValue)] = [
                    ("kind", .string(kind.rawValue)), ("label", .string(label)), ("weight", .double(1)),
                ]
                if kind != .appearsIn, let cue = row.optionalString(6) { attributes.append(("cue", .string(cue))) }
                attributes += [
                    ("confidence", .double(row.double(8))), ("quote_kind", .string(row.string(7))),
                    ("document", .string("D\(row.int(3))")), ("start", .int(row.int(4))), ("end", .int(row.int(5))),
                ]
                try body(ExportEdge(
                    id: "\(kind.prefix)\(row.int(0))", kind: kind, source: source, target: target, label: label,
                    attributes: attributes))
            }
        }

        try database.cached("""
            SELECT m.document, m.entity, count(*)
            FROM mention m JOIN temp.x_document x ON x.id = m.document AND x.node JOIN temp.x_entity e ON e.id = m.entity
            GROUP BY m.document, m.entity
            ORDER BY m.document, m.entity
            """).forEach { row in
                try body(ExportEdge(
                    id: "M\(row.int(0))_\(row.int(1))", kind: .mentions, source: "D\(row.int(0))", target: "E\(row.int(1))",
                    label: "mentions",
                    attributes: [("kind", .string("MENTIONS")), ("label", .string("mentions")),
                                 ("weight", .double(Double(row.int(2)))), ("document", .string("D\(row.int(0))"))]))
            }

        try database.cached("""
            SELECT r.id, r.subject, r.object, r.predicate, r.document, r.start, r."end", r.evidence
            FROM relation r JOIN temp.x_document x ON x.id = r.document
            JOIN temp.x_entity s ON s.id = r.subject JOIN temp.x_entity o ON o.id = r.object
            ORDER BY r.id
            """).forEach { row in
                let predicate = row.string(3)
                try body(ExportEdge(
                    id: "R\(row.int(0))", kind: .relation, source: "E\(row.int(1))", target: "E\(row.int(2))",
                    label: predicate,
                    attributes: [
                        ("kind", .string("RELATION")), ("label", .string(predicate)), ("weight", .double(1)),
                        ("predicate", .string(predicate)), ("evidence", .string(row.string(7))),
                        ("document", .string("D\(row.int(4))")), ("start", .int(row.int(5))), ("end", .int(row.int(6))),
                    ]))
            }
    }

    /// Calls `body` with (cluster key, cluster label, node id) for every node that belongs to a cluster, grouped by
    /// cluster: by entity type, or by document (the document, and the quotes and entities seen only in it).
    ///
    /// - Complexity: one sort of the selected ids; O(1) memory.
    func forEachExportClusterMember(
        by clustering: ExportClustering, _ body: (_ key: String, _ label: String, _ node: String) throws -> Void
    ) throws {
        switch clustering {
        case .type:
            try database.cached("""
                SELECT e.type, x.id FROM temp.x_entity x JOIN entity e ON e.id = x.id ORDER BY e.type, x.id
                """).forEach { row in try body("type_" + row.string(0), row.string(0), "E\(row.int(1))") }
        case .document:
            try database.cached("""
                SELECT c.doc, coalesce(nullif(d.title, ''), d.name), c.kind, c.id FROM (
                    SELECT id AS doc, 'D' AS kind, id FROM temp.x_document WHERE node
                    UNION ALL SELECT document, 'Q', id FROM temp.x_quote WHERE documents = 1
                    UNION ALL SELECT document, 'E', id FROM temp.x_entity WHERE documents = 1
                ) c JOIN temp.x_document x ON x.id = c.doc AND x.node JOIN document d ON d.id = c.doc
                ORDER BY c.doc, c.kind, c.id
                """).forEach { row in
                    try body("D\(row.int(0))", ExportText.short(row.string(1), limit: 80), row.string(2) + String(row.int(3)))
                }
        }
    }
}
