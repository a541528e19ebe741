/// A format: receives the header, then every node, then every edge, then (DOT only) cluster members, then `end`.
///
/// Writers hold no nodes or edges: each is written out as it arrives.
public protocol GraphWriter: AnyObject {
    func begin(_ header: ExportHeader) throws
    func node(_ node: ExportNode) throws
    /// Called once after the last node and before the first edge.
    func nodesDone() throws
    func edge(_ edge: ExportEdge) throws
    /// Whether the writer groups nodes into clusters, and how.
    var clustering: ExportClustering? { get }
    /// A node that belongs to a cluster; members arrive grouped by `key`, after the edges.
    func clusterMember(key: String, label: String, node: String) throws
    func end() throws
}

extension GraphWriter {
    public func nodesDone() throws {}
    public var clustering: ExportClustering? { nil }
    public func clusterMember(key: String, label: String, node: String) throws {}
}

/// How DOT groups nodes into `subgraph cluster_...` boxes.
public enum ExportClustering: String, Sendable, Hashable, CaseIterable {
    /// Each document with the quotes and entities seen only in it; nodes seen in several documents stay outside.
    case document
    /// Entities by type.
    case type
}

/// The export formats.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    case dot, graphml, json, cytoscape, csv

    /// The default file name under `exports/` (CSV writes a folder of two files).
    public var defaultFileName: String {
        switch self {
        case .dot: "graph.dot"
        case .graphml: "graph.graphml"
        case .json: "graph.json"
        case .cytoscape: "graph.cyjs"
        case .csv: "graph-csv"
        }
    }
}

/// Streams a selection of the graph from the store into a writer.
public struct GraphExporter {
    public let store: GraphStore

    public init(store: GraphStore) {
        self.store = store
    }

    /// Counts of what was written.
    public struct Summary: Sendable, Hashable {
        public var nodes = 0
        public var edges = 0
    }

    /// Writes the selected part of the graph through `writer`, in one read snapshot.
    ///
    /// Memory stays flat in the size of the graph: rows go from SQLite to the writer one at a time; the selection
    /// (ids and counts) lives in SQLite TEMP tables.
    ///
    /// - Throws: `ExportError` for an unknown centre entity or an unwritable file, `StoreError` from SQLite.
    /// - Complexity: O(n + e) rows read, plus SQLite's sorts for the GROUP BYs.
    @discardableResult
    public func export(_ selection: ExportSelection, to writer: some GraphWriter) throws -> Summary {
        var summary = Summary()
        let ego = !selection.entities.isEmpty
        try store.database.read {
            try store.prepareExport(selection)
            defer { try? store.dropExport() }
            try writer.begin(ExportHeader(
                directed: selection.includeQuotes, multigraph: selection.includeQuotes,
                attributes: ExportHeader.attributes(quotes: selection.includeQuotes, ego: ego),
                description: selection.summary))
            try store.forEachExportNode(ego: ego) { node in
                summary.nodes += 1
                var node = node
                node.attributes.removeAll(where: Self.isEmpty)
                try writer.node(node)
            }
            try writer.nodesDone()
            try store.forEachExportEdge(quotes: selection.includeQuotes) { edge in
                summary.edges += 1
                var edge = edge
                edge.attributes.removeAll(where: Self.isEmpty)
                try writer.edge(edge)
            }
            if let clustering = writer.clustering {
                try store.forEachExportClusterMember(by: clustering) { key, label, node in
                    try writer.clusterMember(key: key, label: label, node: node)
                }
            }
            try writer.end()
        }
        return summary
    }

    /// An empty string is left out rather than written: GraphML readers turn an empty `<data>` into None or "None".
    private static func isEmpty(_ attribute: (String, ExportValue)) -> Bool {
        if case .string("") = attribute.1 { return true }
        return false
    }
}
