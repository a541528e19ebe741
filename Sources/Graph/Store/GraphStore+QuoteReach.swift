import Foundation

extension GraphStore {
    /// What counting a widely carried quote's outlets needs to know of the whole graph: read once per listing.
    struct OutletCensus {
        /// Distinct outlets among all documents (case-insensitive, as `document_outlet` compares them).
        var outlets: Int
        /// Documents without an outlet, counted up to `outletProbeLimit + 1`.
        var documentsWithout: Int
        /// The largest document id: about how many documents the graph holds, for the walks' cost.
        var documentsStored: Int
        /// Quotes' outlets counted so far in the listing (by the order by outlets), so that none is counted twice.
        var counted: [QuoteID: Int] = [:]
    }

    /// How far `quotes` and `who-said` count the occurrences and documents of a quote they show in part: a count
    /// past it is given as `listedQuoteCountLimit + 1` ("more than"). A listing may hold hundreds of stock phrases,
    /// each carried by tens of thousands of articles; counting each of them to 10,000 (the entity card's limit for
    /// its thirty quotes) took 1.5 ms a quote, most of the listing's time.
    public static let listedQuoteCountLimit = 1000

    /// How many documents without an outlet an outlet count probes one by one, instead of reading every document
    /// of the quote.
    static let outletProbeLimit = 1000

    /// A quote node as listings show it: every occurrence when it has at most `limit`, else `limit` of them (those
    /// that pass `filter`'s speaker, medium and document conditions first, then the first stored) with counts and
    /// dates read from the indexes (`QuoteHit.reach`).
    ///
    /// - Parameters:
    ///   - limit: the most occurrences shown; nil for all.
    ///   - filter: the listing's filter, whose own occurrences are shown first.
    ///   - census: the graph's outlets, read at the first quote that needs them and kept for the next.
    ///   - countLimit: how far occurrences and documents are counted; see `QuoteReach`.
    /// - Complexity: for a quote with at most `limit` occurrences, one index look-up; else about `limit` row
    ///   look-ups, counts of at most `listedQuoteCountLimit` + 1 index entries, and for its outlets and dates, the
    ///   reads of `quoteSpread`.
    func quoteHit(
        _ id: QuoteID, showing limit: Int?, preferring filter: QuoteFilter?, census: inout OutletCensus?,
        countLimit: Int = listedQuoteCountLimit
    ) throws -> QuoteHit? {
        guard let limit else { return try quoteHit(id) }
        let occurrences = Int(try query("""
            SELECT count(*) FROM (SELECT 1 FROM attribution INDEXED BY attribution_quote_document WHERE quote = ? LIMIT ?)
            """).first(id, min(max(limit, countLimit), Int.max - 1) + 1) { $0.int(0) } ?? 0)
        if occurrences <= limit { return try quoteHit(id) }

        var shown: [Int64] = []
        if let filter, filter.speaker != nil || filter.via != nil || filter.document != nil {
            // Driven by the speaker's, medium's or document's index: the filter's own occurrences of this quote.
            let (clauses, values) = conditions(filter, indexed: true)
            try query("""
                SELECT a.id FROM attribution a JOIN \(Self.documents(filteredBy: filter)) ON d.id = a.document
                WHERE a.quote = ? AND \(clauses.joined(separator: " AND "))
                LIMIT ?
                """).forEach([id] + values + [limit]) { shown.append($0.int(0)) }
        }
        if shown.count < limit {
            try forEachRow(try query("""
                SELECT id FROM attribution INDEXED BY attribution_quote_document WHERE quote = ? ORDER BY document, speaker, via, id
                """), [id]) { row in
                let attribution = row.int(0)
                if !shown.contains(attribution) { shown.append(attribution) }
                return shown.count < limit
            }
        }
        let one = try query(Self.occurrenceSQL + " WHERE a.id = ?")
        var rows: [(occurrence: QuoteRecord.Occurrence, document: DocumentRef, text: String)] = []
        for attribution in shown {
            if let row = try one.first(attribution, map: Self.occurrenceRow) { rows.append(row) }
        }
        guard let text = rows.first?.text else { return nil }
        rows.sort { Self.publicationOrder(($0.document, $0.occurrence.span.start), ($1.document, $1.occurrence.span.start)) }
        var documents: [DocumentRef] = []
        for row in rows where !documents.contains(where: { $0.id == row.document.id }) { documents.append(row.document) }

        // Distinct documents up to the limit (a count of occurrences that stopped says nothing of them); the index
        // gives them in order, so no sort.
        let documentCount = Int(try query("""
            SELECT count(*) FROM (SELECT DISTINCT document FROM attribution INDEXED BY attribution_quote_document WHERE quote = ? LIMIT ?)
            """).first(id, countLimit + 1) { $0.int(0) } ?? 0)
        if census == nil { census = try outletCensus() }
        let spread = try quoteSpread(id, documents: documentCount, census: census!, outlets: census!.counted[id])
        let reach = QuoteReach(
            occurrences: min(occurrences, countLimit + 1), documents: documentCount, outlets: spread.outlets,
            firstPublished: spread.first, latestPublished: spread.latest, countLimit: countLimit)
        return QuoteHit(
            quote: QuoteRecord(id: id, text: text, occurrences: rows.map(\.occurrence)), documents: documents, reach: reach)
    }

    /// The graph's distinct outlets, found by stepping along `document_outlet` from one outlet to the next (a
    /// seek each), its documents without one, and its largest document id.
    func outletCensus() throws -> OutletCensus {
        var outlets = 0
        // Every outlet is >= '' (a seek, where IS NOT NULL would read past the documents without one).
        var last = try query("SELECT outlet FROM document WHERE outlet COLLATE NOCASE >= '' ORDER BY outlet COLLATE NOCASE LIMIT 1")
            .first { $0.string(0) }
        let next = try query("SELECT outlet FROM document WHERE outlet COLLATE NOCASE > ? ORDER BY outlet COLLATE NOCASE LIMIT 1")
        while let outlet = last {
            outlets += 1
            last = try next.first(outlet) { $0.string(0) }
        }
        let without = try query("SELECT count(*) FROM (SELECT 1 FROM document WHERE outlet IS NULL LIMIT ?)")
            .first(Self.outletProbeLimit + 1) { $0.int(0) } ?? 0
        let stored = try query("SELECT max(id) FROM document").first { $0.int(0) } ?? 0
        return OutletCensus(outlets: outlets, documentsWithout: Int(without), documentsStored: Int(stored))
    }

    /// How widely a quote's documents spread: its outlets (distinct, case-insensitive, each document without one
    /// counting as its own) and, with `dates`, its earliest and latest publication dates (undated documents aside).
    /// Whole, however many documents carry it.
    ///
    /// Dates: a quote in few documents has them read; one in many has the dates' index walked from each end, each
    /// document probed for the quote, until one carries it: about documents in the graph / the quote's documents
    /// probes, and at most four times that before its documents are read instead. Outlets: the quote's documents
    /// are read in the index's order, and once every outlet of the graph is among them (and the dates are
    /// walked), the rest can only add documents without an outlet; when the graph has few of those
    /// (`outletProbeLimit`), each is probed instead. A quote carried by every outlet is thus read in about as many
    /// documents as it takes to meet them all; one that some outlet never carried, in all its documents.
    /// - Parameters:
    ///   - documents: how many documents carry the quote (a count that may have stopped early).
    ///   - outlets: the quote's outlets when they were counted already.
    func quoteSpread(
        _ id: QuoteID, documents: Int, census: OutletCensus, outlets known: Int? = nil, dates: Bool = true,
        walkLimit: Int = GraphStore.walkLimit
    ) throws -> (outlets: Int, first: String?, latest: String?) {
        let graph = census.documentsStored
        let canStop = census.outlets > 0 && census.documentsWithout <= Self.outletProbeLimit
        // Walked when it costs less than reading every document. The two walks probe about graph / documents
        // documents each, a probe a quarter of a read (its pages are held in the cache); reading for the outlets
        // alone stops after about outlets × ln(outlets) documents (all met, when the quote is carried by every
        // outlet), or reads them all.
        var walked: (first: String?, latest: String?)?
        let outletReads = known != nil ? 0
            : canStop ? min(documents, Int(Double(census.outlets) * (log(Double(census.outlets)) + 0.58)) + 1) : documents
        if dates && documents > 0 && graph / documents / 2 + outletReads < documents {
            let limit = min(walkLimit, 4 * graph / documents + 64)
            if let first = try publishedWalk(id, newest: false, walkLimit: limit),
               let latest = try publishedWalk(id, newest: true, walkLimit: limit)
            {
                walked = (first, latest)
            }
        }
        let readsDates = dates && walked == nil
        if let known, !readsDates { return (known, walked?.first, walked?.latest) }
        if census.outlets == 0 && !readsDates {
            // No document has an outlet: each is its own, and the index counts them.
            let count = try query("SELECT count(DISTINCT document) FROM attribution WHERE quote = ?").first(id) { $0.int(0) } ?? 0
            return (Int(count), walked?.first, walked?.latest)
        }
        var outlets: Set<String> = []
        var without = 0
        var first: String?
        var latest: String?
        var last: Int64 = 0
        var everyOutlet = false
        let stops = canStop && !readsDates
        try forEachRow(try query("""
            SELECT a.document, d.outlet, d.published
            FROM attribution a INDEXED BY attribution_quote_document
            JOIN document d INDEXED BY document_meta ON d.id = a.document
            WHERE a.quote = ? ORDER BY a.document
            """), [id]) { row in
            let document = row.int(0)
            guard document != last else { return true }
            last = document
            if let outlet = row.optionalString(1) { outlets.insert(QuoteReach.outletKey(outlet)) } else { without += 1 }
            if readsDates, let published = row.optionalString(2) {
                if first.map({ published.utf8.lexicographicallyPrecedes($0.utf8) }) ?? true { first = published }
                if latest.map({ $0.utf8.lexicographicallyPrecedes(published.utf8) }) ?? true { latest = published }
            }
            everyOutlet = stops && outlets.count == census.outlets
            return !everyOutlet
        }
        if everyOutlet {
            without = Int(try query("""
                SELECT count(*) FROM document d
                WHERE d.outlet IS NULL AND EXISTS (SELECT 1 FROM attribution a WHERE a.quote = ? AND a.document = d.id)
                """).first(id) { $0.int(0) } ?? 0)
        }
        return (known ?? outlets.count + without, walked?.first ?? first, walked?.latest ?? latest)
    }

    /// How many outlets carried a quote, as `quoteSpread` counts them.
    func quoteOutletCount(_ id: QuoteID, census: OutletCensus) throws -> Int {
        try quoteSpread(id, documents: 0, census: census, dates: false).outlets
    }

    /// The earliest (or with `newest`, the latest) dated document that carries a quote: the dates' index walked
    /// from that end, each document probed, for at most `walkLimit` documents; then the quote's documents read.
    func publishedWalking(_ id: QuoteID, newest: Bool, walkLimit: Int) throws -> String? {
        if let found = try publishedWalk(id, newest: newest, walkLimit: walkLimit) { return found }
        return try query("""
            SELECT \(newest ? "max" : "min")(d.published)
            FROM attribution a INDEXED BY attribution_quote_document
            JOIN document d INDEXED BY document_meta ON d.id = a.document
            WHERE a.quote = ?
            """).first(id) { $0.optionalString(0) } ?? nil
    }

    /// The walk of `publishedWalking` alone: the date found (nil inside when no dated document carries the quote),
    /// or nil when `walkLimit` documents were probed in vain.
    func publishedWalk(_ id: QuoteID, newest: Bool, walkLimit: Int) throws -> String?? {
        var published: String?
        var probed = 0
        // max() and min() skip undated documents, so the walk does too.
        try forEachRow(try query("""
            SELECT d.published, EXISTS (SELECT 1 FROM attribution WHERE quote = ?1 AND document = d.id)
            FROM document d WHERE d.published < '~' ORDER BY d.published\(newest ? " DESC" : "")
            """), [id]) { row in
            probed += 1
            if row.int(1) == 1 { published = row.string(0) }
            return published == nil && probed < walkLimit
        }
        return published == nil && probed == walkLimit ? nil : .some(published)
    }

    /// An occurrence with its quote's text and its document, as `occurrenceRow` reads them; `WHERE` comes after.
    static let occurrenceSQL = """
        SELECT q.text, a.document, d.name, a.start, a."end", a.surface,
               a.speaker, s.name, s.type, a.via, v.name, v.type, a.cue, a.kind, a.confidence, a.extractor,
               d.title, d.outlet, d.published, a.speaker_description
        FROM attribution a
        JOIN quote q ON q.id = a.quote
        JOIN document d INDEXED BY document_meta ON d.id = a.document
        LEFT JOIN entity s ON s.id = a.speaker
        LEFT JOIN entity v ON v.id = a.via
        """

    static func occurrenceRow(_ row: Row) -> (occurrence: QuoteRecord.Occurrence, document: DocumentRef, text: String) {
        let document = DocumentRef(
            id: DocumentID(rawValue: row.int(1)), name: row.string(2), title: row.optionalString(16),
            outlet: row.optionalString(17), published: row.optionalString(18))
        let occurrence = QuoteRecord.Occurrence(
            document: document.name, documentID: document.id,
            span: TextSpan(start: Int(row.int(3)), end: max(Int(row.int(3)), Int(row.int(4)))),
            text: row.string(5), speaker: entityRef(row, id: 6, name: 7, type: 8),
            via: entityRef(row, id: 9, name: 10, type: 11), cue: row.optionalString(12),
            kind: QuoteKind(rawValue: row.string(13)) ?? .direct, confidence: row.double(14),
            extractor: row.string(15), speakerDescription: row.optionalString(19))
        return (occurrence, document, row.string(0))
    }

    /// The order of `ORDER BY d.published IS NULL, d.published, d.name, a.start`: dated first, by date, name and
    /// place, compared as SQLite compares text (by bytes).
    static func publicationOrder(_ a: (DocumentRef, Int), _ b: (DocumentRef, Int)) -> Bool {
        switch (a.0.published, b.0.published) {
        case (nil, .some): return false
        case (.some, nil): return true
        case let (x?, y?) where x != y: return x.utf8.lexicographicallyPrecedes(y.utf8)
        default:
            if a.0.name != b.0.name { return a.0.name.utf8.lexicographicallyPrecedes(b.0.name.utf8) }
            return a.1 < b.1
        }
    }
}
