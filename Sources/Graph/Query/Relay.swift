/// One chain of relay: a speaker's words, passed on by a medium, carried by an outlet's article.
///
/// `via` is the medium the article credits ("according to FNA"); `outlet` is the publisher of the article, from the
/// document's metadata. Either may be missing: a speaker quoted directly, an article whose outlet is unknown.
public struct Relay: Sendable, Hashable {
    public var speaker: EntityRef?
    public var via: EntityRef?
    public var outlet: String?
    /// Distinct quotes that travelled this way.
    public var quotes: Int
    /// Documents that carried them.
    public var documents: Int
    /// The newest publication date among those documents.
    public var latest: String?

    public init(speaker: EntityRef?, via: EntityRef?, outlet: String?, quotes: Int, documents: Int, latest: String?) {
        self.speaker = speaker
        self.via = via
        self.outlet = outlet
        self.quotes = quotes
        self.documents = documents
        self.latest = latest
    }
}
