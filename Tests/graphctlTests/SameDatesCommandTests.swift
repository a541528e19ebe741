import Foundation
import Testing

/// A renamed event through the built binary and the standard pipeline: two articles written for this test, one
/// under the old name and one under the new, give the same days; in either order they make one node, and `unmerge`
/// takes the join back for good.
@Suite struct SameDatesCommandTests {
    static let shield = """
        Norvale and Tarvik ready joint drills

        Norvale and Tarvik are preparing for the yearly Harbour Resolve Shield drills, planned for September 4 through September 14.
        "We will be ready," said Marta Lindqvist, a spokeswoman for the Norvale defence ministry.
        """
    static let guardian = """
        Allies announce autumn drills

        Norvale and Tarvik said on Monday that they are to stage the Harbour Resolve Guardian autumn drills from Sept. 4 to 14.
        Erik Haugland, an army officer, said the drills "are purely defensive."
        """

    private func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test(arguments: [false, true])
    func renamedEventIsOneNodeInEitherOrderUntilUnmerged(_ reversed: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphctl-dates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("g.sqlite").path
        var files: [String] = []
        for (name, text) in [("shield.txt", Self.shield), ("guardian.txt", Self.guardian)] {
            let path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            files.append(path)
        }
        if reversed { files.reverse() }
        for file in files { #expect(try GraphCtlProcess.run(["ingest", "--db", db, file]).status == 0) }

        func events() throws -> [[String: Any]] {
            try jsonLines(try GraphCtlProcess.run(["entities", "--db", db, "--type", "EVENT", "--format", "jsonl"]).stdout)
        }
        #expect(try events().count == 1)
        let merges = try jsonLines(try GraphCtlProcess.run(["merges", "--db", db, "--format", "jsonl"]).stdout)
            .filter { ($0["reason"] as? String) == "same-dates" }
        #expect(merges.count == 1)
        let id = try #require(merges.first?["id"] as? String)

        let unmerged = try GraphCtlProcess.run(["unmerge", "--db", db, id])
        #expect(unmerged.status == 0, "\(unmerged.stderr)")
        #expect(try events().compactMap { $0["name"] as? String }.sorted() == ["Harbour Resolve Guardian", "Harbour Resolve Shield"])
        #expect(try GraphCtlProcess.run(["ingest", "--db", db, "--reextract"] + files.reversed()).status == 0)
        #expect(try events().count == 2)
    }
}
