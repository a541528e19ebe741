/// The kinds of edge in an export.
public enum ExportEdgeKind: String, Sendable, Hashable, CaseIterable {
    /// speaker -> quote, one per attribution.
    case said = "SAID"
    /// quote -> medium, one per attribution.
    case via = "VIA"
    /// quote -> document, one per attribution.
    case appearsIn = "APPEARS_IN"
    /// document -> entity, one per document and entity, weighted by the number of mentions.
    case mentions = "MENTIONS"
    /// entity -> entity, one per relation found, with its predicate.
    case relation = "RELATION"
    /// entity -- entity in the co-mention graph (`--no-quotes`), weighted by the documents that name both.
    case coMention = "CO_MENTION"

    /// The prefix of the edge id; with the evidence row's id it makes ids that are stable across runs.
    var prefix: String {
        switch self {
        case .said: "S"
        case .via: "V"
        case .appearsIn: "A"
        case .mentions: "M"
        case .relation: "R"
        case .coMention: "C"
        }
    }
}

/// An edge as the store streams it to a writer.
public struct ExportEdge: Sendable, Hashable {
    /// Stable across runs: the kind's prefix and the evidence row ("S41" is attribution 41 as a SAID edge).
    public var id: String
    public var kind: ExportEdgeKind
    public var source: String
    public var target: String
    public var label: String
    public var attributes: [(String, ExportValue)]

    public init(id: String, kind: ExportEdgeKind, source: String, target: String, label: String, attributes: [(String, ExportValue)]) {
        self.id = id
        self.kind = kind
        self.source = source
        self.target = target
        self.label = label
        self.attributes = attributes
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.id == b.id && a.kind == b.kind && a.source == b.source && a.target == b.target && a.label == b.label
            && a.attributes.map(\.0) == b.attributes.map(\.0) && a.attributes.map(\.1) == b.attributes.map(\.1)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
