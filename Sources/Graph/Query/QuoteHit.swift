/// A quote found by a search or a filter: the quote node with its occurrences (all of them, or the first few of a
/// widely carried quote), the documents that carry those, and how widely it was carried in all.
public struct QuoteHit: Sendable, Hashable {
    public var quote: QuoteRecord
    /// The documents of the occurrences in `quote`, in publication order (undated last).
    public var documents: [DocumentRef]
    /// For a full-text search: the quote's text around the match, each match between `SearchHighlight.start` and
    /// `SearchHighlight.end`. Nil for filtered listings.
    public var snippet: String?
    /// Counts and dates over every occurrence, whether `quote` holds them all or not.
    public var reach: QuoteReach

    /// - Parameter reach: nil when `quote` holds every occurrence and `documents` every document: it is counted
    ///   from them.
    public init(quote: QuoteRecord, documents: [DocumentRef], snippet: String? = nil, reach: QuoteReach? = nil) {
        self.quote = quote
        self.documents = documents
        self.snippet = snippet
        self.reach = reach ?? QuoteReach(occurrences: quote.occurrences.count, documents: documents)
    }

    /// How many outlets carried the quote: distinct outlets, counting each document without one as its own.
    public var outletCount: Int { reach.outlets }

    /// The earliest publication date among the documents that carry it.
    public var firstPublished: String? { reach.firstPublished }

    /// The latest publication date among the documents that carry it: what `QuoteFilter.Order.date` sorts by.
    public var latestPublished: String? { reach.latestPublished }

    /// Occurrences not shown: the quote holds fewer than the quote node has.
    public var hiddenOccurrences: Int { max(0, reach.occurrences - quote.occurrences.count) }

    /// The distinct media the occurrences shown name as relaying the quote ("according to FNA").
    public var via: [EntityRef] {
        var seen: Set<EntityRef> = []
        return quote.occurrences.compactMap(\.via).filter { seen.insert($0).inserted }
    }
}
