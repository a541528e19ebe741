import Foundation
import Testing

/// Every input in fuzz/corpus (the seeds written here and each crash the fuzzer ever found) runs through the fuzz
/// targets without a crash. The fuzzer itself runs from fuzz/run.
@Suite struct FuzzCorpusTests {
    @Test func replaysTheFuzzCorpusWithoutACrash() throws {
        let replay = GraphCtlProcess.executable.deletingLastPathComponent().appendingPathComponent("graph-fuzz")
        try #require(FileManager.default.isExecutableFile(atPath: replay.path), "graph-fuzz not built at \(replay.path)")
        let corpus = GraphCtlProcess.packageRoot.appendingPathComponent("fuzz/corpus").path
        let process = Process()
        process.executableURL = replay
        process.arguments = [corpus]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("inputs replayed without a crash"))
    }
}
