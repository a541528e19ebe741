/// A scalar attribute value of an exported node or edge.
///
/// Exports keep every attribute scalar: GraphML and NetworkX have no lists, so several values (aliases) are joined
/// into one string.
public enum ExportValue: Sendable, Hashable {
    case string(String)
    case int(Int64)
    case double(Double)
    case bool(Bool)
}

/// The declared type of an attribute, named as GraphML names it.
public enum ExportValueType: String, Sendable, Hashable {
    case string, int, double, boolean
}

/// One attribute every writer declares before the graph: GraphML `<key>`s, CSV headers, DOT needs none.
public struct ExportAttribute: Sendable, Hashable {
    public enum Domain: String, Sendable, Hashable { case node, edge }

    public var name: String
    public var type: ExportValueType
    public var domain: Domain
    /// What it holds, for the GraphML `<desc>` and the docs.
    public var summary: String

    public init(_ name: String, _ type: ExportValueType, _ domain: Domain, _ summary: String) {
        self.name = name
        self.type = type
        self.domain = domain
        self.summary = summary
    }
}

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

/// What a writer learns before the first node: whether edges are directed, and every attribute it will meet.
public struct ExportHeader: Sendable, Hashable {
    public var directed: Bool
    /// Two edges may join the same two nodes (two quotes of one speaker relayed by one medium are two VIA paths).
    public var multigraph: Bool
    public var attributes: [ExportAttribute]
    /// A one-line description of the selection, written as a graph attribute or comment.
    public var description: String

    public init(directed: Bool, multigraph: Bool, attributes: [ExportAttribute], description: String) {
        self.directed = directed
        self.multigraph = multigraph
        self.attributes = attributes
        self.description = description
    }

    public var nodeAttributes: [ExportAttribute] { attributes.filter { $0.domain == .node } }
    public var edgeAttributes: [ExportAttribute] { attributes.filter { $0.domain == .edge } }

    /// The attributes of every export: fixed, so that each format can declare them before the graph.
    static func attributes(quotes: Bool, ego: Bool) -> [ExportAttribute] {
        var list: [ExportAttribute] = [
            .init("kind", .string, .node, "entity, quote or document"),
            .init("label", .string, .node, "the name, the quote's opening words, or the document's title"),
            .init("type", .string, .node, "entity type: PERSON, ORG, GPE, LOC, EVENT or OTHER"),
            .init("name", .string, .node, "entity canonical name, or document file name"),
            .init("aliases", .string, .node, "entity: other names, joined with ' | '"),
            .init("mentions", .int, .node, "entity: mentions in the exported documents; document: mentions in it"),
            .init("documents", .int, .node, "entity or quote: exported documents it appears in"),
            .init("quotes", .int, .node, "entity: quote occurrences it is the speaker of; document: quote occurrences in it"),
            .init("relayed", .int, .node, "entity: quote occurrences it relayed as the medium"),
            .init("first_seen", .string, .node, "entity or quote: earliest publication date of its documents"),
            .init("last_seen", .string, .node, "entity or quote: latest publication date of its documents"),
        ]
        if quotes {
            list += [
                .init("text", .string, .node, "quote: the full canonical text"),
                .init("quote_kind", .string, .node, "quote: direct, partial, scare or indirect (its first occurrence)"),
                .init("occurrences", .int, .node, "quote: occurrences in the exported documents"),
                .init("attributed", .boolean, .node, "quote: some occurrence has a speaker"),
                .init("title", .string, .node, "document: title"),
                .init("outlet", .string, .node, "document: outlet"),
                .init("url", .string, .node, "document: URL"),
                .init("published", .string, .node, "document: publication date, ISO 8601"),
            ]
        }
        if ego { list.append(.init("depth", .int, .node, "hops from the --entity node")) }
        list += [
            .init("kind", .string, .edge, "SAID, VIA, APPEARS_IN, MENTIONS, RELATION or CO_MENTION"),
            .init("label", .string, .edge, "SAID: the quote's opening words; RELATION: the predicate; else the kind"),
            .init("weight", .double, .edge, "MENTIONS: mentions; CO_MENTION: documents naming both; else 1"),
        ]
        if quotes {
            list += [
                .init("cue", .string, .edge, "SAID, VIA: the speech verb or phrase"),
                .init("confidence", .double, .edge, "SAID, VIA, APPEARS_IN: the extractor's confidence in the speaker"),
                .init("quote_kind", .string, .edge, "SAID, VIA, APPEARS_IN: direct, partial, scare or indirect"),
                .init("predicate", .string, .edge, "RELATION: spokesperson_of, leader_of, ..."),
                .init("evidence", .string, .edge, "RELATION: the words it was read from"),
                .init("document", .string, .edge, "the document node id of the evidence (D3)"),
                .init("start", .int, .edge, "the evidence's start, in Unicode scalars into the document's text"),
                .init("end", .int, .edge, "the evidence's end (exclusive)"),
            ]
        }
        return list
    }
}
