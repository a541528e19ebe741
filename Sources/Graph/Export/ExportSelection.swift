/// Which part of the graph an export holds. The default is the whole graph.
///
/// Filters apply in this order: documents (`documents`, `since`, `until`), then entities (`types`, `minMentions`),
/// then quotes, then the ego network (`entities`, `depth`) over what is left. Counts on the nodes (mentions, first
/// and last seen) are counted over the selected documents only.
public struct ExportSelection: Sendable, Hashable {
    /// Names (or "D3" ids) of documents to keep; empty keeps all.
    public var documents: [String] = []
    /// Keep documents published on or after this ISO 8601 date (documents without a date are left out).
    public var since: String?
    /// Keep documents published on or before this ISO 8601 date (the whole day counts).
    public var until: String?
    /// Entity types to keep; empty keeps all.
    public var types: Set<EntityType> = []
    /// Keep entities with at least this many mentions in the selected documents.
    public var minMentions = 0
    /// Names (or "E12" ids) of the entities at the centre of an ego network; empty exports everything selected.
    public var entities: [String] = []
    /// Hops from the centre entities, counted in the exported graph (quotes and documents are nodes too).
    public var depth = 1
    /// Quote and document nodes with SAID, VIA, APPEARS_IN, MENTIONS and RELATION edges; when false, the undirected
    /// entity co-mention graph, its edges weighted by the number of documents that name both ends.
    public var includeQuotes = true

    public init(
        documents: [String] = [], since: String? = nil, until: String? = nil, types: Set<EntityType> = [],
        minMentions: Int = 0, entities: [String] = [], depth: Int = 1, includeQuotes: Bool = true
    ) {
        self.documents = documents
        self.since = since
        self.until = until
        self.types = types
        self.minMentions = minMentions
        self.entities = entities
        self.depth = depth
        self.includeQuotes = includeQuotes
    }

    /// Whether an entity filter is on, so that quotes need a kept speaker or medium to be kept.
    var filtersEntities: Bool { !types.isEmpty || minMentions > 0 }

    /// A one-line account of the selection, for the export's header.
    public var summary: String {
        var parts: [String] = [includeQuotes ? "who said what" : "entity co-mentions"]
        if !documents.isEmpty { parts.append("documents " + documents.joined(separator: ", ")) }
        if let since { parts.append("since \(since)") }
        if let until { parts.append("until \(until)") }
        if !types.isEmpty { parts.append("types " + types.map(\.rawValue).sorted().joined(separator: ",")) }
        if minMentions > 0 { parts.append("at least \(minMentions) mentions") }
        if !entities.isEmpty { parts.append("within \(depth) hops of " + entities.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }
}
