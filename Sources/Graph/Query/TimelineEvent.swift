/// One dated thing an entity did or had done to it in the news: it said something, relayed something, was quoted
/// about, or was given a role.
public struct TimelineEvent: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// The entity said the quote.
        case said
        /// The entity relayed someone's quote ("according to FNA").
        case relayed
        /// Someone else's quote names the entity.
        case quotedAbout = "quoted-about"
        /// A document states a role or tie of the entity.
        case relation
    }

    public var role: Role
    public var document: DocumentRef
    /// The quote's words, or the relation's passage.
    public var text: String
    public var quote: QuoteID?
    /// Who said it (for `relayed` and `quoted-about`), or the other side of a relation.
    public var other: EntityRef?
    public var via: EntityRef?
    public var predicate: String?
    public var start: Int

    public init(
        role: Role, document: DocumentRef, text: String, quote: QuoteID? = nil, other: EntityRef? = nil,
        via: EntityRef? = nil, predicate: String? = nil, start: Int
    ) {
        self.role = role
        self.document = document
        self.text = text
        self.quote = quote
        self.other = other
        self.via = via
        self.predicate = predicate
        self.start = start
    }
}
