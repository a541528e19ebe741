import Testing
@testable import Graph

@Suite struct DocumentMetaMigrationTests {
    private static let rows = """
        INSERT INTO document (content_hash, name, title, outlet, published, text, ingested_at, pipeline) VALUES
            ('a1', 'ferry.txt', 'Ferry runs', 'Harbour Post', '2031-01-02', 'The ferry runs again.', 't', 'p'),
            ('b2', 'dock.txt', NULL, NULL, NULL, 'The dock is shut.', 't', 'p');
        INSERT INTO quote (text, key) VALUES ('we sail', 'we sail');
        INSERT INTO attribution (quote, document, start, "end", surface, kind, confidence, extractor, extractor_version)
            VALUES (1, 1, 0, 7, 'we sail', 'direct', 0.9, 'x', '1'), (1, 2, 0, 7, 'we sail', 'direct', 0.9, 'x', '1');
        """

    private func plan(_ store: GraphStore, _ sql: String) throws -> String {
        try store.queryPlan(sql).joined(separator: "\n")
    }

    @Test func aQuotesDocumentsAreReadFromTheIndexNotTheRowsAfterTheStep() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("v16.sqlite")
        do {
            let database = try Database.before(step: Migrations.documentMeta, at: path)
            try database.execute(Self.rows)
            #expect(try database.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'document_meta'") == 0)
        }
        let store = try GraphStore(path: path)
        #expect(try store.schemaVersion == Migrations.latestVersion)
        let occurrences = try plan(store, GraphStore.occurrenceSQL + " WHERE a.quote = 1")
        #expect(occurrences.contains("SEARCH d USING COVERING INDEX document_meta (id=?)"), "\(occurrences)")
        #expect(!occurrences.contains("SEARCH d USING INTEGER PRIMARY KEY"))
        // The index holds what a listing shows of a document, the rows' values.
        let hit = try #require(try store.quoteHit(QuoteID(rawValue: 1)))
        #expect(hit.documents.map { "\($0.name) \($0.title ?? "-") \($0.outlet ?? "-") \($0.published ?? "-")" }
            == ["ferry.txt Ferry runs Harbour Post 2031-01-02", "dock.txt - - -"])
        #expect(try store.database.prepare("PRAGMA integrity_check").first(map: { $0.string(0) }) == "ok")
    }

    @Test func aDocumentNamedByTheFilterIsFoundByItsName() throws {
        let folder = try TemporaryDirectory()
        let store = try GraphStore(path: folder.path("new.sqlite"))
        try store.database.execute(Self.rows)
        var filter = QuoteFilter()
        #expect(GraphStore.documents(filteredBy: filter) == "document d INDEXED BY document_meta")
        filter.document = "dock.txt"
        let (clauses, _) = store.conditions(filter, indexed: true)
        let sql = "SELECT a.id FROM attribution a JOIN \(GraphStore.documents(filteredBy: filter)) ON d.id = a.document"
            + " WHERE " + clauses.joined(separator: " AND ")
        let named = try plan(store, sql)
        #expect(named.contains("document_name") && !named.contains("document_meta"), "\(named)")
        #expect(try store.database.prepare(sql).rows("dock.txt") { $0.int(0) } == [2])
    }
}
