import Foundation
import Testing

/// The hidden benchmark commands, run as bench/run runs them. No timings are asserted.
@Suite struct BenchCommandTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphctl-bench-\(UUID().uuidString)")

    @Test func generateWritesACorpusThatIngestReadsWhole() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus").path
        let gold = folder.appendingPathComponent("gold.jsonl").path
        let generated = try GraphCtlProcess.run(["generate", "--articles", "120", "--per-file", "50", "--output", corpus, "--gold", gold])
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(generated.stdout.contains("120 articles"))
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: corpus + "/manifest.json"))) as? [String: Any]
        #expect(manifest?["articles"] as? Int == 120)
        #expect((manifest?["files"] as? [String])?.count == 3)
        #expect(try String(contentsOfFile: gold, encoding: .utf8).split(separator: "\n").count == 120)

        let db = folder.appendingPathComponent("bench.sqlite").path
        let ingested = try GraphCtlProcess.run(["ingest", "--db", db, corpus])
        #expect(ingested.status == 0, "\(ingested.stderr)")
        #expect(ingested.stdout.hasPrefix("120 documents added"))
        let again = try GraphCtlProcess.run(["ingest", "--db", db, corpus])
        #expect(again.stdout.hasPrefix("0 documents added, 0 re-extracted, 120 unchanged"))
    }

    @Test func hiddenCommandsStayOutOfHelp() throws {
        let help = try GraphCtlProcess.run(["--help"])
        #expect(!help.stdout.contains("generate"))
        #expect(!help.stdout.contains("profile"))
    }

    @Test func profileNamesEveryStage() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus").path
        _ = try GraphCtlProcess.run(["generate", "--articles", "40", "--output", corpus])
        let profile = try GraphCtlProcess.run(["profile", "--stand-in", corpus])
        #expect(profile.status == 0, "\(profile.stderr)")
        for stage in ["read", "hash", "tokenise", "extract", "ingest: resolve", "ingest: store", "40 added"] {
            #expect(profile.stdout.contains(stage), "no \(stage) in the profile")
        }
    }
}
