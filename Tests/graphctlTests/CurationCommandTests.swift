import Foundation
import Graph
import Testing

/// The curation commands through the built binary, on a graph made by a scripted extractor (one entity per line:
/// `TYPE Name | alias | alias`), so that they are tested whatever the standard pipeline finds.
@Suite(.serialized) final class CurationCommandTests {
    let folder: URL
    let db: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphctl-curation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        db = folder.appendingPathComponent("g.sqlite").path
        let store = try GraphStore(path: db)
        // Without the surname tier, so that the lone "Ashby" articles make nodes for the analyst to merge.
        let ingester = Ingester(
            store: store, pipeline: try Pipeline([LineEntities()]), resolver: EntityResolver(guessesSurnames: false))
        _ = try ingester.ingest([
            ("a", "PERSON Warren Ashby | Ashby"), ("b", "PERSON Ashby"), ("c", "PERSON Ashby\nfrom c"), ("d", "ORG NSTV"),
        ].map { IngestItem.document(SourceDocument(name: $0.0, text: $0.1)) })
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func run(_ arguments: String...) throws -> GraphCtlProcess.Result {
        try GraphCtlProcess.run([arguments[0], "--db", db] + arguments.dropFirst())
    }

    private func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test func curatesAndListsWhatItDid() throws {
        let ambiguous = try run("merge", "Ashby", "Warren Ashby")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("give the id"))

        let ids = try jsonLines(try run("entities", "--format", "jsonl").stdout)
            .filter { ($0["name"] as? String) == "Ashby" }.compactMap { $0["id"] as? String }
        #expect(ids.count == 2)
        for id in ids {
            let merged = try run("merge", id, "Warren Ashby")
            #expect(merged.status == 0, "\(merged.stderr)")
        }
        #expect(try run("rename", "NSTV", "Northern State Television").status == 0)
        #expect(try run("retype", "Northern State Television", "org").status == 0)
        #expect(try GraphCtlProcess.run(["alias", "add", "--db", db, "Warren Ashby", "Big Warren"]).status == 0)

        let entities = try jsonLines(try run("entities", "--format", "jsonl").stdout)
        #expect(entities.map { $0["name"] as? String } == ["Warren Ashby", "Northern State Television"])
        let merges = try jsonLines(try run("merges", "--format", "jsonl").stdout)
        #expect(merges.count == 2 && merges.allSatisfy { ($0["analyst"] as? Bool) == true })
        let rules = try jsonLines(try run("merges", "--rules", "--format", "jsonl").stdout)
        #expect(rules.compactMap { $0["action"] as? String } == ["merge", "rename", "retype", "alias"])

        let id = try #require(merges.first?["id"] as? String)
        let unmerged = try run("unmerge", id)
        #expect(unmerged.status == 0, "\(unmerged.stderr)")
        #expect(try run("unmerge", "M999").status == 1)
        #expect(try run("unmerge", "yesterday").status == 64)
    }
}

/// One entity per line: `TYPE Name | alias | alias`.
private struct LineEntities: Component {
    var name: String { "line-entities" }
    var version: String { "1" }
    var requires: Set<Annotation> { [] }
    var assigns: Set<Annotation> { [.entities] }

    func process(_ doc: inout Doc) {
        for line in doc.text.split(separator: "\n") {
            let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let head = fields[0].split(separator: " ", maxSplits: 1)
            guard head.count == 2, let type = EntityType(rawValue: String(head[0])) else { continue }
            doc.entities.append(DocEntity(name: String(head[1]), type: type, aliases: Array(fields.dropFirst()), mentions: [ByteSpan(0, 1)]))
        }
    }
}
