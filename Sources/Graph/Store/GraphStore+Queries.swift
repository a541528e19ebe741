extension GraphStore {
    /// How many matches a search may have and still be ranked by relevance (bm25 must score every match).
    public static let rankedSearchLimit = 2000

    /// Quotes whose words match a full-text search, each with its occurrences and documents.
    ///
    /// Up to `rankedSearchLimit` matches are ranked by relevance (bm25); a search that matches more (common words)
    /// returns the most recently stored matches instead, which costs only `limit` of them, and says so in
    /// `QuoteSearch.isRanked`. Either way, a quote node whose words are exactly the search's (a slogan, a stock
    /// phrase searched for as it reads) comes first, however many longer quotes contain them.
    ///
    /// - Parameters:
    ///   - search: the parsed search; see `SearchQuery` for what it accepts.
    ///   - speaker: when given, only quotes that this entity said in at least one occurrence.
    ///   - limit: the most quotes to return.
    ///   - occurrenceLimit: the most occurrences shown per quote (nil: all), the speaker's first; see
    ///     `QuoteFilter.occurrenceLimit`.
    ///   - rankedLimit: the most matches ranked by relevance.
    /// - Complexity: FTS5 lookups, then per hit the look-ups of `quoteHit(_:showing:preferring:census:)`.
    public func searchQuotes(
        _ search: SearchQuery, speaker: EntityID? = nil, limit: Int = 20, occurrenceLimit: Int? = nil,
        rankedLimit: Int = rankedSearchLimit
    ) throws -> QuoteSearch {
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
        let exact = try query("""
            SELECT quote_fts.rowid, snippet(quote_fts, 0, char(2), char(3), '…', 24)
            FROM quote_variant v JOIN quote_fts ON quote_fts.rowid = v.quote
            WHERE v.hash = graph_key_hash(?2) AND v.key = ?2 AND quote_fts MATCH ?1
              AND (?3 IS NULL OR EXISTS (SELECT 1 FROM attribution a WHERE a.quote = v.quote AND a.speaker = ?3))
            ORDER BY v.quote
            """)
        return try database.read {
            let matches = Int(try probe.first(search.expression, rankedLimit + 1) { $0.int(0) } ?? 0)
            let isRanked = matches <= rankedLimit
            var found = try search.exactKey.map { key in
                try exact.rows(search.expression, key, speaker) { (QuoteID(rawValue: $0.int(0)), $0.string(1)) }
            } ?? []
            let first = Set(found.map(\.0))
            found += try (isRanked ? ranked : recent).rows(search.expression, speaker, limit) {
                (QuoteID(rawValue: $0.int(0)), $0.string(1))
            }.filter { !first.contains($0.0) }
            found = Array(found.prefix(limit))
            var census: OutletCensus?
            let hits = try found.compactMap { id, snippet -> QuoteHit? in
                guard var hit = try quoteHit(id, showing: occurrenceLimit, preferring: QuoteFilter(speaker: speaker), census: &census)
                else { return nil }
                hit.snippet = snippet
                return hit
            }
            return QuoteSearch(hits: hits, isRanked: isRanked, matches: isRanked ? matches : nil)
        }
    }

    /// The quotes that pass `filter`, in its order, each with its occurrences (up to `QuoteFilter.occurrenceLimit`)
    /// and their documents.
    ///
    /// Two plans, chosen by what the filter names: the evidence of the named speaker or medium (or the document,
    /// or the date range) grouped by quote and sorted; or, for the newest few quotes of a prolific speaker, a walk
    /// through the documents from the newest, stopping once enough quotes are found. The first costs the entity's
    /// evidence; the second about `limit` × documents / evidence.
    ///
    /// The order by outlets counts every candidate's outlets (`quoteOutletCount`), then sorts.
    ///
    /// - Complexity: index lookups only; see above for how many, and `quoteHit(_:showing:preferring:census:)` for
    ///   each quote listed.
    public func quotes(_ filter: QuoteFilter) throws -> [QuoteHit] {
        try database.read {
            var census: OutletCensus?
            let ids = try walksByDate(filter) ? quoteIDsWalkingDates(filter) : quoteIDsGrouped(filter, census: &census)
            return try ids.compactMap { try quoteHit($0, showing: filter.occurrenceLimit, preferring: filter, census: &census) }
        }
    }

    /// The conditions of a filter on `attribution a JOIN document d`, and their values, in order.
    ///
    /// - Parameter indexed: false to keep SQLite from driving the query by the speaker or medium index (`+a.speaker`),
    ///   when the walk by date drives it instead.
    func conditions(_ filter: QuoteFilter, indexed: Bool) -> ([String], [any SQLBindable]) {
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

    /// `document d` for a join on `a.document`, read through `document_meta` (step 17) rather than the rows; unless
    /// the filter names a document, which `document_name` finds (probing it by name and id for each occurrence
    /// reads one page, where `document_meta` reads a page per 30 documents).
    static func documents(filteredBy filter: QuoteFilter?) -> String {
        filter?.document == nil ? "document d INDEXED BY document_meta" : "document d"
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
        return limit.saturatingTimes(occurrences) / grouped < grouped / 2
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

    func quoteIDsGrouped(_ filter: QuoteFilter, census: inout OutletCensus?) throws -> [QuoteID] {
        var (conditions, values) = conditions(filter, indexed: true)
        let order: String
        switch filter.order {
        case .date, .outlets: order = "latest IS NULL, latest DESC, a.quote"
        case .id: order = "a.quote"
        }
        // By outlets, every candidate is counted before the limit applies.
        let limit = filter.order == .outlets ? nil : filter.limit
        let sql = """
            SELECT a.quote, max(d.published) AS latest
            FROM attribution a JOIN \(Self.documents(filteredBy: filter)) ON d.id = a.document
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            GROUP BY a.quote
            ORDER BY \(order)
            LIMIT ?
            """
        values.append(limit ?? -1)
        var ids: [QuoteID] = []
        try query(sql).forEach(values) { ids.append(QuoteID(rawValue: $0.int(0))) }
        guard filter.order == .outlets else { return ids }
        if census == nil { census = try outletCensus() }
        return try mostOutlets(ids, limit: filter.limit, census: &census!)
    }

    /// The `limit` quotes of `ids` (in date order) carried by the most outlets, ties in date order; all of them,
    /// so ordered, without a limit. Each outlet count is kept in `census.counted`.
    ///
    /// With a limit, a quote's documents bound its outlets from above (each is at most one more), and counting them
    /// reads the index alone: the quotes are taken by that bound, most first, and their outlets counted until the
    /// bound of the next falls below the last of the `limit` best. A prolific speaker's quotes said once are never
    /// read beyond their count.
    func mostOutlets(_ ids: [QuoteID], limit: Int?, census: inout OutletCensus) throws -> [QuoteID] {
        var candidates = Array(ids.enumerated())
        if let limit, limit < ids.count {
            // No quote has more outlets than the graph's outlets and its documents without one (when few).
            let ceiling = census.documentsWithout <= Self.outletProbeLimit ? census.outlets + census.documentsWithout : -1
            let documents = try query("""
                SELECT count(*) FROM (SELECT DISTINCT document FROM attribution INDEXED BY attribution_quote_document WHERE quote = ? LIMIT ?)
                """)
            var bounds: [Int] = []
            for id in ids { bounds.append(Int(try documents.first(id, ceiling) { $0.int(0) } ?? 0)) }
            candidates.sort { bounds[$0.offset] != bounds[$1.offset] ? bounds[$0.offset] > bounds[$1.offset] : $0.offset < $1.offset }
            var best: [(offset: Int, outlets: Int)] = []
            for (offset, id) in candidates {
                if best.count == limit, let last = best.last, bounds[offset] < last.outlets { break }
                let outlets = try quoteOutletCount(id, census: census)
                census.counted[id] = outlets
                best.append((offset, outlets))
                best.sort { $0.outlets != $1.outlets ? $0.outlets > $1.outlets : $0.offset < $1.offset }
                if best.count > limit { best.removeLast() }
            }
            return best.map { ids[$0.offset] }
        }
        // Counted in date order, and a stable sort by count: ties stay newest first.
        var counted: [(offset: Int, outlets: Int)] = []
        for (offset, id) in candidates {
            let outlets = try quoteOutletCount(id, census: census)
            census.counted[id] = outlets
            counted.append((offset, outlets))
        }
        counted.sort { $0.outlets != $1.outlets ? $0.outlets > $1.outlets : $0.offset < $1.offset }
        return counted.map { ids[$0.offset] }
    }

    /// One quote node with all its occurrences and the documents that carry it.
    ///
    /// - Complexity: one index lookup on the quote's attributions.
    public func quoteHit(_ id: QuoteID) throws -> QuoteHit? {
        var text: String?
        var occurrences: [QuoteRecord.Occurrence] = []
        var documents: [DocumentRef] = []
        var seen: Set<DocumentID> = []
        try query(Self.occurrenceSQL + """
             WHERE a.quote = ?
            ORDER BY d.published IS NULL, d.published, d.name, a.start
            """).forEach([id]) { row in
            let (occurrence, document, quoteText) = Self.occurrenceRow(row)
            text = quoteText
            occurrences.append(occurrence)
            if seen.insert(document.id).inserted { documents.append(document) }
        }
        return text.map { QuoteHit(quote: QuoteRecord(id: id, text: $0, occurrences: occurrences), documents: documents) }
    }
}

extension Int {
    /// The product of two counts, or `Int.max` when it does not fit: for the plans' cost estimates, where a limit is
    /// as large as the user typed.
    func saturatingTimes(_ other: Int) -> Int {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? .max : product
    }
}
