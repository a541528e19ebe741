import Foundation
import Testing

/// Killed runs, concurrent writers and readers: the database stays whole and the answers stay consistent.
@Suite(.serialized) final class CrashSafetyTests {
    let folder: URL
    let corpus: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphctl-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        corpus = folder.appendingPathComponent("corpus.jsonl").path
        try Self.corpusLines(count: 1500).joined().write(toFile: corpus, atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Small articles written here, each different, with quotes, names and an acronym.
    static func corpusLines(count: Int, offset: Int = 0) -> [String] {
        let people = ["Maria Okonkwo", "Tomas Berg", "Li Wen", "Aisha Rahman", "Pedro Alves"]
        let bodies = ["Harbour Safety Board (HSB)", "Regional Water Authority (RWA)", "National Grid Agency (NGA)"]
        return (offset..<(offset + count)).map { i in
            let person = people[i % people.count]
            let body = bodies[i % bodies.count]
            let surname = person.split(separator: " ").last!
            let text = """
                Report \(i): \(body) reviews plan

                "We will publish the review number \(i) next week," \(person), head of the \(body), said on Monday.

                \(surname) added that the \(body.split(separator: "(").first!)had "no reason to delay" item \(i % 7).
                """
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n")
            return "{\"id\": \"doc-\(i)\", \"text\": \"\(escaped)\"}\n"
        }
    }

    private func sqlite(_ db: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-readonly", db, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static let totals = """
        SELECT (SELECT count(*) FROM document) || ' ' || (SELECT count(*) FROM entity) || ' ' ||
               (SELECT count(*) FROM quote) || ' ' || (SELECT count(*) FROM mention) || ' ' ||
               (SELECT count(*) FROM attribution) || ' ' || (SELECT count(*) FROM relation)
        """

    /// Evidence rows per document, by content hash: a whole document has exactly its reference counts.
    private static let perDocument = """
        SELECT d.content_hash || ' ' || (SELECT count(*) FROM mention WHERE document = d.id) || ' ' ||
               (SELECT count(*) FROM attribution WHERE document = d.id) || ' ' ||
               (SELECT count(*) FROM relation WHERE document = d.id)
        FROM document d ORDER BY d.content_hash
        """

    @Test func killedIngestsLeaveOnlyWholeDocumentsAndResumeToTheSameGraph() throws {
        let reference = folder.appendingPathComponent("reference.sqlite").path
        let started = Date()
        let full = try GraphCtlProcess.run(["ingest", "--db", reference, "--batch-size", "16", corpus])
        let duration = Date().timeIntervalSince(started)
        #expect(full.status == 0, "\(full.stderr)")
        let expectedTotals = try sqlite(reference, Self.totals)
        let expectedDocuments = Dictionary(
            uniqueKeysWithValues: try sqlite(reference, Self.perDocument).split(separator: "\n").map { line in
                let fields = line.split(separator: " ", maxSplits: 1)
                return (String(fields[0]), String(fields[1]))
            })

        let db = folder.appendingPathComponent("killed.sqlite").path
        var killsThatLanded = 0
        for round in 0..<6 {
            let process = Process()
            process.executableURL = GraphCtlProcess.executable
            process.arguments = ["ingest", "--db", db, "--batch-size", "16", corpus]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let delay = Double.random(in: 0.02...max(0.05, duration * 0.9))
            Thread.sleep(forTimeInterval: delay)
            let landed = process.isRunning
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard landed else {
                // The run ended first (the reference, timed beside other tests, ran slower): the rounds after it
                // would only re-read a whole graph, so the next one starts from nothing again.
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
                continue
            }
            killsThatLanded += 1
            guard FileManager.default.fileExists(atPath: db) else { continue }

            #expect(try sqlite(db, "PRAGMA integrity_check") == "ok", "round \(round), killed after \(delay) s")
            #expect(try sqlite(db, "PRAGMA foreign_key_check") == "", "round \(round)")
            for line in try sqlite(db, Self.perDocument).split(separator: "\n") where !line.isEmpty {
                let fields = line.split(separator: " ", maxSplits: 1)
                #expect(expectedDocuments[String(fields[0])] == String(fields[1]), "a partial document after round \(round)")
            }
        }
        let resumed = try GraphCtlProcess.run(["ingest", "--db", db, "--batch-size", "16", corpus])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try sqlite(db, Self.totals) == expectedTotals)
        #expect(try sqlite(db, "PRAGMA integrity_check") == "ok")
        // The full-text index that the killed runs kept, a transaction at a time, finds what the reference finds.
        let search = """
            SELECT group_concat(n, ' ') FROM (
                SELECT count(*) AS n FROM quote_fts WHERE quote_fts MATCH 'review'
                UNION ALL SELECT count(*) FROM quote_fts WHERE quote_fts MATCH 'delay'
                UNION ALL SELECT count(*) FROM quote)
            """
        #expect(try sqlite(db, search) == sqlite(reference, search))
        // Not an assertion on timing: only that the test exercised kills at all on this machine.
        #expect(killsThatLanded > 0)
    }

    @Test func twoIngestsAtOnceSerialiseAndBothSucceed() throws {
        let halves = [folder.appendingPathComponent("a.jsonl").path, folder.appendingPathComponent("b.jsonl").path]
        // The halves overlap on 100 articles, which must be stored once.
        try Self.corpusLines(count: 400).joined().write(toFile: halves[0], atomically: true, encoding: .utf8)
        try Self.corpusLines(count: 400, offset: 300).joined().write(toFile: halves[1], atomically: true, encoding: .utf8)
        let union = folder.appendingPathComponent("union.jsonl").path
        try Self.corpusLines(count: 700).joined().write(toFile: union, atomically: true, encoding: .utf8)

        let db = folder.appendingPathComponent("shared.sqlite").path
        let results = ConcurrentResults()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = try? GraphCtlProcess.run(["ingest", "--db", db, "--batch-size", "8", halves[index]])
            results.append(result)
        }
        for result in results.values {
            #expect(result?.status == 0, "\(result?.stderr ?? "did not run")")
            #expect(result?.stderr.contains("locked") == false)
        }
        #expect(try sqlite(db, "SELECT count(*) FROM document") == "700")
        #expect(try sqlite(db, "PRAGMA integrity_check") == "ok")
    }

    @Test func readersGetConsistentAnswersWhileAnIngestWrites() throws {
        let db = folder.appendingPathComponent("busy.sqlite").path
        let seed = folder.appendingPathComponent("seed.jsonl").path
        try Self.corpusLines(count: 1).joined().write(toFile: seed, atomically: true, encoding: .utf8)
        #expect(try GraphCtlProcess.run(["ingest", "--db", db, seed]).status == 0)

        let writer = Process()
        writer.executableURL = GraphCtlProcess.executable
        writer.arguments = ["ingest", "--db", db, "--batch-size", "8", corpus]
        writer.standardOutput = FileHandle.nullDevice
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        var previous = 0
        var reads = 0
        repeat {
            let stats = try GraphCtlProcess.run(["stats", "--db", db, "--format", "jsonl"])
            #expect(stats.status == 0, "\(stats.stderr)")
            let quotes = try GraphCtlProcess.run(["quotes", "--db", db, "--format", "jsonl"])
            #expect(quotes.status == 0, "\(quotes.stderr)")
            if let object = try? JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any],
               let documents = object["documents"] as? Int {
                #expect(documents >= previous, "the document count went down")
                previous = documents
            }
            reads += 1
        } while writer.isRunning && reads < 200
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
    }
}

private final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [GraphCtlProcess.Result?] = []
    func append(_ value: GraphCtlProcess.Result?) {
        lock.lock()
        values.append(value)
        lock.unlock()
    }
}
