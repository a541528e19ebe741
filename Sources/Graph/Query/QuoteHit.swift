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

    /// The distinct media the occurrences name as relaying the quote ("according to KCNA").
    public var via: [EntityRef] {
        var seen: Set<EntityRef> = []
        return quote.occurrences.compactMap(\.via).filter { seen.insert($0).inserted }
    }
}

/// The marks around matched words in a search snippet: control characters, so they never collide with quote text.
/// Renderers replace them with terminal colours, or with `**` for programs.
public enum SearchHighlight {
    public static let start = "\u{02}"
    public static let end = "\u{03}"

    /// The snippet with its marks replaced.
    public static func render(_ snippet: String, open: String, close: String) -> String {
        snippet.replacingOccurrences(of: start, with: open).replacingOccurrences(of: end, with: close)
    }
}

/// The answer to a full-text search: the quotes found, and how they are ordered.
public struct QuoteSearch: Sendable, Hashable {
    public var hits: [QuoteHit]
    /// True when the hits are the best matches by relevance; false when the search matched too many quotes to rank
    /// and the hits are the most recently stored matches.
    public var isRanked: Bool
    /// How many quotes match, when they were few enough to rank.
    public var matches: Int?

    public init(hits: [QuoteHit], isRanked: Bool, matches: Int?) {
        self.hits = hits
        self.isRanked = isRanked
        self.matches = matches
    }
}
