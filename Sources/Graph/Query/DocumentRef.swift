/// A document as query results show it: its name, and the metadata analysts sort and filter by.
public struct DocumentRef: Sendable, Hashable, Codable {
    public var id: DocumentID
    public var name: String
    public var title: String?
    public var outlet: String?
    /// Publication date, ISO 8601, when the source gave one.
    public var published: String?

    public init(id: DocumentID, name: String, title: String? = nil, outlet: String? = nil, published: String? = nil) {
        self.id = id
        self.name = name
        self.title = title
        self.outlet = outlet
        self.published = published
    }
}
