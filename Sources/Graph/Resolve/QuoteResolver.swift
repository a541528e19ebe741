/// Maps each quote occurrence to a quote node: the same words in several articles are one node.
public struct QuoteResolver: Sendable {
    public init() {}

    /// The node for `quote`, created if no stored quote has the same normalised words.
    ///
    /// - Complexity: one index lookup.
    public func resolve(_ quote: Extraction.Quote, in store: GraphStore) throws -> QuoteID {
        let key = NameKey.quote(quote.text)
        if let existing = try store.quote(withKey: key) { return existing }
        return try store.insertQuote(text: quote.text, key: key)
    }
}
