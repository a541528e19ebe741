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
    public var documentCount: Int
    public var mentionCount: Int
    /// Quotes it said, newest first, at most the card's limit.
    public var said: [QuoteSummary]
    public var saidCount: Int
    /// Quotes it relayed ("according to KCNA"), newest first.
    public var relayed: [QuoteSummary]
    public var relayedCount: Int
    /// Quotes, by others, whose words name it.
    public var mentionedIn: [QuoteSummary]
    public var mentionedInCount: Int
    /// The entities named in the most documents beside it, most first (among its latest
    /// `GraphStore.besideDocuments` documents).
    public var beside: [(entity: EntityRef, documents: Int)]

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
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.entity == b.entity && a.aliases == b.aliases && a.relations == b.relations && a.documents == b.documents
            && a.said == b.said && a.mentionedIn == b.mentionedIn && a.beside.map(\.entity) == b.beside.map(\.entity)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(entity) }
}

/// A role or tie stated in a document: "Lee Sung-jun spokesperson_of Joint Chiefs of Staff".
public struct RelationFact: Sendable, Hashable {
    public var subject: EntityRef
    public var predicate: String
    public var object: EntityRef
    /// How many passages state it.
    public var count: Int
    /// One document that states it, and its words.
    public var document: String
    public var evidence: String

    public init(subject: EntityRef, predicate: String, object: EntityRef, count: Int, document: String, evidence: String) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.count = count
        self.document = document
        self.evidence = evidence
    }
}

/// A quote in one line: its words, who said it, how widely it was carried.
public struct QuoteSummary: Sendable, Hashable {
    public var id: QuoteID
    public var text: String
    public var speaker: EntityRef?
    public var via: EntityRef?
    public var documents: Int
    /// The latest publication date among the documents that carry it.
    public var published: String?
    /// One document that carries it.
    public var document: String

    public init(
        id: QuoteID, text: String, speaker: EntityRef?, via: EntityRef?, documents: Int, published: String?,
        document: String
    ) {
        self.id = id
        self.text = text
        self.speaker = speaker
        self.via = via
        self.documents = documents
        self.published = published
        self.document = document
    }

    public var jsonID: String { "Q\(id.rawValue)" }
}
