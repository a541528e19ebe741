/// Everything the graph knows about one entity, for `graphctl entity` and for checking entity resolution.
public struct EntityCard: Sendable, Hashable {
    public var entity: EntityRef
    /// Every name the entity goes by, canonical name excluded.
    public var aliases: [String]
    /// Its roles and ties, the most often stated first, at most the card's limit.
    public var relations: [RelationFact]
    /// How many distinct (subject, predicate, object) ties are stated.
    public var relationCount: Int
    /// Documents that mention it, quote it or relay through it: newest first, at most the card's limit.
    public var documents: [DocumentRef]
    /// How many documents; like every total of the card, `countLimit + 1` means "more than `countLimit`".
    public var documentCount: Int
    public var mentionCount: Int
    /// Quotes it said, newest first, at most the card's limit.
    public var said: [QuoteSummary]
    public var saidCount: Int
    /// Quotes it relayed ("according to FNA"), newest first.
    public var relayed: [QuoteSummary]
    public var relayedCount: Int
    /// Quotes, by others, whose words name it (within `window`).
    public var mentionedIn: [QuoteSummary]
    public var mentionedInCount: Int
    /// The entities named in the most documents beside it, most first (within `window`).
    public var beside: [(entity: EntityRef, documents: Int)]
    /// For an entity named in more documents than this, the number of its latest documents that `mentionedIn`,
    /// `mentionedInCount` and `beside` were read from; nil when they were read from all of them.
    public var window: Int?
    /// How far the totals were counted (`GraphStore.cardCountLimit`).
    public var countLimit: Int
    /// How far the documents that carry each listed quote were counted (`GraphStore.cardQuoteCountLimit`): a
    /// `QuoteSummary.documents` of `quoteCountLimit + 1` means "more than `quoteCountLimit`".
    public var quoteCountLimit: Int

    public init(entity: EntityRef) {
        self.entity = entity
        aliases = []
        relations = []
        relationCount = 0
        documents = []
        documentCount = 0
        mentionCount = 0
        said = []
        saidCount = 0
        relayed = []
        relayedCount = 0
        mentionedIn = []
        mentionedInCount = 0
        beside = []
        window = nil
        countLimit = GraphStore.cardCountLimit
        quoteCountLimit = GraphStore.cardQuoteCountLimit
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.entity == b.entity && a.aliases == b.aliases && a.relations == b.relations && a.documents == b.documents
            && a.said == b.said && a.mentionedIn == b.mentionedIn && a.beside.map(\.entity) == b.beside.map(\.entity)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(entity) }
}
