/// Writes JSON, one node or edge a line, in one of two shapes:
///
/// - `nodeLink`: NetworkX's node-link form, `{"directed", "multigraph", "graph", "nodes": [{"id", ...}],
///   "edges": [{"source", "target", "key", ...}]}`, read by `networkx.node_link_graph(data, edges="edges")` and D3.
/// - `cytoscape`: Cytoscape.js elements, `{"data", "directed", "multigraph", "elements": {"nodes": [{"data": {...}}],
///   "edges": [{"data": {"id", "source", "target", ...}}]}}`, read by Cytoscape.js (`cy.json()` or
///   `cytoscape({elements})`), Cytoscape desktop (File > Import > Network from File, .cyjs) and
///   `networkx.cytoscape_graph`.
///
/// Attribute values keep their types: integers, doubles, booleans and strings; absent attributes are left out.
public final class JSONGraphWriter: GraphWriter {
    public enum Shape: Sendable { case nodeLink, cytoscape }

    private let output: ExportOutput
    private let shape: Shape
    private var multigraph = true
    private var first = true

    public init(output: ExportOutput, shape: Shape = .nodeLink) {
        self.output = output
        self.shape = shape
    }

    public func begin(_ header: ExportHeader) throws {
        multigraph = header.multigraph
        let graph = JSONValue.object([("name", "graphctl export"), ("description", .string(header.description))])
        switch shape {
        case .nodeLink:
            try output.write("{\"directed\": \(header.directed), \"multigraph\": \(header.multigraph), \"graph\": "
                + graph.serialized() + ",\n\"nodes\": [\n")
        case .cytoscape:
            try output.write("{\"data\": " + graph.serialized() + ", \"directed\": \(header.directed), "
                + "\"multigraph\": \(header.multigraph),\n\"elements\": {\"nodes\": [\n")
        }
        first = true
    }

    public func node(_ node: ExportNode) throws {
        var members = [("id", JSONValue.string(node.id))]
        // networkx.cytoscape_graph takes the node from "value", as networkx.cytoscape_data writes it.
        if shape == .cytoscape { members.append(("value", .string(node.id))) }
        members += node.attributes.map { ($0.0, Self.json($0.1)) }
        try item(shape == .nodeLink ? .object(members) : .object([("data", .object(members))]))
    }

    public func nodesDone() throws {
        try output.write(shape == .nodeLink ? "\n],\n\"edges\": [\n" : "\n],\n\"edges\": [\n")
        first = true
    }

    public func edge(_ edge: ExportEdge) throws {
        var members: [(String, JSONValue)] = [("source", .string(edge.source)), ("target", .string(edge.target))]
        switch shape {
        case .nodeLink:
            members.append(multigraph ? ("key", .string(edge.id)) : ("id", .string(edge.id)))
            members += edge.attributes.map { ($0.0, Self.json($0.1)) }
            try item(.object(members))
        case .cytoscape:
            members.insert(("id", .string(edge.id)), at: 0)
            if multigraph { members.append(("key", .string(edge.id))) }
            members += edge.attributes.map { ($0.0, Self.json($0.1)) }
            try item(.object([("data", .object(members))]))
        }
    }

    public func end() throws {
        try output.write(shape == .nodeLink ? "\n]}\n" : "\n]}}\n")
        try output.close()
    }

    private func item(_ value: JSONValue) throws {
        var line = first ? "" : ",\n"
        first = false
        value.write(to: &line)
        try output.write(line)
    }

    static func json(_ value: ExportValue) -> JSONValue {
        switch value {
        case let .string(text): .string(text)
        case let .int(number): .int(number)
        case let .double(number): .double(number)
        case let .bool(flag): .bool(flag)
        }
    }
}
