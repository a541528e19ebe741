/// The kinds of tie between two entities that `neighbors` and `path` follow, each backed by evidence.
public enum EdgeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A stated role or tie: "Jan-Olav Sunde, spokesman of the CGC". Evidence: the passage.
    case relation
    /// One said words that name the other. Evidence: the quote.
    case said
    /// One's words were relayed through the other ("according to FNA"). Evidence: the quote.
    case via
    /// Both are named in the same document. Evidence: the article.
    case mentions

    /// Strongest first: the order in which a hop's evidence is chosen when several kinds join two entities.
    public static let byStrength: [EdgeKind] = [.relation, .said, .via, .mentions]
}
