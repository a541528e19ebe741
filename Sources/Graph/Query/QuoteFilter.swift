/// Which quotes `graphctl quotes` lists, and in what order.
///
/// A quote is listed when at least one of its occurrences passes every filter; it is then shown with its
/// occurrences, up to `occurrenceLimit` of them: those that pass the filters first. Names have been resolved to entities beforehand (`GraphStore.entity(named:)`).
public struct QuoteFilter: Sendable, Hashable {
    public enum Order: String, Sendable, Hashable, CaseIterable {
        /// Newest first, by the latest publication that carried the quote; undated quotes last.
        case date
        /// Most outlets first, then newest.
        case outlets
        /// Quote id order: the order quotes were first stored.
        case id
    }

    public var speaker: EntityID?
    public var via: EntityID?
    /// A document name, as ingested.
    public var document: String?
    /// Inclusive ISO 8601 bounds on the publication date; a prefix such as `2024` or `2024-03` is a whole period.
    public var since: String?
    public var until: String?
    public var kind: QuoteKind?
    public var minConfidence: Double?
    public var order: Order
    public var limit: Int?
    /// The most occurrences shown per quote (nil: all): a stock phrase carried by thousands of articles is shown
    /// with the occurrences that pass the filters, then the first stored, and its counts (`QuoteHit.reach`).
    public var occurrenceLimit: Int?

    public init(
        speaker: EntityID? = nil, via: EntityID? = nil, document: String? = nil, since: String? = nil,
        until: String? = nil, kind: QuoteKind? = nil, minConfidence: Double? = nil, order: Order = .date, limit: Int? = nil,
        occurrenceLimit: Int? = nil
    ) {
        self.speaker = speaker
        self.via = via
        self.document = document
        self.since = since
        self.until = until
        self.kind = kind
        self.minConfidence = minConfidence
        self.order = order
        self.limit = limit
        self.occurrenceLimit = occurrenceLimit
    }
}
