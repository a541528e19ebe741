/// One hop of a path between two entities, with the evidence that joins them.
public struct PathHop: Sendable, Hashable {
    public var from: EntityRef
    public var to: EntityRef
    public var kind: EdgeKind
    /// The relation's predicate, read from `from` to `to` (`spokesperson_of`, or `~spokesperson_of` backwards).
    public var predicate: String?
    public var quote: QuoteID?
    /// The quote's words or the relation's passage; nil for a shared article.
    public var evidence: String?
    public var document: DocumentRef

    public init(
        from: EntityRef, to: EntityRef, kind: EdgeKind, predicate: String? = nil, quote: QuoteID? = nil,
        evidence: String? = nil, document: DocumentRef
    ) {
        self.from = from
        self.to = to
        self.kind = kind
        self.predicate = predicate
        self.quote = quote
        self.evidence = evidence
        self.document = document
    }
}
