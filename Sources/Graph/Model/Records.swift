/// An entity as listings show it: enough to name it and link to it.
public struct EntityRef: Sendable, Hashable, Codable {
    public var id: EntityID
    public var name: String
    public var type: EntityType

    public init(id: EntityID, name: String, type: EntityType) {
        self.id = id
        self.name = name
        self.type = type
    }
}

/// An entity node with its names and the documents that name it.
public struct EntityRecord: Sendable, Hashable {
    public var entity: EntityRef
    public var aliases: [String]
    /// Names of the documents that mention it or carry its words, in name order.
    public var documents: [String]
    public var mentionCount: Int

    public init(entity: EntityRef, aliases: [String], documents: [String], mentionCount: Int) {
        self.entity = entity
        self.aliases = aliases
        self.documents = documents
        self.mentionCount = mentionCount
    }
}

/// A quote node with every occurrence of it.
public struct QuoteRecord: Sendable, Hashable {
    public var id: QuoteID
    public var text: String
    public var occurrences: [Occurrence]

    public init(id: QuoteID, text: String, occurrences: [Occurrence]) {
        self.id = id
        self.text = text
        self.occurrences = occurrences
    }

    /// Speakers of the occurrences with how many occurrences give each, most first (ties by name, then by node, so
    /// that two people of one name always list in the same order).
    public var speakers: [(speaker: EntityRef, count: Int)] {
        var counts: [EntityRef: Int] = [:]
        for occurrence in occurrences { if let speaker = occurrence.speaker { counts[speaker, default: 0] += 1 } }
        return counts.map { ($0.key, $0.value) }.sorted {
            ($1.count, $0.speaker.name, $0.speaker.id.rawValue) < ($0.count, $1.speaker.name, $1.speaker.id.rawValue)
        }
    }

    /// The speaker most occurrences agree on.
    public var speaker: EntityRef? { speakers.first?.speaker }

    /// One occurrence of a quote in one document: the evidence under the SAID, VIA and APPEARS_IN edges.
    public struct Occurrence: Sendable, Hashable {
        public var document: String
        public var documentID: DocumentID
        public var span: TextSpan
        public var text: String
        public var speaker: EntityRef?
        public var via: EntityRef?
        public var cue: String?
        public var kind: QuoteKind
        public var confidence: Double
        public var extractor: String
        /// The words naming the speaker when no entity does ("the letter", "protesters"); nil when `speaker` is set.
        public var speakerDescription: String?

        /// Who spoke, for people and for the JSON Lines `speaker` key: the entity's name, else the description.
        public var speakerName: String? { speaker?.name ?? speakerDescription }

        public init(
            document: String, documentID: DocumentID, span: TextSpan, text: String, speaker: EntityRef?,
            via: EntityRef?, cue: String?, kind: QuoteKind, confidence: Double, extractor: String,
            speakerDescription: String? = nil
        ) {
            self.speakerDescription = speakerDescription
            self.document = document
            self.documentID = documentID
            self.span = span
            self.text = text
            self.speaker = speaker
            self.via = via
            self.cue = cue
            self.kind = kind
            self.confidence = confidence
            self.extractor = extractor
        }
    }
}

/// Counts over the whole graph, for `graphctl stats`.
public struct GraphStats: Sendable, Hashable {
    public var documents = 0
    public var entities = 0
    public var entitiesByType: [EntityType: Int] = [:]
    public var quotes = 0
    public var attributions = 0
    public var attributionsByKind: [QuoteKind: Int] = [:]
    public var attributionsWithoutSpeaker = 0
    /// Quote nodes none of whose occurrences has a speaker, named or described.
    public var quotesWithoutSpeaker = 0
    /// Occurrences by the extractor version that made them, most first.
    public var extractors: [ExtractorCount] = []
    public var mentions = 0
    public var relations = 0
    public var topSpeakers: [(entity: EntityRef, count: Int)] = []
    public var topMedia: [(entity: EntityRef, count: Int)] = []
    /// Pipeline signatures of the stored documents, with how many documents each extracted.
    public var pipelines: [(signature: String, documents: Int)] = []
    public var schemaVersion = 0

    public init() {}

    public static func == (a: Self, b: Self) -> Bool {
        a.documents == b.documents && a.entities == b.entities && a.quotes == b.quotes && a.attributions == b.attributions
            && a.mentions == b.mentions && a.relations == b.relations
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(documents); hasher.combine(entities); hasher.combine(quotes); hasher.combine(attributions)
    }
}
