extension GraphStore {
    /// How many matches a search may have and still be ranked by relevance (bm25 must score every match).
    public static let rankedSearchLimit = 2000

    /// Quotes whose words match a full-text search, each with every occurrence and document.
    ///
    /// Up to `rankedSearchLimit` matches are ranked by relevance (bm25); a search that matches more (common words)
    /// returns the most recently stored matches instead, which costs only `limit` of them, and says so in
    /// `QuoteSearch.isRanked`.
    ///
    /// - Parameters:
    ///   - search: the parsed search; see `SearchQuery` for what it accepts.
    ///   - speaker: when given, only quotes that this entity said in at least one occurrence.
    ///   - limit: the most quotes to return.
    /// - Complexity: FTS5 lookups, then an index lookup per hit for its occurrences.
    public func searchQuotes(_ search: SearchQuery, speaker: EntityID? = nil, limit: Int = 20) throws -> QuoteSearch {
        let probe = try query("SELECT count(*) FROM (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?1 LIMIT ?2)")
        let ranked = try query("""
            SELECT quote_fts.rowid, snippet(quote_fts, 0, char(2), char(3), '…', 24)
            FROM quote_fts
            WHERE quote_fts MATCH ?1
              AND (?2 IS NULL OR EXISTS (SELECT 1 FROM attribution a WHERE a.quote = quote_fts.rowid AND a.speaker = ?2))
            ORDER BY rank
            LIMIT ?3
            """)
        let recent = try query("""
            SELECT quote_fts.rowid, snippet(quote_fts, 0, char(2), char(3), '…', 24)
            FROM quote_fts
            WHERE quote_fts MATCH ?1
              AND (?2 IS NULL OR EXISTS (SELECT 1 FROM attribution a WHERE a.quote = quote_fts.rowid AND a.speaker = ?2))
            ORDER BY rowid DESC
            LIMIT ?3
            """)
        return try database.read {
            let matches = Int(try probe.first(search.expression, Self.rankedSearchLimit + 1) { $0.int(0) } ?? 0)
            let isRanked = matches <= Self.rankedSearchLimit
            let found = try (isRanked ? ranked : recent).rows(search.expression, speaker, limit) {
                (QuoteID(rawValue: $0.int(0)), $0.string(1))
            }
            let hits = try found.compactMap { id, snippet -> QuoteHit? in
                guard var hit = try quoteHit(id) else { return nil }
                hit.snippet = snippet
                return hit
            }
            return QuoteSearch(hits: hits, isRanked: isRanked, matches: isRanked ? matches : nil)
        }
    }

    /// The quotes that pass `filter`, in its order, each with every occurrence and document.
    ///
    /// Two plans, chosen by what the filter names: the evidence of the named speaker or medium (or the document,
    /// or the date range) grouped by quote and sorted; or, for the newest few quotes of a prolific speaker, a walk
    /// through the documents from the newest, stopping once enough quotes are found. The first costs the entity's
    /// evidence; the second about `limit` × documents / evidence.
    ///
    /// - Complexity: index lookups only; see above for how many.
    public func quotes(_ filter: QuoteFilter) throws -> [QuoteHit] {
        try database.read {
            let ids = try walksByDate(filter) ? quoteIDsWalkingDates(filter) : quoteIDsGrouped(filter)
            return try ids.compactMap { try quoteHit($0) }
        }
    }

    /// The conditions of a filter on `attribution a JOIN document d`, and their values, in order.
    ///
    /// - Parameter indexed: false to keep SQLite from driving the query by the speaker or medium index (`+a.speaker`),
    ///   when the walk by date drives it instead.
    private func conditions(_ filter: QuoteFilter, indexed: Bool) -> ([String], [any SQLBindable]) {
        var conditions: [String] = []
        var values: [any SQLBindable] = []
        let plus = indexed ? "" : "+"
        if let speaker = filter.speaker { conditions.append("\(plus)a.speaker = ?"); values.append(speaker) }
        if let via = filter.via { conditions.append("\(plus)a.via = ?"); values.append(via) }
        if let document = filter.document { conditions.append("d.name = ?"); values.append(document) }
        if let since = filter.since { conditions.append("d.published >= ?"); values.append(since) }
        // "2024-03" until "2024-03~" takes in every date of March: '~' sorts after every character of a date.
        if let until = filter.until { conditions.append("d.published < ?"); values.append(until + "~") }
        if let kind = filter.kind {
            conditions.append("a.kind = ?")
            values.append(kind.rawValue)
        } else if filter.minConfidence != nil && indexed {
            // Naming every kind lets the (kind, confidence) index serve a confidence bound alone.
            conditions.append("a.kind IN (" + QuoteKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")")
        }
        if let minimum = filter.minConfidence { conditions.append("a.confidence >= ?"); values.append(minimum) }
        return (conditions, values)
    }

    /// Whether the walk through documents by date is the cheaper plan for `filter`.
    ///
    /// The grouped plan reads every occurrence that the most selective indexed filter lets through; the walk reads
    /// about `limit` × all occurrences / that many. Counts stop at a cap, so that estimating stays cheap.
    private func walksByDate(_ filter: QuoteFilter) throws -> Bool {
        guard filter.order == .date, let limit = filter.limit, filter.document == nil else { return false }
        let cap = 50_000
        func capped(_ sql: String, _ value: any SQLBindable) throws -> Int {
            Int(try query("SELECT count(*) FROM (\(sql) LIMIT \(cap))").first(value.sqlValue) { $0.int(0) } ?? 0)
        }
        var grouped = Int.max
        if let speaker = filter.speaker { grouped = min(grouped, try capped("SELECT 1 FROM attribution WHERE speaker = ?", speaker)) }
        if let via = filter.via { grouped = min(grouped, try capped("SELECT 1 FROM attribution WHERE via = ?", via)) }
        if filter.kind != nil || filter.minConfidence != nil {
            let kinds = filter.kind.map { [$0] } ?? QuoteKind.allCases
            let list = kinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            grouped = min(grouped, try capped(
                "SELECT 1 FROM attribution WHERE kind IN (\(list)) AND confidence >= ?", filter.minConfidence ?? 0))
        }
        guard grouped != .max else { return true }
        if grouped == 0 { return false }
        let occurrences = Int(try query("SELECT max(id) FROM attribution").first { $0.int(0) } ?? 0)
        return limit * occurrences / grouped < grouped / 2
    }

    func quoteIDsWalkingDates(_ filter: QuoteFilter) throws -> [QuoteID] {
        guard let limit = filter.limit else { return [] }
        let (conditions, values) = conditions(filter, indexed: false)
        var found: [QuoteID] = []
        var seen: Set<QuoteID> = []
        // Dated documents newest first, then (when no date is asked for) the undated ones. CROSS JOIN keeps the
        // documents outermost, so that reading stops as soon as `limit` quotes are found.
        var passes = [("d.published < '~'", "d.published DESC, a.quote")]
        if filter.since == nil && filter.until == nil { passes.append(("d.published IS NULL", "d.id DESC, a.quote")) }
        for (range, order) in passes where found.count < limit {
            let sql = """
                SELECT a.quote FROM document d CROSS JOIN attribution a ON a.document = d.id
                WHERE \(([range] + conditions).joined(separator: " AND "))
                ORDER BY \(order)
                """
            try forEachRow(try query(sql), values) { row in
                let id = QuoteID(rawValue: row.int(0))
                if seen.insert(id).inserted { found.append(id) }
                return found.count < limit
            }
        }
        return found
    }

    func quoteIDsGrouped(_ filter: QuoteFilter) throws -> [QuoteID] {
        var (conditions, values) = conditions(filter, indexed: true)
        let outlets = """
            (SELECT count(DISTINCT coalesce('o:' || lower(d2.outlet), 'd:' || d2.id))
             FROM attribution a2 JOIN document d2 ON d2.id = a2.document WHERE a2.quote = a.quote)
            """
        let order: String
        switch filter.order {
        case .date: order = "latest IS NULL, latest DESC, a.quote"
        case .outlets: order = "outlets DESC, latest IS NULL, latest DESC, a.quote"
        case .id: order = "a.quote"
        }
        let sql = """
            SELECT a.quote, max(d.published) AS latest\(filter.order == .outlets ? ", \(outlets) AS outlets" : "")
            FROM attribution a JOIN document d ON d.id = a.document
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            GROUP BY a.quote
            ORDER BY \(order)
            LIMIT ?
            """
        values.append(filter.limit ?? -1)
        var ids: [QuoteID] = []
        try query(sql).forEach(values) { ids.append(QuoteID(rawValue: $0.int(0))) }
        return ids
    }

    /// One quote node with all its occurrences and the documents that carry it.
    ///
    /// - Complexity: one index lookup on the quote's attributions.
    public func quoteHit(_ id: QuoteID) throws -> QuoteHit? {
        var record: QuoteRecord?
        var documents: [DocumentRef] = []
        var seen: Set<DocumentID> = []
        try query("""
            SELECT q.text, a.document, d.name, a.start, a."end", a.surface,
                   a.speaker, s.name, s.type, a.via, v.name, v.type, a.cue, a.kind, a.confidence, a.extractor,
                   d.title, d.outlet, d.published, a.speaker_description
            FROM attribution a
            JOIN quote q ON q.id = a.quote
            JOIN document d ON d.id = a.document
            LEFT JOIN entity s ON s.id = a.speaker
            LEFT JOIN entity v ON v.id = a.via
            WHERE a.quote = ?
            ORDER BY d.published IS NULL, d.published, d.name, a.start
            """).forEach([id]) { row in
            if record == nil { record = QuoteRecord(id: id, text: row.string(0), occurrences: []) }
            let documentID = DocumentID(rawValue: row.int(1))
            record?.occurrences.append(QuoteRecord.Occurrence(
                document: row.string(2), documentID: documentID,
                span: TextSpan(start: Int(row.int(3)), end: max(Int(row.int(3)), Int(row.int(4)))),
                text: row.string(5), speaker: Self.entityRef(row, id: 6, name: 7, type: 8),
                via: Self.entityRef(row, id: 9, name: 10, type: 11), cue: row.optionalString(12),
                kind: QuoteKind(rawValue: row.string(13)) ?? .direct, confidence: row.double(14),
                extractor: row.string(15), speakerDescription: row.optionalString(19)))
            if seen.insert(documentID).inserted {
                documents.append(DocumentRef(
                    id: documentID, name: row.string(2), title: row.optionalString(16), outlet: row.optionalString(17),
                    published: row.optionalString(18)))
            }
        }
        return record.map { QuoteHit(quote: $0, documents: documents) }
    }
}
