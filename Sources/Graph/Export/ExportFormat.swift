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
