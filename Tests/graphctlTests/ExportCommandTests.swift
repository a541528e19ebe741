import Foundation
import Testing

/// `graphctl export` run as a user would: flags, default paths, standard output, exit statuses.
@Suite struct ExportCommandTests {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static var binary: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            root.appendingPathComponent(".build/debug"),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("graphctl")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent(".build/debug/graphctl")
    }

    /// Runs graphctl in `folder`; returns its status and standard output.
    private func graphctl(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "GRAPH_DB")
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private func folderWithGraph() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphctl-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "A \"quoted\" title & more\n\nSome text.\n".write(
            to: folder.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
        try "Second 😀 title\n\nMore text.\n".write(
            to: folder.appendingPathComponent("two.txt"), atomically: true, encoding: .utf8)
        #expect(try graphctl(["ingest", "one.txt", "two.txt"], in: folder).status == 0)
        return folder
    }

    @Test func everyFormatGoesToItsDefaultPath() throws {
        let folder = try folderWithGraph()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (format, file) in [("dot", "graph.dot"), ("graphml", "graph.graphml"), ("json", "graph.json"),
                               ("cytoscape", "graph.cyjs"), ("csv", "graph-csv/nodes.csv")] {
            #expect(try graphctl(["export", "--format", format], in: folder).status == 0)
            let path = folder.appendingPathComponent("exports/" + file).path
            #expect(FileManager.default.fileExists(atPath: path), "no \(file)")
        }
        let json = try Data(contentsOf: folder.appendingPathComponent("exports/graph.json"))
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        let nodes = object?["nodes"] as? [[String: Any]] ?? []
        #expect(nodes.filter { $0["kind"] as? String == "document" }.count == 2)
    }

    @Test func dashWritesToStandardOutput() throws {
        let folder = try folderWithGraph()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try graphctl(["export", "--format", "dot", "--out", "-", "--cluster", "document"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("digraph \"graph\" {"))
        #expect(result.stdout.contains("A \\\"quoted\\\" title &amp; more"))
    }

    @Test(arguments: [
        ["--format", "csv", "--out", "-"],
        ["--format", "json", "--cluster", "type"],
        ["--format", "dot", "--yed"],
        ["--since", "yesterday"],
        ["--entity", "E1", "--depth", "-1"],
        ["--depth", "2"],
        ["--format", "pdf"],
    ])
    func badFlagsExitWithUsageError(flags: [String]) throws {
        let folder = try folderWithGraph()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try graphctl(["export"] + flags, in: folder).status == 64)
    }

    @Test func unknownEntityFailsWithoutWritingAFile() throws {
        let folder = try folderWithGraph()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try graphctl(["export", "--entity", "Nobody", "--out", "x.graphml"], in: folder).status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.graphml").path))
    }

    /// Names are data: whatever an entity is called, a csv export writes exactly its two files inside the chosen folder.
    @Test func csvWritesOnlyItsTwoFilesWhateverTheNames() throws {
        let folder = try folderWithGraph()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "\"We stay,\" said Ola ../../Etc Passwd of the /tmp/x Agency (TXA).\n".write(
            to: folder.appendingPathComponent("three.txt"), atomically: true, encoding: .utf8)
        #expect(try graphctl(["ingest", "three.txt"], in: folder).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix("graph.sqlite-") }
        #expect(try graphctl(["export", "--format", "csv", "--out", "out/csv"], in: folder).status == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/csv").path)
        #expect(written.sorted() == ["edges.csv", "nodes.csv"])
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix("graph.sqlite-") }  // SQLite's WAL files and graphctl's writer lock
        #expect(after.sorted() == (before + ["out"]).sorted())
    }
}
