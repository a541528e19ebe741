import ArgumentParser
import Foundation
import Graph

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph, or part of it, as DOT, GraphML, JSON or CSV for other tools.",
        discussion: """
            Nodes: entities (E12), quotes (Q7) and documents (D3), with the ids that
            `graphctl entities` and `graphctl quotes` print. Edges: SAID (speaker ->
            quote), VIA (quote -> medium), APPEARS_IN (quote -> document), MENTIONS
            (document -> entity), RELATION (entity -> entity). --no-quotes gives the
            undirected co-mention graph of entities, weighted by shared documents.

            Formats:
              dot        Graphviz; `dot` for small graphs, `sfdp` for large ones
              graphml    Gephi, yEd (--yed for labels and shapes), Cytoscape, NetworkX
              json       NetworkX node-link: networkx.node_link_graph(data)
              cytoscape  Cytoscape.js elements JSON (.cyjs)
              csv        a folder with nodes.csv and edges.csv for neo4j-admin import

            Examples:
              graphctl export --format dot --out - | dot -Tsvg > graph.svg
              graphctl export --entity "Sara Lindqvist" --depth 2
              graphctl export --format json --since 2024-01-01 --until 2024-06-30
              graphctl export --no-quotes --min-mentions 3
              graphctl export --format csv --out exports/neo4j
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "dot, graphml, json, cytoscape or csv.")
    var format: FormatArgument = .graphml

    @Option(help: ArgumentHelp(
        "Output file, or - for standard output; for csv, a folder (default: exports/graph.<format>, exports/graph-csv).",
        valueName: "path"))
    var out: String?

    @Option(help: ArgumentHelp("Export the ego network of this entity (a name or an id such as E12); repeatable.", valueName: "name"))
    var entity: [String] = []

    @Option(help: "Hops from --entity, counted in the exported graph (quotes and documents are nodes too; default 1).")
    var depth: Int?

    @Option(help: ArgumentHelp("Only entities of this type (PERSON, ORG, GPE, LOC, EVENT, OTHER); repeatable.", valueName: "type"))
    var type: [EntityTypeArgument] = []

    @Option(help: ArgumentHelp("Only this document (its name, or an id such as D3); repeatable.", valueName: "name"))
    var document: [String] = []

    @Option(help: ArgumentHelp("Only documents published on or after this date (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only documents published on or before this date (YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(help: "Only entities mentioned at least this many times in the exported documents.")
    var minMentions = 0

    @Flag(inversion: .prefixedNo, help: "Quote and document nodes (--no-quotes: the entity co-mention graph).")
    var quotes = true

    @Option(help: "DOT only: group nodes into clusters by document or by type.")
    var cluster: ClusteringArgument?

    @Flag(help: "GraphML only: add yEd's labels, shapes and colours (yFiles extension).")
    var yed = false

    func validate() throws {
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if depth != nil && entity.isEmpty { throw ValidationError("--depth counts hops from --entity; name one") }
        if minMentions < 0 { throw ValidationError("--min-mentions must be 0 or more") }
        for date in [since, until].compactMap({ $0 }) where !Self.isDate(date) {
            throw ValidationError("'\(date)' is not a date; write it as YYYY-MM-DD, e.g. 2024-05-31")
        }
        if format.value == .csv && out == "-" {
            throw ValidationError("csv writes two files (nodes.csv, edges.csv); give --out a folder")
        }
        if cluster != nil && format.value != .dot { throw ValidationError("--cluster applies to --format dot only") }
        if yed && format.value != .graphml { throw ValidationError("--yed applies to --format graphml only") }
    }

    func run() throws {
        let store = try database.open(readOnly: true)
        let selection = ExportSelection(
            documents: document, since: since, until: until, types: Set(type.map(\.value)), minMentions: minMentions,
            entities: entity, depth: depth ?? 1, includeQuotes: quotes)
        let path = out ?? "exports/" + format.value.defaultFileName
        let writer: any GraphWriter
        switch format.value {
        case .dot: writer = DOTWriter(output: try ExportOutput(path: path), clustering: cluster?.value)
        case .graphml: writer = GraphMLWriter(output: try ExportOutput(path: path), yEd: yed)
        case .json: writer = JSONGraphWriter(output: try ExportOutput(path: path), shape: .nodeLink)
        case .cytoscape: writer = JSONGraphWriter(output: try ExportOutput(path: path), shape: .cytoscape)
        case .csv:
            let folder = URL(fileURLWithPath: path)
            writer = Neo4jCSVWriter(
                nodes: try ExportOutput(path: folder.appendingPathComponent("nodes.csv").path),
                edges: try ExportOutput(path: folder.appendingPathComponent("edges.csv").path))
        }
        let summary = try GraphExporter(store: store).export(selection, to: writer)
        var note = path == "-" ? "" : "wrote \(summary.nodes) nodes and \(summary.edges) edges to \(path)\n"
        if format.value == .dot && summary.nodes > 2_000 {
            note += "a large graph for dot: render it with sfdp -Goverlap=prism -Gsplines=false -Tsvg\n"
        }
        if !note.isEmpty { FileHandle.standardError.write(Data(note.utf8)) }
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}

typealias FormatArgument = Choice<ExportFormat>

extension Choice where Value == ExportFormat {
    static var graphml: Self { Self(.graphml) }
}

typealias ClusteringArgument = Choice<ExportClustering>
