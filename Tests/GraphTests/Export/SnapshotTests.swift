import Foundation
import Testing
@testable import Graph

/// Golden files for the hostile graph, in Tests/GraphTests/Snapshots. After a deliberate change to a format,
/// re-record them with `GRAPH_UPDATE_SNAPSHOTS=1 swift test --filter SnapshotTests` and review the diff.
@Suite struct SnapshotTests {
    static let folder = ExternalTool.packageRoot.appendingPathComponent("Tests/GraphTests/Snapshots")

    static let cases: [(file: String, format: ExportFormat, selection: ExportSelection, clustering: ExportClustering?, yEd: Bool)] = [
        ("hostile.dot", .dot, ExportSelection(), nil, false),
        ("hostile-clusters.dot", .dot, ExportSelection(), .document, false),
        ("hostile-comention.dot", .dot, ExportSelection(includeQuotes: false), .type, false),
        ("hostile.graphml", .graphml, ExportSelection(), nil, false),
        ("hostile-yed.graphml", .graphml, ExportSelection(), nil, true),
        ("hostile-comention.graphml", .graphml, ExportSelection(includeQuotes: false), nil, false),
        ("hostile.json", .json, ExportSelection(), nil, false),
        ("hostile.cyjs", .cytoscape, ExportSelection(), nil, false),
        ("hostile-csv", .csv, ExportSelection(), nil, false),
    ]

    @Test func exportsMatchTheGoldenFiles() throws {
        let graph = try HostileGraph()
        let update = ProcessInfo.processInfo.environment["GRAPH_UPDATE_SNAPSHOTS"] == "1"
        for item in Self.cases {
            let written = graph.path(item.file)
            try exportFile(graph.store, item.format, to: written, item.selection, clustering: item.clustering, yEd: item.yEd)
            let files = item.format == .csv ? ["nodes.csv", "edges.csv"] : [""]
            for name in files {
                let actualPath = name.isEmpty ? written : written + "/" + name
                let goldenURL = name.isEmpty ? Self.folder.appendingPathComponent(item.file)
                    : Self.folder.appendingPathComponent(item.file).appendingPathComponent(name)
                let actual = try Data(contentsOf: URL(fileURLWithPath: actualPath))
                if update {
                    try FileManager.default.createDirectory(at: goldenURL.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try actual.write(to: goldenURL)
                    continue
                }
                guard let golden = try? Data(contentsOf: goldenURL) else {
                    Issue.record("no golden file \(goldenURL.path); record it with GRAPH_UPDATE_SNAPSHOTS=1")
                    continue
                }
                #expect(actual == golden, "\(goldenURL.lastPathComponent) differs from the golden file; diff \(actualPath) \(goldenURL.path)")
            }
        }
    }
}
