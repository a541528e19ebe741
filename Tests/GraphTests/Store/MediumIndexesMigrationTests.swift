import Testing
@testable import Graph

@Suite struct MediumIndexesMigrationTests {
    /// The entries in an index's leaf pages, counted by SQLite's `dbstat` table.
    private func entries(_ index: String, in database: Database) throws -> Int64 {
        try database.scalarInt(
            "SELECT coalesce(sum(ncell), 0) FROM dbstat WHERE name = '\(index)' AND pagetype = 'leaf'")
    }

    @Test func theIndexesByMediumKeepOnlyOccurrencesWithAMedium() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("v14.sqlite")
        do {
            let database = try Database.before(step: Migrations.mediumIndexes, at: path)
            // Three occurrences of one quote: one relayed by the agency, two with no medium.
            try database.execute("""
                INSERT INTO document (id, content_hash, name, published, text, ingested_at, pipeline) VALUES
                    (1, 'a1', 'ferry.txt', '2031-01-02', 'x', '2031-01-05T00:00:00Z', 'spans@1'),
                    (2, 'b2', 'dock.txt', '2031-01-03', 'x', '2031-01-05T00:00:00Z', 'spans@1'),
                    (3, 'c3', 'quay.txt', '2031-01-04', 'x', '2031-01-05T00:00:00Z', 'spans@1');
                INSERT INTO entity (id, name, type, key) VALUES
                    (1, 'Ilse Varga', 'PERSON', 'ilse varga'), (2, 'Harbour News Agency', 'ORG', 'harbour news agency');
                INSERT INTO quote (id, text, key) VALUES (1, 'The ferry runs again', 'the ferry runs again');
                INSERT INTO attribution (quote, document, start, "end", surface, speaker, via, kind, confidence,
                                         extractor, extractor_version) VALUES
                    (1, 1, 0, 20, 'The ferry runs again', 1, 2, 'direct', 0.9, 'spans', '1'),
                    (1, 2, 0, 20, 'The ferry runs again', 1, NULL, 'direct', 0.9, 'spans', '1'),
                    (1, 3, 0, 20, 'The ferry runs again', NULL, NULL, 'direct', 0.9, 'spans', '1');
                """)
            #expect(try entries("attribution_via_quote", in: database) == 3)
            #expect(try entries("attribution_via_document", in: database) == 3)
        }
        let store = try GraphStore(path: path)
        #expect(try store.schemaVersion == Migrations.latestVersion)
        #expect(try entries("attribution_via_quote", in: store.database) == 1)
        #expect(try entries("attribution_via_document", in: store.database) == 1)
        #expect(try entries("attribution_quote_document", in: store.database) == 3)
        // Look-ups by medium still find it through the index, and a scan for any medium reads only those entries.
        #expect(try store.queryPlan("SELECT document FROM attribution WHERE via = 2").joined(separator: "\n")
            .contains("COVERING INDEX attribution_via_document (via=?)"))
        let anyMedium = "SELECT via, document FROM attribution WHERE via IS NOT NULL"
        #expect(try store.queryPlan(anyMedium).joined(separator: "\n")
            .contains("COVERING INDEX attribution_via_document"))
        let relayed = try store.quotes(QuoteFilter(via: EntityID(rawValue: 2)))
        #expect(relayed.map(\.quote.text) == ["The ferry runs again"])
        #expect(try store.database.prepare("PRAGMA integrity_check").first(map: { $0.string(0) }) == "ok")
    }

    @Test func aNewDatabaseIndexesOnlyOccurrencesWithAMedium() throws {
        let folder = try TemporaryDirectory()
        let store = try GraphStore(path: folder.path("new.sqlite"))
        for index in ["attribution_via_quote", "attribution_via_document"] {
            let sql = try store.database.prepare("SELECT sql FROM sqlite_schema WHERE name = ?")
                .first(index) { $0.string(0) }
            #expect(sql?.hasSuffix("WHERE via IS NOT NULL") == true)
        }
    }
}
