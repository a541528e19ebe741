import Testing
@testable import Graph

@Suite struct PipelineIndexMigrationTests {
    private func plan(_ database: Database) throws -> String {
        try database.prepare("EXPLAIN QUERY PLAN " + GraphStore.pipelinesSQL).rows { $0.string(3) }.joined(separator: "\n")
    }

    @Test func statsCountDocumentsByPipelineFromTheIndexAfterTheStep() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("v13.sqlite")
        do {
            let database = try Database.before(step: Migrations.pipelineIndex, at: path)
            try database.execute("""
                INSERT INTO document (content_hash, name, text, ingested_at, pipeline) VALUES
                    ('a1', 'ferry.txt', 'The ferry runs again.', '2031-01-01T00:00:00Z', 'spans@1'),
                    ('b2', 'dock.txt', 'The dock is shut.', '2031-01-01T00:00:00Z', 'spans@2'),
                    ('c3', 'quay.txt', 'The quay is open.', '2031-01-01T00:00:00Z', 'spans@2');
                """)
            // Before the step the count reads the rows, text and all.
            #expect(try plan(database).contains("SCAN document") && !(try plan(database).contains("document_pipeline")))
        }
        let store = try GraphStore(path: path)
        #expect(try store.schemaVersion == Migrations.latestVersion)
        #expect(try plan(store.database).contains("COVERING INDEX document_pipeline"))
        #expect(try store.stats().pipelines.map { "\($0.signature) \($0.documents)" } == ["spans@2 2", "spans@1 1"])
        #expect(try store.database.prepare("PRAGMA integrity_check").first(map: { $0.string(0) }) == "ok")
    }

    @Test func aNewDatabaseHasTheIndex() throws {
        let folder = try TemporaryDirectory()
        let store = try GraphStore(path: folder.path("new.sqlite"))
        #expect(try plan(store.database).contains("COVERING INDEX document_pipeline"))
    }
}
