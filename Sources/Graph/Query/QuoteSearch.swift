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
