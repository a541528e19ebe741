import Testing
@testable import Graph

@Suite struct TallyTests {
    private func document(_ name: String, _ text: String) -> IngestItem {
        .document(SourceDocument(name: name, text: text))
    }

    private func counted(_ store: GraphStore) throws -> Int { Int(try store.database.scalarInt("SELECT count(*) FROM quote")) }

    @Test(arguments: [
        ([0x00], 0), ([0x7F], 127), ([0x81, 0x00], 128), ([0xC6, 0x3E, 0x8A], 9022), ([0x82, 0xFE, 0x7F], 49023),
        ([0xFF, 0xFF, 0xFF, 0x7F], 268_435_455),
    ] as [([UInt8], UInt64)])
    func readsSQLiteVarints(bytes: [UInt8], value: UInt64) {
        #expect(GraphStore.varint(bytes) == value)
    }

    @Test func aVarintCutShortIsNotACount() {
        #expect(GraphStore.varint([]) == nil)
        #expect(GraphStore.varint([0x81]) == nil)
        #expect(GraphStore.varint([0x81, 0x80]) == nil)
    }

    @Test func quoteCountIsTheRowCountThroughIngestsMergesAndRollbacks() throws {
        let store = try GraphStore(path: ":memory:")
        #expect(try store.quoteCount == 0)
        _ = try Ingester(store: store, pipeline: .quotedPassages).ingest([
            document("a.txt", "Ola Brekke said \"the lighthouse keepers stay\"."),
            document("b.txt", "Ola Brekke said \"the lighthouse keepers stay until spring\" and \"ferries resume soon\"."),
        ])
        let first = try counted(store)
        #expect(first >= 2)
        #expect(try store.searchIndexRowCount() == first)
        #expect(try store.quoteCount == first)
        // Texts that grow and merge delete quotes: the count follows.
        let summary = try Ingester(store: store, pipeline: .quotedPassages, options: .init(batchSize: 1)).ingest([
            document("c.txt", "Ola Brekke said \"the lighthouse keepers stay until spring, and the nets dry on the pier\"."),
            document("d.txt", "Ola Brekke said \"ferries resume soon\" and \"the pier stays shut\"."),
        ])
        let merged = try counted(store)
        #expect(summary.quotes == merged)
        #expect(try store.quoteCount == merged)
        // A document rolled back to its savepoint leaves no quote, and no count.
        try store.refuseOccurrences()
        let refused = try Ingester(store: store, pipeline: .quotedPassages).ingest([
            document("e.txt", "Ola Brekke said \"the harbour gates close at dusk\" and \"boom\"."),
            document("f.txt", "Ola Brekke said \"the quay lamps stay lit\"."),
        ])
        #expect(refused.rejected.map(\.file) == ["e.txt"])
        let kept = try counted(store)
        #expect(refused.quotes == kept)
        #expect(try store.quoteCount == kept)
        // Deleted through the triggers, as a curation would.
        try store.database.execute("DELETE FROM attribution WHERE quote = (SELECT max(id) FROM quote)")
        try store.database.execute("DELETE FROM quote WHERE id = (SELECT max(id) FROM quote)")
        let deleted = try counted(store)
        #expect(deleted == kept - 1)
        #expect(try store.quoteCount == deleted)
    }

    @Test func quoteCountInsideAnIngestTransactionCountsTheRows() throws {
        let store = try GraphStore(path: ":memory:")
        _ = try Ingester(store: store, pipeline: .quotedPassages).ingest([document("a.txt", "Ola Brekke said \"the tide turns\".")])
        // As while an ingest keeps the index itself: a quote the index has not taken in yet.
        try store.keepingSearchIndex {
            try store.database.write {
                try store.database.execute("INSERT INTO quote (text, key) VALUES ('The nets dry', 'the nets dry')")
                #expect(try store.searchIndexRowCount() == 1)
                #expect(try store.quoteCount == 2)
                try store.syncSearchIndex()
            }
        }
    }

    /// Four documents of hand-made rows: kinds, two extractor versions, speakers named, described and missing, and
    /// a quote whose only speaker is in its second occurrence.
    private func handMadeGraph() throws -> GraphStore {
        let store = try GraphStore(path: ":memory:")
        try store.database.execute("""
            INSERT INTO entity (id, name, type, key) VALUES (1, 'Ola Brekke', 'PERSON', 'ola brekke');
            INSERT INTO quote (id, text, key) VALUES (1, 'One', 'one'), (2, 'Two', 'two'), (3, 'Three', 'three'),
                (4, 'Four', 'four'), (6, 'Six', 'six');
            INSERT INTO document (id, content_hash, name, text, ingested_at, pipeline) VALUES
                (1, 'h1', 'a', 'x', '2026-01-01', 'p'), (2, 'h2', 'b', 'x', '2026-01-01', 'p');
            INSERT INTO attribution (quote, document, start, "end", surface, speaker, speaker_description, kind,
                                     confidence, extractor, extractor_version) VALUES
                (1, 1, 0, 1, 'One',   1,    NULL,              'direct',   0.9, 'fjord-quotes', '2'),
                (2, 1, 0, 1, 'Two',   NULL, NULL,              'partial',  0.5, 'fjord-quotes', '2'),
                (2, 2, 0, 1, 'Two',   NULL, 'a harbour pilot', 'partial',  0.5, 'fjord-quotes', '1'),
                (3, 1, 0, 1, 'Three', NULL, NULL,              'scare',    0.2, 'fjord-quotes', '2'),
                (3, 2, 0, 1, 'Three', NULL, NULL,              'direct',   0.7, 'fjord-quotes-long', '2'),
                (4, 2, 0, 1, 'Four',  NULL, NULL,              'indirect', 0.6, 'fjord-quotes', '1'),
                (6, 2, 0, 1, 'Six',   1,    NULL,              'direct',   0.9, 'fjord-quotes', '2');
            """)
        return store
    }

    @Test func attributionTallyCountsWhatTheFourStatementsCounted() throws {
        let store = try handMadeGraph()
        let tally = try store.attributionTally()
        #expect(tally.occurrences == 7)
        #expect(tally.occurrencesByKind == [.direct: 3, .partial: 2, .scare: 1, .indirect: 1])
        #expect(tally.occurrencesWithoutSpeaker == 4)
        #expect(tally.quotesWithoutSpeaker == 2)  // quotes 3 and 4
        #expect(tally.extractors == [
            ExtractorCount(extractor: "fjord-quotes", version: "2", occurrences: 4),
            ExtractorCount(extractor: "fjord-quotes", version: "1", occurrences: 2),
            ExtractorCount(extractor: "fjord-quotes-long", version: "2", occurrences: 1),
        ])
        // The statements `graphctl stats` ran before, one by one.
        #expect(try store.quotesWithoutSpeaker() == tally.quotesWithoutSpeaker)
        #expect(try store.extractorVersions().map { ExtractorCount(extractor: $0.extractor, version: $0.version, occurrences: $0.occurrences) }
            == tally.extractors)
        #expect(try store.database.scalarInt("SELECT count(*) FROM attribution WHERE speaker IS NULL AND speaker_description IS NULL")
            == tally.occurrencesWithoutSpeaker)
        let stats = try store.stats()
        #expect(stats.quotes == 5 && stats.attributions == 7 && stats.attributionsWithoutSpeaker == 4)
        #expect(stats.quotesWithoutSpeaker == 2 && stats.extractors == tally.extractors)
    }

    @Test func attributionTallyOfAnEmptyGraphIsZero() throws {
        let store = try GraphStore(path: ":memory:")
        #expect(try store.attributionTally() == AttributionTally())
        #expect(try store.stats().quotes == 0)
    }
}

/// The statements `stats` ran before `attributionTally()`, kept as the oracle its counts are checked against.
private extension GraphStore {
    func extractorVersions() throws -> [(extractor: String, version: String, occurrences: Int)] {
        try query("""
            SELECT extractor, extractor_version, count(*) FROM attribution
            GROUP BY extractor, extractor_version ORDER BY 3 DESC, 1, 2
            """).rows { ($0.string(0), $0.string(1), Int($0.int(2))) }
    }

    func quotesWithoutSpeaker() throws -> Int {
        Int(try query("""
            SELECT count(*) FROM (SELECT quote FROM attribution GROUP BY quote
                                  HAVING count(speaker) = 0 AND count(speaker_description) = 0)
            """).first { $0.int(0) } ?? 0)
    }
}
