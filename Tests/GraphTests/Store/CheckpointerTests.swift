import Foundation
import Testing
@testable import Graph

@Suite struct CheckpointerTests {
    private func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// Fifty transactions of about 25 pages each: without the checkpoints the log would hold all 1,250 pages.
    @Test func theLogStartsAgainInsteadOfGrowing() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("graph.sqlite")
        let database = try Database(path: path)
        try database.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        let body = String(repeating: "a line of filler text ", count: 200)  // 4.4 KB: a page and a bit each
        var largestLog = 0
        try database.bulkLoad(logLimit: 64) {
            for _ in 0..<50 {
                try database.write {
                    for _ in 0..<12 { try database.cached("INSERT INTO filler (body) VALUES (?)").execute(body) }
                }
                largestLog = max(largestLog, fileSize(path + "-wal"))
            }
        }
        #expect(largestLog > 0)
        #expect(largestLog < 200 * 4096)
        #expect(try database.scalarInt("SELECT count(*) FROM filler") == 600)
    }

    /// A reader on another connection sees each commit at once: pages are in the log or the file, never neither.
    @Test func readersSeeEveryCommitDuringTheLoad() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("graph.sqlite")
        let database = try Database(path: path)
        try database.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        let reader = try Database(path: path, readOnly: true)
        let body = String(repeating: "more filler ", count: 400)
        try database.bulkLoad(logLimit: 16) {
            for round in 1...20 {
                try database.write {
                    for _ in 0..<5 { try database.cached("INSERT INTO filler (body) VALUES (?)").execute(body) }
                }
                #expect(try reader.scalarInt("SELECT count(*) FROM filler") == Int64(round * 5))
            }
        }
        #expect(try database.prepare("PRAGMA integrity_check").first(map: { $0.string(0) }) == "ok")
    }

    /// When the writer closes, what is left in the log goes into the file and the log is removed: the file alone
    /// holds the graph, to copy or to hand on.
    @Test func closingLeavesTheFileWhole() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("graph.sqlite")
        do {
            let database = try Database(path: path)
            try database.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
            try database.bulkLoad(logLimit: 8) {
                for _ in 0..<10 {
                    try database.write { try database.cached("INSERT INTO filler (body) VALUES (?)").execute("text") }
                }
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let copy = folder.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try Database(path: copy, readOnly: true).scalarInt("SELECT count(*) FROM filler") == 10)
    }
}
