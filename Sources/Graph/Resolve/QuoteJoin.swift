/// Why an occurrence joined a quote node, or gathered one into its own: one row of the quote merge log.
public struct QuoteJoin: Sendable, Hashable {
    /// The rule that matched, strongest first.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// The same text, or the same words a shorter copy of the node already had.
        case exact
        /// The same words; quotation marks, apostrophes, dashes, case or punctuation differ.
        case typography
        /// The same words but for an editorial insertion in brackets ("the (Northern) Fleet Command").
        case editorial
        /// The same short words, said by one and relayed by the other (the speaker of one is the medium of the other).
        case relay
        /// A run of words of the same speaker's longer quote.
        case fragment
        /// The longest form yet: a shorter quote of the same speaker is a run of its words.
        case longerForm = "longer-form"
        /// Two renderings of one sentence: the end of one is the start of the other.
        case overlap
    }

    /// The node the occurrence belongs to.
    public var quote: QuoteID
    public var reason: Reason
    /// The occurrence's text key.
    public var key: String
    /// The key it matched: a variant of the node it joined, or of the node it gathered.
    public var otherKey: String
    public var detail: String
    public var confidence: Double
}
