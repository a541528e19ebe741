/// An article as it arrives, before extraction: its text and whatever metadata the source gave.
public struct SourceDocument: Sendable, Hashable, Codable {
    /// The file name, or the JSON Lines `id`, or a name made from the line for standard input.
    public var name: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    /// Publication date as ISO 8601 text.
    public var published: String?
    public var text: String

    public init(
        name: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
        published: String? = nil, text: String
    ) {
        self.name = name
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.text = text
    }
}
