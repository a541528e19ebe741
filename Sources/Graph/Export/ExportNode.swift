/// The kinds of node in an export.
public enum ExportNodeKind: String, Sendable, Hashable, CaseIterable {
    case entity, quote, document

    /// The prefix of the node id: "E12", "Q7", "D3", as `graphctl quotes/entities --format jsonl` print them.
    public var prefix: String {
        switch self {
        case .entity: "E"
        case .quote: "Q"
        case .document: "D"
        }
    }
}

/// A node as the store streams it to a writer. Attributes are in declaration order; absent ones are left out.
public struct ExportNode: Sendable, Hashable {
    public var id: String
    public var kind: ExportNodeKind
    public var label: String
    /// The entity type, for entities.
    public var entityType: EntityType?
    public var attributes: [(String, ExportValue)]

    public init(id: String, kind: ExportNodeKind, label: String, entityType: EntityType? = nil, attributes: [(String, ExportValue)]) {
        self.id = id
        self.kind = kind
        self.label = label
        self.entityType = entityType
        self.attributes = attributes
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.id == b.id && a.kind == b.kind && a.label == b.label && a.entityType == b.entityType
            && a.attributes.map(\.0) == b.attributes.map(\.0) && a.attributes.map(\.1) == b.attributes.map(\.1)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
