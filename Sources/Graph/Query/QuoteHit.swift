/// A quote found by a search or a filter: the quote node with all its occurrences, and the documents that carry it.
public struct QuoteHit: Sendable, Hashable {
    public var quote: QuoteRecord
    /// Every document that carries the quote, in publication order (undated last).
    public var documents: [DocumentRef]
    /// For a full-text search: the quote's text around the match, each match between `SearchHighlight.start` and
    /// `SearchHighlight.end`. Nil for filtered listings.
    public var snippet: String?

    public init(quote: QuoteRecord, documents: [DocumentRef], snippet: String? = nil) {
        self.quote = quote
        self.documents = documents
        self.snippet = snippet
    }

    /// How many outlets carried the quote: distinct outlets, counting each document without one as its own.
    public var outletCount: Int {
        Set(documents.map { $0.outlet.map { "outlet:" + $0.lowercased() } ?? "document:\($0.id.rawValue)" }).count
    }

    /// The earliest publication date among the documents that carry it.
    public var firstPublished: String? { documents.compactMap(\.published).min() }

    /// The latest publication date among the documents that carry it: what `QuoteFilter.Order.date` sorts by.
    public var latestPublished: String? { documents.compactMap(\.published).max() }

    /// The distinct media the occurrences name as relaying the quote ("according to FNA").
    public var via: [EntityRef] {
        var seen: Set<EntityRef> = []
        return quote.occurrences.compactMap(\.via).filter { seen.insert($0).inserted }
    }
}
