extension GraphStore {
    /// The card of an entity: names, roles, documents, what it said and relayed, quotes naming it, and the entities
    /// most often beside it.
    ///
    /// For an entity named in more than `window` documents, the two parts that must join its mentions to other
    /// evidence (the quotes that name it, the entities beside it) are read from its latest `window` documents, and
    /// `EntityCard.window` says so. Every other count is whole up to `countLimit`; a count past it stops at
    /// `countLimit + 1`, read as "more than `countLimit`". The count of documents that carry each listed quote stops
    /// sooner, at `quoteCountLimit + 1`: a card lists up to three times `limit` quotes, and a stock phrase carried
    /// by 100,000 documents costs 50 ms to count that far.
    ///
    /// - Parameters:
    ///   - limit: the most documents, quotes and companions listed in each part.
    ///   - window: how many of a well-known entity's latest documents the joined parts read.
    ///   - countLimit: how far a count goes before it stops.
    ///   - quoteCountLimit: how far the count of documents that carry a listed quote goes before it stops.
    /// - Complexity: counts read sorted index ranges of the entity's evidence (no sorting, no join), at most
    ///   `countLimit` + 1 rows each; a listed quote's count, `quoteCountLimit` + 1 of its documents; the joins read
    ///   at most `window` documents; so the card's cost is bounded whatever the size of the graph, except for
    ///   grouping the entity's stated relations.
    public func entityCard(
        _ entity: EntityRef, limit: Int = 10, window: Int = besideDocuments, countLimit: Int = cardCountLimit,
        quoteCountLimit: Int = cardQuoteCountLimit
    ) throws -> EntityCard {
        try database.read {
            var card = EntityCard(entity: entity)
            card.countLimit = countLimit
            card.quoteCountLimit = quoteCountLimit
            card.aliases = try query("SELECT alias FROM entity_alias WHERE entity = ? ORDER BY alias")
                .rows(entity.id) { $0.string(0) }.filter { $0 != entity.name }
            let counted = countLimit + 1
            card.relationCount = Int(try query("""
                SELECT count(*) FROM (SELECT DISTINCT subject, predicate, object FROM relation WHERE subject = ?1
                                      UNION SELECT DISTINCT subject, predicate, object FROM relation WHERE object = ?1
                                      LIMIT ?2)
                """).first(entity.id, counted) { $0.int(0) } ?? 0)
            // Grouped first, named after: the names and the example passage are looked up for the kept ties only. The
            // triples come from the covering indexes by subject and by object (step 13), not from the rows. Each side
            // is grouped on its own (a tie to itself counted on the subject side only): their groups cannot meet, so
            // no UNION has to sort every row to drop duplicates, which took half the time for an entity with 20,000.
            card.relations = try query("""
                SELECT r.subject, s.name, s.type, r.predicate, r.object, o.name, o.type, g.n, d.name, r.evidence
                FROM (SELECT subject, predicate, object, count(*) AS n, min(id) AS example
                      FROM relation WHERE subject = ?1 GROUP BY object, predicate
                      UNION ALL
                      SELECT subject, predicate, object, count(*) AS n, min(id) AS example
                      FROM relation WHERE object = ?1 AND subject != ?1 GROUP BY subject, predicate
                      ORDER BY n DESC, predicate, subject, object
                      LIMIT ?2) g
                JOIN relation r ON r.id = g.example
                JOIN entity s ON s.id = g.subject JOIN entity o ON o.id = g.object
                JOIN document d INDEXED BY document_meta ON d.id = r.document
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
            // ORDER BY makes the union a merge of five index ranges already in document order (step 4's indexes).
            card.documentCount = Int(try query("SELECT count(*) FROM (\(documents) ORDER BY 1 LIMIT ?2)")
                .first(entity.id, counted) { $0.int(0) } ?? 0)
            card.mentionCount = Int(try query("SELECT count(*) FROM (SELECT 1 FROM mention WHERE entity = ? LIMIT ?)")
                .first(entity.id, counted) { $0.int(0) } ?? 0)
            let stored = Int(try query("SELECT max(id) FROM document").first { $0.int(0) } ?? 0)
            if limit.saturatingTimes(stored) / max(card.mentionCount, 1) < card.documentCount / 2 {
                // Named in a good share of all documents: walk them from the newest, stopping at `limit`.
                card.documents = try query("""
                    SELECT d.id, d.name, d.title, d.outlet, d.published FROM document d
                    WHERE d.published < '~' AND (
                        EXISTS (SELECT 1 FROM mention WHERE document = d.id AND entity = ?1)
                        OR EXISTS (SELECT 1 FROM attribution WHERE document = d.id AND (speaker = ?1 OR via = ?1))
                        OR EXISTS (SELECT 1 FROM relation WHERE document = d.id AND (subject = ?1 OR object = ?1)))
                    ORDER BY d.published DESC LIMIT ?2
                    """).rows(entity.id, limit) { Self.documentRef($0, from: 0) }
            }
            if card.documents.count < min(limit, card.documentCount) {
                card.documents = try query("""
                    SELECT d.id, d.name, d.title, d.outlet, d.published FROM document d INDEXED BY document_meta
                    WHERE d.id IN (\(documents))
                    ORDER BY d.published IS NULL, d.published DESC, d.name LIMIT ?2
                    """).rows(entity.id, limit) { Self.documentRef($0, from: 0) }
            }
            card.saidCount = Int(try query("SELECT count(*) FROM (SELECT DISTINCT quote FROM attribution WHERE speaker = ? LIMIT ?)")
                .first(entity.id, counted) { $0.int(0) } ?? 0)
            // A quote can be in two parts (said by it and naming it): summed once.
            var summaries: [QuoteID: QuoteSummary?] = [:]
            func summarize(_ ids: [QuoteID]) throws -> [QuoteSummary] {
                try ids.compactMap { id in
                    if let known = summaries[id] { return known }
                    let summary = try quoteSummary(id, countLimit: quoteCountLimit)
                    summaries[id] = summary
                    return summary
                }
            }
            card.said = try summarize(quoteIDs(.said, of: entity.id, limit: limit, evidence: card.saidCount))
            card.relayedCount = Int(try query("SELECT count(*) FROM (SELECT DISTINCT quote FROM attribution WHERE via = ? LIMIT ?)")
                .first(entity.id, counted) { $0.int(0) } ?? 0)
            card.relayed = try summarize(quoteIDs(.relayed, of: entity.id, limit: limit, evidence: card.relayedCount))
            let named = Int(try query("SELECT count(*) FROM (SELECT DISTINCT document FROM mention WHERE entity = ? LIMIT ?)")
                .first(entity.id, window + 1) { $0.int(0) } ?? 0)
            card.window = named > window ? window : nil
            // One pass gives both the count and the newest: finding the quotes that name it is the costly part, a
            // probe per mention, hence the window.
            var newest: [QuoteID] = []
            card.mentionedInCount = 0
            try query("""
                SELECT a.quote, max(d.published) AS latest
                FROM (SELECT DISTINCT document FROM mention WHERE entity = ?1 ORDER BY document DESC LIMIT ?2) mine
                JOIN mention m ON m.entity = ?1 AND m.document = mine.document
                JOIN attribution a INDEXED BY attribution_document_span
                    ON a.document = m.document AND a.start <= m.start AND m."end" <= a."end"
                JOIN document d INDEXED BY document_meta ON d.id = a.document
                WHERE a.speaker IS NOT ?1
                GROUP BY a.quote
                ORDER BY latest IS NULL, latest DESC, a.quote
                """).forEach([entity.id, card.window ?? -1]) { row in
                card.mentionedInCount += 1
                if newest.count < limit { newest.append(QuoteID(rawValue: row.int(0))) }
            }
            card.mentionedIn = try summarize(newest)
            card.beside = try entitiesBeside(entity.id, limit: limit, window: card.window)
            return card
        }
    }

    /// The entities named in the most of an entity's documents (its latest `window`, or all), most first, then by
    /// name (byte order, as SQLite sorts).
    ///
    /// Counted here from the (document, entity) pairs of the index: SQLite's `count(DISTINCT)` grouped the 80,000
    /// mentions of a hub's 2,000 documents through two temporary B-trees and named every one of its 11,000
    /// companions before keeping 10, twice the time of this pass, which names only the companions counted at least
    /// as often as the last one listed.
    ///
    /// - Complexity: O(m) for the m mentions of the documents read, plus a lookup by id for each companion tied
    ///   with or ahead of the `limit`-th.
    func entitiesBeside(_ entity: EntityID, limit: Int, window: Int?) throws -> [(entity: EntityRef, documents: Int)] {
        struct Pair: Hashable { var document: Int64, entity: Int64 }
        var seen = Set<Pair>()
        var documents: [Int64: Int] = [:]
        try query("""
            SELECT m.document, m.entity
            FROM (SELECT DISTINCT document FROM mention WHERE entity = ?1 ORDER BY document DESC LIMIT ?2) mine
            JOIN mention m ON m.document = mine.document
            WHERE m.entity != ?1
            """).forEach([entity, window ?? -1]) { row in
            let other = row.int(1)
            if seen.insert(Pair(document: row.int(0), entity: other)).inserted { documents[other, default: 0] += 1 }
        }
        guard limit > 0, !documents.isEmpty else { return [] }
        let ranked = documents.sorted { $0.value > $1.value }
        let last = ranked[min(limit, ranked.count) - 1].value
        var named = try ranked.prefix { $0.value >= last }.compactMap { id, count in
            try entityRef(EntityID(rawValue: id)).map { (entity: $0, documents: count) }
        }
        named.sort { a, b in
            a.documents != b.documents ? a.documents > b.documents : a.entity.name.utf8.lexicographicallyPrecedes(b.entity.name.utf8)
        }
        return Array(named.prefix(limit))
    }

    /// The most that a count on the entity card reads: a count past it is given as `cardCountLimit + 1` ("more
    /// than"), so that the card of an entity named in millions of articles costs no more than one named in 100,000.
    public static let cardCountLimit = 100_000

    /// The most documents counted for each quote the card lists: a count past it is given as
    /// `cardQuoteCountLimit + 1` ("more than"). Counting a quote's documents reads its index entries, about 3 a
    /// document for a stock phrase, 0.15 µs each: 5 ms at this limit, 50 ms at `cardCountLimit`.
    public static let cardQuoteCountLimit = 10_000

    /// How many of an entity's documents, the most recently stored, are read to find the entities beside it and the
    /// quotes that name it: enough to rank its companions, and a bound on the work for an entity named in every other
    /// article.
    public static let besideDocuments = 2000

    /// Attributions (id, quote, document, start) whose words contain a mention of entity ?1 and that ?1 did not
    /// say itself: the quotes that talk about it.
    static let quotedAboutSQL = """
        SELECT a.id, a.quote, a.document, a.start
        FROM mention m
        JOIN attribution a INDEXED BY attribution_document_span ON a.document = m.document AND a.start <= m.start AND m."end" <= a."end"
        WHERE m.entity = ?1 AND a.speaker IS NOT ?1
        """

    enum QuoteRole { case said, relayed }

    /// The newest quotes an entity said or relayed.
    ///
    /// For an entity with little evidence, its evidence is grouped by quote and sorted; for a well-known one, the
    /// documents are walked from the newest until `limit` quotes are found (see `quotes(_:)`).
    /// - Parameter evidence: how many quotes the entity has in this role (the walk's expected length depends on it).
    func quoteIDs(_ role: QuoteRole, of entity: EntityID, limit: Int, evidence: Int) throws -> [QuoteID] {
        guard evidence > 0 else { return [] }
        let documents = Int(try query("SELECT max(id) FROM document").first { $0.int(0) } ?? 0)
        return limit.saturatingTimes(documents) / evidence < evidence / 2
            ? try quoteIDsWalkingDates(role, of: entity, limit: limit)
            : try quoteIDsGrouped(role, of: entity, limit: limit)
    }

    private func quoteIDsGrouped(_ role: QuoteRole, of entity: EntityID, limit: Int) throws -> [QuoteID] {
        let attributions: String
        switch role {
        case .said: attributions = "SELECT id FROM attribution WHERE speaker = ?1"
        case .relayed: attributions = "SELECT id FROM attribution WHERE via = ?1"
        }
        return try query("""
            SELECT a.quote, max(d.published) AS latest
            FROM attribution a JOIN document d INDEXED BY document_meta ON d.id = a.document
            WHERE a.id IN (\(attributions))
            GROUP BY a.quote
            ORDER BY latest IS NULL, latest DESC, a.quote
            LIMIT ?2
            """).rows(entity, limit) { QuoteID(rawValue: $0.int(0)) }
    }

    private func quoteIDsWalkingDates(_ role: QuoteRole, of entity: EntityID, limit: Int) throws -> [QuoteID] {
        // CROSS JOIN fixes the join order: documents outermost, newest first, so that reading can stop early.
        let join: String
        switch role {
        case .said: join = "CROSS JOIN attribution a INDEXED BY attribution_document_span ON a.document = d.id AND a.speaker = ?1"
        case .relayed: join = "CROSS JOIN attribution a INDEXED BY attribution_document_span ON a.document = d.id AND a.via = ?1"
        }
        var found: [QuoteID] = []
        var seen: Set<QuoteID> = []
        for (range, order) in [("d.published < '~'", "d.published DESC"), ("d.published IS NULL", "d.id DESC")]
        where found.count < limit {
            try forEachRow(try query("SELECT a.quote FROM document d \(join) WHERE \(range) ORDER BY \(order)"), [entity]) { row in
                let id = QuoteID(rawValue: row.int(0))
                if seen.insert(id).inserted { found.append(id) }
                return found.count < limit
            }
        }
        return found
    }

    /// One quote in one line: its words, a speaker and medium, how many documents carried it and the latest date.
    ///
    /// A quote carried by more than `widelyCarried` occurrences (a stock phrase in thousands of articles) is summed
    /// from the index by quote instead of its rows, and its latest date and first document name are found by
    /// walking the documents by date and by name, one probe each, which for such a quote stops after a few; the
    /// answer is the same either way. Like the card's other totals, its count of documents stops at `countLimit` + 1
    /// ("more than"); past that, the speaker and medium given are those of its first `countLimit` + 1 documents.
    ///
    /// - Parameters:
    ///   - countLimit: how far the count of documents goes before it stops.
    ///   - widelyCarried: how many occurrences make a quote widely carried (a parameter for tests).
    ///   - walkLimit: how many documents a walk probes before it gives way (a parameter for tests).
    /// - Complexity: for most quotes, one index lookup per occurrence; for a widely carried one, a pass over at
    ///   most `countLimit` + 1 of its documents in the index plus about documents / its documents probes per walk,
    ///   at most `walkLimit` before the walk gives way to reading its documents.
    func quoteSummary(
        _ id: QuoteID, countLimit: Int = cardCountLimit, widelyCarried: Int = GraphStore.widelyCarried,
        walkLimit: Int = GraphStore.walkLimit
    ) throws -> QuoteSummary? {
        let occurrences = Int(try query("SELECT count(*) FROM (SELECT 1 FROM attribution WHERE quote = ? LIMIT ?)")
            .first(id, widelyCarried + 1) { $0.int(0) } ?? 0)
        let row: (String, String?, Int, String, Int64?, Int64?)?
        if occurrences > widelyCarried {
            row = try widelyCarriedSummary(id, countLimit: countLimit, walkLimit: walkLimit)
        } else {
            row = try query("""
                SELECT q.text, max(d.published), count(DISTINCT a.document), min(d.name), max(a.speaker), max(a.via)
                FROM attribution a JOIN document d INDEXED BY document_meta ON d.id = a.document
                JOIN quote q ON q.id = a.quote
                WHERE a.quote = ?
                """).first(id) { row -> (String, String?, Int, String, Int64?, Int64?)? in
                    row.isNull(0) ? nil : (row.string(0), row.optionalString(1), Int(row.int(2)), row.string(3),
                                           row.optionalInt(4), row.optionalInt(5))
                } ?? nil
        }
        guard let (text, published, documents, document, speaker, via) = row else { return nil }
        // Either way a count past the limit reads "more than": a limit below `widelyCarried` (tests) is met here.
        return QuoteSummary(
            id: id, text: text, speaker: try speaker.flatMap { try entityRef(EntityID(rawValue: $0)) },
            via: try via.flatMap { try entityRef(EntityID(rawValue: $0)) }, documents: min(documents, countLimit + 1),
            published: published, document: document)
    }

    /// How many occurrences make a quote widely carried: past it, its summary reads the index, not the rows.
    static let widelyCarried = 200

    /// How many documents a walk by date or by name probes before it gives way to reading the quote's documents.
    static let walkLimit = 20_000

    private func widelyCarriedSummary(_ id: QuoteID, countLimit: Int, walkLimit: Int) throws -> (String, String?, Int, String, Int64?, Int64?)? {
        guard let text = try query("SELECT text FROM quote WHERE id = ?").first(id, map: { $0.string(0) }) else { return nil }
        // Grouped by document in the index's order: the count of documents needs no sort, and can stop.
        guard let (documents, speaker, via) = try query("""
            SELECT count(*), max(s), max(v)
            FROM (SELECT document, max(speaker) AS s, max(via) AS v FROM attribution INDEXED BY attribution_quote_document
                  WHERE quote = ? GROUP BY document LIMIT ?)
            """).first(id, countLimit + 1, map: { (Int($0.int(0)), $0.optionalInt(1), $0.optionalInt(2)) }), documents > 0 else { return nil }
        let published = try publishedWalking(id, newest: true, walkLimit: walkLimit)
        // Every name is >= '': the range only says that this is a walk along the index, stopped at `walkLimit`.
        var document: String?
        var probed = 0
        try forEachRow(try query("""
            SELECT d.name, EXISTS (SELECT 1 FROM attribution WHERE quote = ?1 AND document = d.id)
            FROM document d INDEXED BY document_name WHERE d.name >= '' ORDER BY d.name
            """), [id]) { row in
            probed += 1
            if row.int(1) == 1 { document = row.string(0) }
            return document == nil && probed < walkLimit
        }
        if document == nil {
            document = try query("""
                SELECT min(d.name)
                FROM attribution a INDEXED BY attribution_quote_document
                JOIN document d INDEXED BY document_meta ON d.id = a.document
                WHERE a.quote = ?
                """).first(id) { $0.optionalString(0) } ?? nil
        }
        guard let document else { return nil }
        return (text, published, documents, document, speaker, via)
    }

    static func documentRef(_ row: Row, from column: Int) -> DocumentRef {
        DocumentRef(
            id: DocumentID(rawValue: row.int(column)), name: row.string(column + 1), title: row.optionalString(column + 2),
            outlet: row.optionalString(column + 3), published: row.optionalString(column + 4))
    }

    /// The document with this id.
    func documentRef(_ id: DocumentID) throws -> DocumentRef? {
        try query("SELECT id, name, title, outlet, published FROM document INDEXED BY document_meta WHERE id = ?")
            .first(id) { Self.documentRef($0, from: 0) }
    }
}
