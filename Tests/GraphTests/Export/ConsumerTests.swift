import Foundation
import Testing
@testable import Graph

/// Exports checked by the tools analysts use: Graphviz renders the DOT, xmllint validates the GraphML against the
/// GraphML 1.0 schema, and NetworkX reads the GraphML and JSON back with every node, edge and attribute typed.
@Suite struct ConsumerTests {
    static let selections: [(String, ExportSelection)] = [
        ("whole", ExportSelection()),
        ("co-mentions", ExportSelection(includeQuotes: false)),
        ("ego", ExportSelection(entities: [HostileGraph.boss], depth: 2)),
        ("persons since March", ExportSelection(since: "2024-03-01", types: [.person])),
    ]

    @Test(arguments: [ExportClustering?.none, .document, .type])
    func graphvizRendersHostileNames(clustering: ExportClustering?) throws {
        let graph = try HostileGraph()
        for (name, selection) in Self.selections {
            let path = graph.path("graph.dot")
            try exportFile(graph.store, .dot, to: path, selection, clustering: clustering)
            for engine in ["dot", "sfdp"] {
                let result = try ExternalTool.run(engine, ["-Tsvg", path, "-o", graph.path("graph.svg")])
                #expect(result.status == 0, "\(engine) refused the \(name) DOT: \(result.stderr)")
                #expect(result.stderr.isEmpty, "\(engine) warned on the \(name) DOT: \(result.stderr)")
            }
            let svg = try String(contentsOfFile: graph.path("graph.svg"), encoding: .utf8)
            if selection.includeQuotes && selection.types.isEmpty {
                // Labels survive: the emoji, the right-to-left name and the quote marks are drawn as written.
                #expect(svg.contains("مرحبا 😀 Land"))
                #expect(svg.contains("Kim &quot;The Boss&quot; O&#39;Neil") || svg.contains("Kim &quot;The Boss&quot; O'Neil"))
            }
        }
    }

    @Test(.enabled(if: ExternalTool.graphMLSchema != nil, "../shared/graphml-schema is absent (.ci/run always has it)"),
          arguments: [false, true])
    func graphMLValidatesAgainstTheSchema(yEd: Bool) throws {
        let schema = try #require(ExternalTool.graphMLSchema)
        let graph = try HostileGraph()
        for (name, selection) in Self.selections {
            let path = graph.path("graph.graphml")
            try exportFile(graph.store, .graphml, to: path, selection, yEd: yEd)
            let result = try ExternalTool.run("xmllint", ["--noout", "--schema", schema, path])
            if yEd {
                // yFiles elements are outside the GraphML schema; the file must still be well-formed XML.
                let wellFormed = try ExternalTool.run("xmllint", ["--noout", path])
                #expect(wellFormed.status == 0, "the yEd \(name) GraphML is not well-formed: \(wellFormed.stderr)")
            } else {
                #expect(result.status == 0, "the \(name) GraphML is not valid GraphML 1.0: \(result.stderr)")
            }
        }
    }

    @Test func networkXReadsEveryNodeEdgeAndAttribute() throws {
        let graph = try HostileGraph()
        for (name, selection) in Self.selections {
            let result = try checkWithNetworkX(graph.store, selection, in: graph.folder)
            #expect(result.status == 0, "NetworkX disagrees on the \(name) export:\n\(result.stdout)\(result.stderr)")
        }
    }

    @Test(.enabled(
        if: ExternalTool.seedsFolder != nil && ExternalTool.graphMLSchema != nil,
        "../shared/seeds or ../shared/graphml-schema is absent (.ci/run always has them)"))
    func seedsGraphPassesEveryCheck() throws {
        let seeds = try #require(ExternalTool.seedsFolder)
        let schema = try #require(ExternalTool.graphMLSchema)
        let graph = try HostileGraph()
        let store = try GraphStore(path: graph.path("seeds.sqlite"))
        _ = try Ingester(store: store).ingest(ArticleSource(paths: [seeds], standardInput: .text))
        try exportFile(store, .dot, to: graph.path("seeds.dot"))
        let dot = try ExternalTool.run("dot", ["-Tsvg", graph.path("seeds.dot"), "-o", graph.path("seeds.svg")])
        #expect(dot.status == 0 && dot.stderr.isEmpty, "dot on the seeds: \(dot.stderr)")
        try exportFile(store, .graphml, to: graph.path("seeds.graphml"))
        let xml = try ExternalTool.run("xmllint", ["--noout", "--schema", schema, graph.path("seeds.graphml")])
        #expect(xml.status == 0, "xmllint on the seeds: \(xml.stderr)")
        let result = try checkWithNetworkX(store, ExportSelection(), in: graph.folder.appendingPathComponent("seeds"))
        #expect(result.status == 0, "NetworkX on the seeds:\n\(result.stdout)\(result.stderr)")
    }

    /// Exports `selection` as GraphML, JSON, Cytoscape JSON and CSV, and has the NetworkX checker compare each with
    /// what the exporter streamed.
    private func checkWithNetworkX(_ store: GraphStore, _ selection: ExportSelection, in folder: URL) throws -> ExternalTool.Result {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let expectation = try record(store, selection).expectation()
        try expectation.serialized().write(toFile: path("expect.json"), atomically: true, encoding: .utf8)
        try exportFile(store, .graphml, to: path("g.graphml"), selection)
        try exportFile(store, .json, to: path("g.json"), selection)
        try exportFile(store, .cytoscape, to: path("g.cyjs"), selection)
        try exportFile(store, .csv, to: path("csv"), selection)
        return try ExternalTool.run("python3", [
            ExternalTool.checker, path("expect.json"), "--graphml", path("g.graphml"), "--json", path("g.json"),
            "--cyjs", path("g.cyjs"), "--csv", path("csv"),
        ])
    }
}
