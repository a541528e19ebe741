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
