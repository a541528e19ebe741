import Testing
@testable import Graph

@Suite struct SearchIndexTests {
    private func document(_ name: String, _ text: String) -> IngestItem {
        .document(SourceDocument(name: name, text: text))
    }

    private func triggers(_ store: GraphStore) throws -> [String] {
        try store.database.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'quote_fts%' ORDER BY name")
            .rows { $0.string(0).split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    @Test func aFirstIngestBuildsTheIndexAtTheEndAndSearchFindsEveryQuote() throws {
        let store = try GraphStore(path: ":memory:")
        let schemaTriggers = try triggers(store)
        _ = try Ingester(store: store, pipeline: .quotedPassages).ingest([
            document("a.txt", "Ola Brekke said \"the lighthouse keepers stay until spring\"."),
            document("b.txt", "Ola Brekke said \"the lighthouse keepers stay until spring\" and \"ferries resume soon\"."),
        ])
        #expect(try store.searchIndexIsLive)
        #expect(try triggers(store) == schemaTriggers)
        #expect(try store.searchQuotes(SearchQuery("lighthouse")).hits.count == 1)
        #expect(try store.searchQuotes(SearchQuery("ferries")).hits.count == 1)
        try store.database.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES ('integrity-check', 1)")
        // Later ingests keep the index row by row.
        _ = try Ingester(store: store, pipeline: .quotedPassages).ingest([document("c.txt", "Ola Brekke said \"nets dry on the pier\".")])
        #expect(try store.searchQuotes(SearchQuery("pier")).hits.count == 1)
        try store.database.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES ('integrity-check', 1)")
    }

    @Test func theIndexIsBuiltAfterwardsOnlyInAGraphWithoutQuotes() throws {
        let store = try GraphStore(path: ":memory:")
        #expect(try store.buildingSearchIndexAfterwards { try store.searchIndexIsLive } == false)
        _ = try Ingester(store: store, pipeline: .quotedPassages).ingest([document("a.txt", "Ola Brekke said \"nets dry\".")])
        #expect(try store.buildingSearchIndexAfterwards { try store.searchIndexIsLive } == true)
    }

    @Test func aLoadCutOffBeforeTheEndIsIndexedWhenTheGraphIsOpenedForWriting() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("cut.sqlite")
        do {
            let store = try GraphStore(path: path)
            // As a bulk load leaves the file if the process stops in the middle: rows stored, no triggers.
            try store.database.execute("DROP TRIGGER quote_fts_insert; DROP TRIGGER quote_fts_delete; DROP TRIGGER quote_fts_update")
            try store.database.execute("INSERT INTO quote (text, key) VALUES ('The harbour gates close at dusk', 'the harbour gates close at dusk')")
        }
        let reader = try GraphStore(path: path, readOnly: true)
        #expect(try reader.searchIndexIsLive == false)
        let store = try GraphStore(path: path)
        #expect(try store.searchIndexIsLive)
        #expect(try store.database.scalarInt("SELECT count(*) FROM quote_fts WHERE quote_fts MATCH 'harbour'") == 1)
    }
}
