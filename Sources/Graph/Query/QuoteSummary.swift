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
