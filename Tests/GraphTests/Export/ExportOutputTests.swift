import Foundation
import Testing
@testable import Graph

@Suite struct ExportOutputTests {
    @Test func failedExportLeavesNoFileBehind() throws {
        let graph = try HostileGraph()
        let path = graph.path("out/graph.graphml")
        #expect(throws: ExportError.self) {
            try exportFile(graph.store, .graphml, to: path, ExportSelection(entities: ["Nobody Here"]))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
    }

    @Test func finishedExportReplacesTheLastOne() throws {
        let graph = try HostileGraph()
        let path = graph.path("graph.dot")
        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        try exportFile(graph.store, .dot, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("// graphctl export"))
        #expect(text.hasSuffix("}\n"))
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
    }

    @Test func readOnlyDatabaseCanBeExported() throws {
        let graph = try HostileGraph()
        let readOnly = try GraphStore(path: graph.store.database.path, readOnly: true)
        let writer = try record(readOnly, ExportSelection(entities: ["E1"], depth: 2))
        #expect(writer.nodeIDs.contains("E1"))
        // A second export on the same connection starts from fresh TEMP tables.
        #expect(try record(readOnly).nodes.count == 11)
    }
}
