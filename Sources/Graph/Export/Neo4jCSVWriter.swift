/// Writes `nodes.csv` and `edges.csv` in the layout Neo4j's bulk importer reads (`neo4j-admin database import`):
/// typed headers (`id:ID`, `:LABEL`, `mentions:int`, `:START_ID`, `:END_ID`, `:TYPE`, `weight:double`), one global
/// id space ("E12", "Q7", "D3"), labels `Entity;Person`, `Quote`, `Document`, relationship types SAID, VIA,
/// APPEARS_IN, MENTIONS, RELATION, CO_MENTION.
///
/// Fields are RFC 4180 (quote marks doubled), records end with a line feed, and quote texts may span lines: import
/// with `--multiline-fields=true`. An absent attribute is an empty field, which Neo4j leaves unset.
public final class Neo4jCSVWriter: GraphWriter {
    private let nodes: ExportOutput
    private let edges: ExportOutput
    private var nodeColumns: [ExportAttribute] = []
    private var edgeColumns: [ExportAttribute] = []
    private var nodeIndex: [String: Int] = [:]
    private var edgeIndex: [String: Int] = [:]

    /// - Parameters:
    ///   - nodes: where `nodes.csv` goes.
    ///   - edges: where `edges.csv` goes.
    public init(nodes: ExportOutput, edges: ExportOutput) {
        self.nodes = nodes
        self.edges = edges
    }

    public func begin(_ header: ExportHeader) throws {
        nodeColumns = header.nodeAttributes
        edgeColumns = header.edgeAttributes.filter { $0.name != "kind" }
        nodeIndex = Dictionary(uniqueKeysWithValues: nodeColumns.enumerated().map { ($0.element.name, $0.offset) })
        edgeIndex = Dictionary(uniqueKeysWithValues: edgeColumns.enumerated().map { ($0.element.name, $0.offset) })
        try nodes.write(Self.record(["id:ID", ":LABEL"] + nodeColumns.map(Self.header)))
        try edges.write(Self.record([":START_ID", ":END_ID", ":TYPE", "id"] + edgeColumns.map(Self.header)))
    }

    public func node(_ node: ExportNode) throws {
        var labels: String
        switch node.kind {
        case .entity: labels = "Entity;" + Self.label[node.entityType ?? .other, default: "Other"]
        case .quote: labels = "Quote"
        case .document: labels = "Document"
        }
        try nodes.write(Self.record([node.id, labels] + Self.fields(nodeIndex, nodeColumns.count, node.attributes)))
    }

    public func edge(_ edge: ExportEdge) throws {
        try edges.write(Self.record([edge.source, edge.target, edge.kind.rawValue, edge.id]
            + Self.fields(edgeIndex, edgeColumns.count, edge.attributes)))
    }

    public func end() throws {
        try nodes.close()
        try edges.close()
    }

    static let label: [EntityType: String] = [
        .person: "Person", .organization: "Organization", .geopolitical: "Geopolitical", .location: "Location",
        .event: "Event", .other: "Other",
    ]

    static func header(_ attribute: ExportAttribute) -> String {
        switch attribute.type {
        case .string: attribute.name
        case .int: attribute.name + ":long"
        case .double: attribute.name + ":double"
        case .boolean: attribute.name + ":boolean"
        }
    }

    /// The values of `attributes` in column order; absent ones empty.
    static func fields(_ index: [String: Int], _ count: Int, _ attributes: [(String, ExportValue)]) -> [String] {
        var fields = Array(repeating: "", count: count)
        for (name, value) in attributes {
            if let column = index[name] { fields[column] = ExportText.plain(value) }
        }
        return fields
    }

    static func record(_ fields: [String]) -> String {
        fields.map(CSVField.escape).joined(separator: ",") + "\n"
    }
}
