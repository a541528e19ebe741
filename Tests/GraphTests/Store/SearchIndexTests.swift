import Foundation
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

    /// What the index finds, quote by quote, against what a rebuild from `quote` finds.
    private func expectIndexMatchesQuotes(_ store: GraphStore, _ words: [String]) throws {
        func matches() throws -> [[Int64]] {
            try words.map { word in
                try store.database.prepare("SELECT rowid FROM quote_fts WHERE quote_fts MATCH ? ORDER BY rowid").rows(word) { $0.int(0) }
            }
        }
        try store.database.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES ('integrity-check', 1)")
        let kept = try matches()
        try store.database.execute("INSERT INTO quote_fts(quote_fts) VALUES ('rebuild')")
        #expect(try matches() == kept)
    }

    @Test func ingestsKeepTheIndexAndPutTheTriggersBack() throws {
        let store = try GraphStore(path: ":memory:")
        let schemaTriggers = try triggers(store)
        _ = try Ingester(store: store, pipeline: .quotedPassages).ingest([
            document("a.txt", "Ola Brekke said \"the lighthouse keepers stay\"."),
            document("b.txt", "Ola Brekke said \"the lighthouse keepers stay until spring\" and \"ferries resume soon\"."),
        ])
        #expect(try store.searchIndexIsLive)
        #expect(try triggers(store) == schemaTriggers)
        let lighthouse = try store.database.scalarInt("SELECT count(*) FROM quote WHERE text LIKE '%lighthouse%'")
        #expect(lighthouse >= 1)
        #expect(try store.searchQuotes(SearchQuery("lighthouse")).hits.count == lighthouse)
        #expect(try store.searchQuotes(SearchQuery("spring")).hits.count == 1)
        #expect(try store.searchQuotes(SearchQuery("ferries")).hits.count == 1)
        // A later ingest into the graph, whose quote texts grow and merge.
        _ = try Ingester(store: store, pipeline: .quotedPassages, options: .init(batchSize: 1)).ingest([
            document("c.txt", "Ola Brekke said \"the lighthouse keepers stay until spring, and the nets dry on the pier\"."),
            document("d.txt", "Ola Brekke said \"ferries resume soon\" and \"the pier stays shut\"."),
        ])
        #expect(try store.searchQuotes(SearchQuery("pier")).hits.count == 2)
        try expectIndexMatchesQuotes(store, ["lighthouse", "spring", "pier", "ferries", "nets", "shut"])
    }

    @Test func aDocumentRolledBackLeavesTheIndexAsTheQuotes() throws {
        let store = try GraphStore(path: ":memory:")
        _ = try Ingester(store: store, pipeline: .quotedPassages).ingest([document("a.txt", "Ola Brekke said \"the harbour gates close\".")])
        try store.refuseOccurrences()
        let summary = try Ingester(store: store, pipeline: .quotedPassages).ingest([
            document("b.txt", "Ola Brekke said \"the harbour gates close at dusk\" and \"boom\"."),
            document("c.txt", "Ola Brekke said \"the quay lamps stay lit\"."),
        ])
        #expect(summary.rejected.map(\.file) == ["b.txt"])
        #expect(try store.searchQuotes(SearchQuery("dusk")).hits.isEmpty)
        #expect(try store.searchQuotes(SearchQuery("harbour")).hits.count == 1)
        #expect(try store.searchQuotes(SearchQuery("quay")).hits.count == 1)
        try expectIndexMatchesQuotes(store, ["harbour", "dusk", "quay", "boom", "gates"])
    }

    @Test func anIngestStoppedBetweenTransactionsLeavesAnIndexThatNeedsOnlyItsTriggers() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("g.sqlite")
        let stopped = folder.path("stopped.sqlite")
        let items = (0..<40).map {
            document("d\($0).txt", "Ola Brekke said \"the harbour gate \($0 % 9) closes\" and \"quay lamp \($0) stays lit\".")
        }
        var commits = 0
        _ = try Ingester(store: try GraphStore(path: path), pipeline: .quotedPassages, options: .init(batchSize: 8))
            .ingest(items) { _ in
                commits += 1
                guard commits == 3 else { return }
                // What a process stopped after its third commit leaves: the committed pages, in the file and its
                // log, and no triggers. The index holds a segment for each commit.
                for suffix in ["", "-wal"] { try? FileManager.default.copyItem(atPath: path + suffix, toPath: stopped + suffix) }
            }
        #expect(commits == 5)  // 40 documents, 8 a transaction
        func segments() throws -> [String] {
            try GraphStore(path: stopped, readOnly: true).database.prepare("SELECT id, hex(block) FROM quote_fts_data ORDER BY id")
                .rows { "\($0.int(0)) \($0.string(1))" }
        }
        #expect(try GraphStore(path: stopped, readOnly: true).searchIndexIsLive == false)
        let left = try segments()
        let store = try GraphStore(path: stopped)
        #expect(try store.searchIndexIsLive)
        // Not rebuilt: a rebuild writes the entries again, in one segment.
        #expect(left.count > 3)
        #expect(try segments() == left)
        #expect(try store.database.scalarInt("SELECT count(*) FROM document") == 24)
        #expect(try store.quoteCount == Int(store.database.scalarInt("SELECT count(*) FROM quote")))
        try expectIndexMatchesQuotes(store, ["harbour", "quay", "lit", "closes"])
    }

    @Test func aLoadCutOffBeforeTheEndIsIndexedWhenTheGraphIsOpenedForWriting() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("cut.sqlite")
        do {
            let store = try GraphStore(path: path)
            // As an ingest leaves the file if the process stops in the middle: no triggers.
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
