import Foundation
import Testing
@testable import Graph

/// Ingestion of generated corpora: the overlapped reader, extraction and writer give the same graph as one document
/// at a time, and a second pass over the same corpus changes nothing. No timings are asserted.
@Suite struct IngestAtScaleTests {
    private func counts(_ store: GraphStore) throws -> [Int64] {
        try ["document", "entity", "entity_alias", "quote", "mention", "attribution", "relation"].map {
            try store.database.scalarInt("SELECT count(*) FROM \($0)")
        }
    }

    private func corpus(_ count: Int, seed: UInt64 = 2) -> [IngestItem] {
        let generator = CorpusGenerator(seed: seed)
        return (0..<count).map { index in
            let article = generator.article(index)
            return .document(SourceDocument(name: article.id, title: article.title, outlet: article.outlet, text: article.text))
        }
    }

    @Test func chunkedIngestGivesTheSameGraphAsOneDocumentPerTransaction() throws {
        let items = corpus(150)
        let reference = try GraphStore(path: ":memory:")
        _ = try Ingester(store: reference, pipeline: .benchStandIn, options: .init(batchSize: 1)).ingest(items)
        let store = try GraphStore(path: ":memory:")
        let summary = try Ingester(store: store, pipeline: .benchStandIn, options: .init(batchSize: 100)).ingest(items)
        #expect(summary.added == 150)
        #expect(try counts(store) == counts(reference))
        #expect(try counts(store)[5] > 1_000)  // the stand-in finds attributions, so the writer had work to do
    }

    @Test func reingestingTheSameCorpusChangesNothing() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("graph.sqlite")
        let items = corpus(130)
        var progressCalls = 0
        let first = try Ingester(store: try GraphStore(path: path), pipeline: .benchStandIn, options: .init(batchSize: 100))
            .ingest(items) { _ in progressCalls += 1 }
        #expect(first.added == 130)
        #expect(progressCalls == 2)  // transactions of up to 100 documents, in chunks of 64: 128, then 2
        let store = try GraphStore(path: path)
        let before = try counts(store)
        let second = try Ingester(store: store, pipeline: .benchStandIn).ingest(items)
        #expect(second.added == 0)
        #expect(second.unchanged == 130)
        #expect(second.timings.extracting == 0)
        #expect(try counts(store) == before)
    }

    @Test func aTextRepeatedInTheNextChunkIsStoredOnce() throws {
        // Chunk k + 1 is looked up before chunk k is written: the copy must still count as unchanged.
        var items = corpus(Ingester.chunkSize + 10)
        items.insert(items[3], at: Ingester.chunkSize + 2)
        let store = try GraphStore(path: ":memory:")
        let summary = try Ingester(store: store, pipeline: .benchStandIn).ingest(items)
        #expect(summary.added == Ingester.chunkSize + 10)
        #expect(summary.unchanged == 1)
        #expect(try store.database.scalarInt("SELECT count(*) FROM document") == Int64(Ingester.chunkSize + 10))
    }

    @Test func problemsAmongManyChunksAreAllReported() throws {
        var items = corpus(200)
        for position in [0, 70, 150, 202] {
            items.insert(.problem(IngestProblem(file: "bad-\(position).txt", reason: "not valid UTF-8 text")), at: position)
        }
        let summary = try Ingester(store: try GraphStore(path: ":memory:"), pipeline: .benchStandIn, options: .init(batchSize: 64))
            .ingest(items)
        #expect(summary.added == 200)
        #expect(summary.rejected.map(\.file) == ["bad-0.txt", "bad-70.txt", "bad-150.txt", "bad-202.txt"])
    }

    @Test func theStandInAttributesAQuoteToTheNearestName() {
        let extraction = Pipeline.benchStandIn.extract(
            "The Northern Fisheries Council (NFC) met.\n\n\"We will not accept this,\" Anna Kovar said. Kovar left.")
        #expect(extraction.entities.map(\.name) == ["Northern Fisheries Council", "Anna Kovar"])
        #expect(extraction.entities[0].aliases == ["NFC"])
        #expect(extraction.entities[1].mentions.count == 2)
        #expect(extraction.quotes.count == 1)
        #expect(extraction.quotes[0].text == "We will not accept this,")
        #expect(extraction.quotes[0].speaker == 1)
    }
}

@Suite struct BulkLoadSettingsTests {
    @Test func bulkLoadRestoresTheConnectionsSettings() throws {
        let folder = try TemporaryDirectory()
        let store = try GraphStore(path: folder.path("graph.sqlite"))
        let before = try [store.database.scalarInt("PRAGMA cache_size"), store.database.scalarInt("PRAGMA wal_autocheckpoint")]
        let during = try store.database.bulkLoad { try store.database.scalarInt("PRAGMA cache_size") }
        #expect(during == Database.bulkLoadCacheSize)
        #expect(during != before[0])
        #expect(try [store.database.scalarInt("PRAGMA cache_size"), store.database.scalarInt("PRAGMA wal_autocheckpoint")] == before)
        #expect(try store.database.scalarInt("PRAGMA synchronous") == 1)  // NORMAL, with WAL
    }

    @Test func stageProfileReportsEveryStageOnAStandIn() throws {
        let generator = CorpusGenerator(seed: 9)
        let documents = (0..<30).map { index in
            let article = generator.article(index)
            return SourceDocument(name: article.id, text: article.text)
        }
        let profile = StageProfile(pipeline: .benchStandIn)
        #expect(profile.inMemoryStages(documents).map(\.name) == ["hash", "tokenise", "extract", "extract", "keys"])
        let folder = try TemporaryDirectory()
        let (summary, stages, _) = try profile.ingest(documents.map(IngestItem.document), into: folder.path("p.sqlite"))
        #expect(summary.added == 30)
        #expect(stages.last?.name == "ingest")
        #expect(summary.timings.resolving >= 0 && summary.timings.storing >= 0)
    }
}
