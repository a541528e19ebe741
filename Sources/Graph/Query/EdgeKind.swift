/// The kinds of tie between two entities that `neighbors` and `path` follow, each backed by evidence.
public enum EdgeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A stated role or tie: "Lee Sung-jun, spokesman of the JCS". Evidence: the passage.
    case relation
    /// One said words that name the other. Evidence: the quote.
    case said
    /// One's words were relayed through the other ("according to KCNA"). Evidence: the quote.
    case via
    /// Both are named in the same document. Evidence: the article.
    case mentions

    /// Strongest first: the order in which a hop's evidence is chosen when several kinds join two entities.
    public static let byStrength: [EdgeKind] = [.relation, .said, .via, .mentions]
}

/// An entity reached from another, with how it is reached.
public struct Neighbor: Sendable, Hashable {
    public var entity: EntityRef
    /// Hops from the start: 1 for direct neighbors.
    public var depth: Int
    /// The entity one hop closer to the start, through which this one was reached.
    public var through: EntityRef
    public var kind: EdgeKind
    /// How many pieces of evidence join it to the entities of the depth before, all kinds together: quotes,
    /// documents or stated relations.
    public var weight: Int
    /// The evidence counted by kind, strongest kind first.
    public var ties: [(kind: EdgeKind, weight: Int)]

    public init(entity: EntityRef, depth: Int, through: EntityRef, kind: EdgeKind, weight: Int, ties: [(kind: EdgeKind, weight: Int)] = []) {
        self.entity = entity
        self.depth = depth
        self.through = through
        self.kind = kind
        self.weight = weight
        self.ties = ties
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.entity == b.entity && a.depth == b.depth && a.through == b.through && a.kind == b.kind && a.weight == b.weight
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(entity); hasher.combine(depth) }
}

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
