import Foundation
@testable import Graph

/// A stand-in extractor for export tests: each document's findings are written out by hand, as strings that occur
/// in its text; the component finds their byte spans. Independent of the real extraction rules on purpose.
struct ExportScript: Component {
    struct Entity {
        var name: String
        var type: EntityType
        var aliases: [String] = []
        /// Every occurrence of these strings in the text is a mention.
        var surfaces: [String]
    }

    struct Quote {
        var text: String
        var kind: QuoteKind = .direct
        var speaker: Int?
        var via: Int?
        var cue: String?
        var confidence = 0.9
    }

    struct Relation {
        var subject: Int
        var predicate: String
        var object: Int
        var evidence: String
    }

    struct Script {
        var entities: [Entity]
        var quotes: [Quote] = []
        var relations: [Relation] = []
    }

    var name = "test-scripted"
    var version = "1"
    var requires: Set<Annotation> = []
    var assigns: Set<Annotation> = [.entities, .quotations, .attributions, .relations]
    /// Scripts by the exact text of the document they describe.
    var scripts: [String: Script]

    func process(_ doc: inout Doc) {
        guard let script = scripts[doc.text] else { return }
        for entity in script.entities {
            let spans = entity.surfaces.flatMap { Self.occurrences(of: $0, in: doc.bytes) }
            doc.entities.append(DocEntity(name: entity.name, type: entity.type, aliases: entity.aliases, mentions: spans))
        }
        for quote in script.quotes {
            guard let span = Self.occurrences(of: quote.text, in: doc.bytes).first else { continue }
            doc.quotes.append(DocQuote(
                span: span, kind: quote.kind, speaker: quote.speaker, via: quote.via, cue: quote.cue,
                confidence: quote.confidence, extractor: name, extractorVersion: version))
        }
        for relation in script.relations {
            guard let span = Self.occurrences(of: relation.evidence, in: doc.bytes).first else { continue }
            doc.relations.append(DocRelation(
                subject: relation.subject, predicate: relation.predicate, object: relation.object, evidence: span))
        }
    }

    /// Byte spans of every non-overlapping occurrence of `needle`.
    static func occurrences(of needle: String, in bytes: [UInt8]) -> [ByteSpan] {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= bytes.count else { return [] }
        var spans: [ByteSpan] = []
        var index = 0
        while index + pattern.count <= bytes.count {
            if bytes[index..<index + pattern.count].elementsEqual(pattern) {
                spans.append(ByteSpan(index, index + pattern.count))
                index += pattern.count
            } else {
                index += 1
            }
        }
        return spans
    }
}

/// A temporary database holding a small graph with hostile names: quotes, backslashes, newlines, tabs, a control
/// character, emoji, `<&>`, `]]>`, right-to-left text, braces and `--`. Written for this project; no article text.
final class HostileGraph {
    let folder: URL
    let store: GraphStore

    // Entity names, hostile on purpose.
    static let boss = "Kim \"The Boss\" O'Neil"
    static let wire = "AT&T <News> \\ Wire"
    static let land = "مرحبا 😀 Land"
    static let dash = "Line\nBreak {Brace} -- Dash"
    static let summit = "Summit ]]> & \"</data>\"\tTabbed\u{7}Bell"

    // Quote texts.
    static let respond = "We will respond \\ with {force} -- \"now\""
    static let script = "<script>alert('x')</script> & ]]> \\n"
    static let rtl = "مرحبا 😀 بالعالم، قال"

    static let documents: [SourceDocument] = [
        SourceDocument(
            name: "hostile \"one\".txt", title: "Title with \"quotes\" & <tags> \\ end\\", outlet: "O'Reilly \"Media\"",
            url: "https://example.org/a?x=1&y=<2>", published: "2024-03-01",
            text: "\(boss) said: \(respond). \(boss) also wrote \(script), according to \(wire). "
                + "\(boss), the leader of \(land), spoke again: \(respond)."),
        SourceDocument(
            name: "hostile-two.txt", title: "Second {brace} -- dash", published: "2024-04-10T08:30:00Z",
            text: "In \(land), \(boss) said \(respond) through \(wire). \(dash), spokesperson of \(wire), agreed."),
        SourceDocument(
            name: "undated.txt",
            text: "\(dash) said \(rtl) at the \(summit). \(summit) ended."),
    ]

    static var pipeline: Pipeline {
        let texts = documents.map(\.text)
        let scripts: [String: ExportScript.Script] = [
            texts[0]: .init(
                entities: [
                    .init(name: boss, type: .person, aliases: ["Kim", "K.\\B"], surfaces: [boss]),
                    .init(name: wire, type: .organization, surfaces: [wire]),
                    .init(name: land, type: .geopolitical, surfaces: [land]),
                ],
                quotes: [
                    .init(text: respond, speaker: 0, via: 1, cue: "said"),
                    .init(text: script, kind: .scare, via: 1, cue: "according to", confidence: 0.25),
                    .init(text: "\(respond).", speaker: 0, via: 1, cue: "spoke again", confidence: 0.75),
                ],
                relations: [.init(subject: 0, predicate: "leader_of", object: 2, evidence: "the leader of \(land)")]),
            texts[1]: .init(
                entities: [
                    .init(name: boss, type: .person, surfaces: [boss]),
                    .init(name: wire, type: .organization, surfaces: [wire]),
                    .init(name: land, type: .geopolitical, surfaces: [land]),
                    .init(name: dash, type: .person, surfaces: [dash]),
                ],
                quotes: [.init(text: respond, kind: .partial, speaker: 0, via: 1, cue: "said through", confidence: 0.5)],
                relations: [.init(subject: 3, predicate: "spokesperson_of", object: 1, evidence: "spokesperson of \(wire)")]),
            texts[2]: .init(
                entities: [
                    .init(name: dash, type: .person, surfaces: [dash]),
                    .init(name: summit, type: .event, surfaces: [summit]),
                ],
                quotes: [.init(text: rtl, kind: .indirect, speaker: 0)]),
        ]
        return try! Pipeline([ExportScript(scripts: scripts)])
    }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("graph-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try GraphStore(path: folder.appendingPathComponent("graph.sqlite").path)
        _ = try Ingester(store: store, pipeline: Self.pipeline).ingest(Self.documents.map(IngestItem.document))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
}

/// A writer that keeps what it is given, for tests of the selection (never used for large graphs).
final class RecordingWriter: GraphWriter {
    var header: ExportHeader?
    var nodes: [ExportNode] = []
    var edges: [ExportEdge] = []
    var ended = false

    func begin(_ header: ExportHeader) throws { self.header = header }
    func node(_ node: ExportNode) throws { nodes.append(node) }
    func edge(_ edge: ExportEdge) throws { edges.append(edge) }
    func end() throws { ended = true }

    var nodeIDs: Set<String> { Set(nodes.map(\.id)) }
    func node(_ id: String) -> ExportNode? { nodes.first { $0.id == id } }
    func edges(_ kind: ExportEdgeKind) -> [ExportEdge] { edges.filter { $0.kind == kind } }

    /// What the NetworkX checker expects to read back: every node, edge and attribute with its declared type.
    func expectation() -> JSONValue {
        let types = Dictionary((header?.attributes ?? []).map { ("\($0.domain.rawValue):\($0.name)", $0.type.rawValue) }) { a, _ in a }
        func attributes(_ list: [(String, ExportValue)], _ domain: String) -> JSONValue {
            .object(list.map { name, value in
                (name, .array([.string(types["\(domain):\(name)"] ?? "?"), JSONGraphWriter.json(value)]))
            })
        }
        return .object([
            ("directed", .bool(header?.directed ?? true)),
            ("multigraph", .bool(header?.multigraph ?? true)),
            ("nodes", .object(nodes.map { ($0.id, attributes($0.attributes, "node")) })),
            ("edges", .object(edges.map {
                ($0.id, .object([("source", .string($0.source)), ("target", .string($0.target)),
                                 ("attributes", attributes($0.attributes, "edge"))]))
            })),
        ])
    }
}

/// Runs an external tool (dot, xmllint, python3) and captures what it says.
enum ExternalTool {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/graphml-schema/graphml.xsd` next to the package, when present.
    static var graphMLSchema: String? {
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/graphml-schema/graphml.xsd").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static var seedsFolder: String? {
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static var checker: String { packageRoot.appendingPathComponent("Tests/tools/check_networkx.py").path }

    /// Runs `tool` found on PATH; a missing tool is a failure with what to install, as CI installs them all.
    static func run(_ tool: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes concurrently so that neither fills up and blocks the tool.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let result = Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
        if result.status == 127 {
            throw ToolMissing(tool: tool)
        }
        return result
    }

    struct ToolMissing: Error, CustomStringConvertible {
        var tool: String
        var description: String {
            "\(tool) is not installed; install it (apt-get install -y graphviz libxml2-utils; pip install networkx) "
                + "or run .ci/run, which does"
        }
    }
}

/// Writes the whole export of `store` in `format` to `path`.
func exportFile(_ store: GraphStore, _ format: ExportFormat, to path: String, _ selection: ExportSelection = ExportSelection(),
                clustering: ExportClustering? = nil, yEd: Bool = false) throws {
    let writer: any GraphWriter
    switch format {
    case .dot: writer = DOTWriter(output: try ExportOutput(path: path), clustering: clustering)
    case .graphml: writer = GraphMLWriter(output: try ExportOutput(path: path), yEd: yEd)
    case .json: writer = JSONGraphWriter(output: try ExportOutput(path: path))
    case .cytoscape: writer = JSONGraphWriter(output: try ExportOutput(path: path), shape: .cytoscape)
    case .csv:
        writer = Neo4jCSVWriter(
            nodes: try ExportOutput(path: path + "/nodes.csv"), edges: try ExportOutput(path: path + "/edges.csv"))
    }
    try GraphExporter(store: store).export(selection, to: writer)
}

func record(_ store: GraphStore, _ selection: ExportSelection = ExportSelection()) throws -> RecordingWriter {
    let writer = RecordingWriter()
    try GraphExporter(store: store).export(selection, to: writer)
    return writer
}
