/// What the extraction pipeline found in one document, in the document's own terms.
///
/// Entities here are local to the document: `quotes[i].speaker` is an index into `entities`. Resolution maps each
/// local entity to a node of the graph when the extraction is stored. All spans are Unicode scalar offsets.
public struct Extraction: Sendable, Hashable, Codable {
    public var entities: [Entity]
    public var quotes: [Quote]
    public var relations: [Relation]

    public init(entities: [Entity] = [], quotes: [Quote] = [], relations: [Relation] = []) {
        self.entities = entities
        self.quotes = quotes
        self.relations = relations
    }

    /// One real thing named in the document, with every way the document names it.
    public struct Entity: Sendable, Hashable, Codable {
        /// The fullest name the document gives ("Marta Lindqvist", "Nordic Fisheries Council").
        public var name: String
        public var type: EntityType
        /// Other names the document uses for it: acronyms, short forms, surnames ("NFC", "Lindqvist").
        public var aliases: [String]
        public var mentions: [Mention]
        /// For an event, the span of days the sentences naming it give, when they agree on one ("the manoeuvres
        /// planned for October 12 through October 26"); empty otherwise, and for every other type.
        public var dateSpans: [DateSpan]

        public init(
            name: String, type: EntityType, aliases: [String] = [], mentions: [Mention] = [], dateSpans: [DateSpan] = []
        ) {
            self.name = name
            self.type = type
            self.aliases = aliases
            self.mentions = mentions
            self.dateSpans = dateSpans
        }

        private enum CodingKeys: String, CodingKey { case name, type, aliases, mentions, dateSpans }

        // `dateSpans` is written only when there is one, and read when missing as none, so extractions written
        // before it existed still read.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            type = try c.decode(EntityType.self, forKey: .type)
            aliases = try c.decode([String].self, forKey: .aliases)
            mentions = try c.decode([Mention].self, forKey: .mentions)
            dateSpans = try c.decodeIfPresent([DateSpan].self, forKey: .dateSpans) ?? []
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(type, forKey: .type)
            try c.encode(aliases, forKey: .aliases)
            try c.encode(mentions, forKey: .mentions)
            if !dateSpans.isEmpty { try c.encode(dateSpans, forKey: .dateSpans) }
        }
    }

    /// One place where the document names an entity.
    public struct Mention: Sendable, Hashable, Codable {
        public var span: TextSpan
        public var surface: String

        public init(span: TextSpan, surface: String) {
            self.span = span
            self.surface = surface
        }
    }

    /// One quotation (or reported clause) and who said it, through whom.
    public struct Quote: Sendable, Hashable, Codable {
        /// The quoted words without their quotation marks.
        public var span: TextSpan
        public var text: String
        public var kind: QuoteKind
        /// Index into `entities` of the speaker, or nil when no speaker was found.
        public var speaker: Int?
        /// The words naming a speaker that is no entity ("the letter", "protesters"), as they stand in the text; nil
        /// when `speaker` is set. Such a speaker is kept with its occurrence only: it never becomes an entity node,
        /// so "the ruling" of one article never joins "the ruling" of another.
        public var speakerDescription: String?
        /// Index into `entities` of the medium that relayed it ("according to the NFC"), or nil.
        public var via: Int?
        /// The speech verb or phrase that attributes it: "said", "according to", "quoted ... as saying".
        public var cue: String?
        /// How sure the extractor is of the speaker, 0 to 1.
        public var confidence: Double
        /// The component that made the attribution, and its version.
        public var extractor: String
        public var extractorVersion: String

        public init(
            span: TextSpan, text: String, kind: QuoteKind, speaker: Int? = nil, speakerDescription: String? = nil,
            via: Int? = nil, cue: String? = nil, confidence: Double, extractor: String, extractorVersion: String
        ) {
            self.span = span
            self.text = text
            self.kind = kind
            self.speaker = speaker
            self.speakerDescription = speakerDescription
            self.via = via
            self.cue = cue
            self.confidence = confidence
            self.extractor = extractor
            self.extractorVersion = extractorVersion
        }
    }

    /// A role or tie between two entities stated in the text ("JCS spokesman Col. Lee Sung-jun").
    public struct Relation: Sendable, Hashable, Codable {
        /// Index into `entities`.
        public var subject: Int
        /// spokesperson_of, leader_of, minister_of, sibling_of, president_of, former_president_of, ...
        public var predicate: String
        /// Index into `entities`.
        public var object: Int
        public var span: TextSpan
        public var evidence: String

        public init(subject: Int, predicate: String, object: Int, span: TextSpan, evidence: String) {
            self.subject = subject
            self.predicate = predicate
            self.object = object
            self.span = span
            self.evidence = evidence
        }
    }
}
