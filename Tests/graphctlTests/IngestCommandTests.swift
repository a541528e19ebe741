import Foundation
import Testing

@Suite(.serialized) final class IngestCommandTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphctl-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func ingestsTheSamplesTwiceWithoutChange() throws {
        let db = folder.appendingPathComponent("g.sqlite").path
        let samples = GraphCtlProcess.packageRoot.appendingPathComponent("samples").path
        let first = try GraphCtlProcess.run(["ingest", "--db", db, samples])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("6 documents added"))
        let statsBefore = try GraphCtlProcess.run(["stats", "--db", db, "--format", "jsonl"]).stdout
        let second = try GraphCtlProcess.run(["ingest", "--db", db, samples])
        #expect(second.status == 0)
        #expect(second.stdout.contains("0 documents added, 0 re-extracted, 6 unchanged, 0 rejected"))
        #expect(try GraphCtlProcess.run(["stats", "--db", db, "--format", "jsonl"]).stdout == statsBefore)
    }

    @Test func samplesNameEachPlaceOnceAndNoSentenceOpener() throws {
        let db = folder.appendingPathComponent("g.sqlite").path
        let samples = GraphCtlProcess.packageRoot.appendingPathComponent("samples")
        let texts = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { samples.appendingPathComponent($0).path }
        let ingest = try GraphCtlProcess.run(["ingest", "--db", db] + texts)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let listed = try GraphCtlProcess.run(["entities", "--db", db, "--format", "jsonl"]).stdout
        var types: [String: [String]] = [:]
        for line in lines(listed) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            if let name = object?["name"] as? String, let type = object?["type"] as? String { types[name, default: []].append(type) }
        }
        // A dateline ("BERGEN —"), a sentence ("in Bergen") and a headline name one city.
        #expect(types["Bergen"] == ["GPE"], "\(types)")
        #expect(types["Tromsø"] == ["GPE"])
        #expect(types["Ålesund"] == ["GPE"])
        #expect(types["Negotiations"] == nil)
        #expect(types["Fishermen"] == nil)
    }

    @Test func badInputsAreNamedTheRestIngestedAndTheStatusSaysSo() throws {
        let db = folder.appendingPathComponent("g.sqlite").path
        let good = try write("good.txt", Array("Ann said \"yes\".".utf8))
        let binary = try write("photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46])
        let feed = try write("feed.jsonl", Array("{\"text\": \"Fine.\"}\n{oops}\n".utf8))
        let result = try GraphCtlProcess.run(["ingest", "--db", db, good, binary, feed, folder.appendingPathComponent("gone.txt").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("photo.txt: binary file"))
        #expect(result.stderr.contains("feed.jsonl:2: malformed JSON"))
        #expect(result.stderr.contains("gone.txt: no such file or folder"))
        #expect(result.stdout.contains("2 documents added"))
        #expect(result.stdout.contains("3 rejected"))

        let keepGoing = try GraphCtlProcess.run(["ingest", "--db", db, "--keep-going", binary])
        #expect(keepGoing.status == 0)
        #expect(keepGoing.stderr.contains("photo.txt"))
    }

    @Test func readsStandardInputAndHonoursGRAPH_DB() throws {
        let db = folder.appendingPathComponent("env.sqlite").path
        let text = try GraphCtlProcess.run(["ingest", "-"], stdin: "Storm closes port\n\nThe port closed.", environment: ["GRAPH_DB": db])
        #expect(text.status == 0, "\(text.stderr)")
        let jsonl = try GraphCtlProcess.run(
            ["ingest", "--stdin-format", "jsonl", "-"], stdin: "{\"id\": \"x1\", \"text\": \"Another story.\"}\n", environment: ["GRAPH_DB": db])
        #expect(jsonl.status == 0, "\(jsonl.stderr)")
        #expect(FileManager.default.fileExists(atPath: db))
        let stats = try GraphCtlProcess.run(["stats", "--db", db, "--format", "jsonl"])
        #expect(stats.stdout.contains("\"documents\": 2"))
    }

    @Test func defaultDatabaseIsGraphSqliteInTheWorkingDirectory() throws {
        let file = try write("a.txt", Array("Text.".utf8))
        let result = try GraphCtlProcess.run(["ingest", file], in: folder)
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("graph.sqlite").path))
    }

    @Test func listingsOfAnEmptyGraphAreEmptyAndValid() throws {
        let db = folder.appendingPathComponent("g.sqlite").path
        _ = try GraphCtlProcess.run(["ingest", "--db", db, try write("a.txt", Array("Nothing quoted here.".utf8))])
        for command in ["quotes", "entities"] {
            let jsonl = try GraphCtlProcess.run([command, "--db", db, "--format", "jsonl"])
            #expect(jsonl.status == 0)
            for line in lines(jsonl.stdout) {
                #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
            }
        }
    }

    @Test func aMissingDatabaseIsAClearErrorForReaders() throws {
        let result = try GraphCtlProcess.run(["quotes", "--db", folder.appendingPathComponent("none.sqlite").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("none.sqlite"))
        #expect(result.stderr.contains("no such file"))
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let db = folder.appendingPathComponent("future.sqlite").path
        _ = try GraphCtlProcess.run(["ingest", "--db", db, try write("a.txt", Array("Text.".utf8))])
        let bump = Process()
        bump.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        bump.arguments = ["sqlite3", db, "PRAGMA user_version = 99"]
        try bump.run()
        bump.waitUntilExit()
        let result = try GraphCtlProcess.run(["stats", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("schema version 99"))
    }
}
