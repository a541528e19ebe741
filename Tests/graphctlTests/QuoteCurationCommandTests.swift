import Foundation
import Testing

/// `graphctl merges --quotes` and `graphctl unmerge QM…` through the built binary and the standard pipeline, with a
/// re-ingest after the undo.
@Suite(.serialized) final class QuoteCurationCommandTests {
    let folder: URL
    let db: String
    let articles: [String]

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphctl-quote-curation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.folder = folder
        db = folder.appendingPathComponent("g.sqlite").path
        let texts = [
            "a.txt": "Harbour bridge to reopen\n\nMayor Tilda Marsk said on Monday that repairs were nearly done. "
                + "\"The harbour bridge will reopen before the winter storms arrive,\" Marsk said.\n",
            "b.txt": "Council backs bridge plan\n\nThe council voted on Tuesday. "
                + "\"The harbour bridge will reopen before the winter storms arrive,\" Mayor Tilda Marsk told reporters.\n",
        ]
        for (name, text) in texts { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        articles = texts.keys.sorted().map { folder.appendingPathComponent($0).path }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func run(_ arguments: [String]) throws -> GraphCtlProcess.Result {
        try GraphCtlProcess.run([arguments[0], "--db", db] + arguments.dropFirst())
    }

    private func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    private func quoteNodes(reading words: String) throws -> Int {
        try jsonLines(try run(["quotes", "--format", "jsonl"]).stdout).filter { ($0["text"] as? String)?.contains(words) == true }.count
    }

    @Test func undoneQuoteJoinStaysUndoneAfterReingest() throws {
        #expect(try run(["ingest"] + articles).status == 0)
        #expect(try quoteNodes(reading: "harbour bridge") == 1)

        let joins = try jsonLines(try run(["merges", "--quotes", "--format", "jsonl"]).stdout)
        let join = try #require(joins.first)
        #expect(join["reason"] as? String == "exact")
        #expect(join["document"] as? String == "b.txt")
        let id = try #require(join["id"] as? String)
        #expect(id.hasPrefix("QM"))

        let undone = try run(["unmerge", id])
        #expect(undone.status == 0, "\(undone.stderr)")
        #expect(try quoteNodes(reading: "harbour bridge") == 2)
        #expect(try jsonLines(try run(["merges", "--quotes", "--rules", "--format", "jsonl"]).stdout).count == 1)

        #expect(try run(["ingest", "--reextract"] + articles).status == 0)
        #expect(try quoteNodes(reading: "harbour bridge") == 2)
        #expect(try run(["unmerge", "QM999"]).status == 1)
        #expect(try run(["merges", "--quote", "Q1"]).status == 64)
    }
}
