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
