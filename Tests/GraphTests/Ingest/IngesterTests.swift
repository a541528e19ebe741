import Foundation
import Testing
@testable import Graph

@Suite struct IngesterTests {
    private func document(_ name: String, _ text: String) -> IngestItem {
        .document(SourceDocument(name: name, text: text))
    }

    private func counts(_ store: GraphStore) throws -> [Int64] {
        try ["document", "entity", "entity_alias", "quote", "mention", "attribution", "relation"].map {
            try store.database.scalarInt("SELECT count(*) FROM \($0)")
        }
    }

    @Test func theSameTextTwiceIsOneDocument() throws {
        let store = try GraphStore(path: ":memory:")
        let ingester = Ingester(store: store, pipeline: .quotedPassages)
        let items = [document("a.txt", "Ann said \"yes\"."), document("b.txt", "Bo said \"no\"."), document("copy.txt", "Ann said \"yes\".")]
        let first = try ingester.ingest(items)
        #expect(first.added == 2)
        #expect(first.unchanged == 1)
        let before = try counts(store)
        let second = try ingester.ingest(items)
        #expect(second.added == 0)
        #expect(second.unchanged == 3)
        #expect(try counts(store) == before)
    }

    @Test func aDescribedSpeakerIsStoredAsWordsNotAsAnEntity() throws {
        let store = try GraphStore(path: ":memory:")
        let text = "\"We ask for one more bridge,\" the letter reads.\n\"The dam holds,\" Tomas Berg said."
        _ = try Ingester(store: store, pipeline: .standard).ingest([document("a.txt", text), document("b.txt", text + " ")])
        var occurrences: [QuoteRecord.Occurrence] = []
        var lines: [String] = []
        try store.forEachQuote { quote in
            occurrences += quote.occurrences
            lines.append(quote.json.serialized())
        }
        let described = occurrences.filter { $0.text.hasPrefix("We ask") }
        #expect(described.count == 2)
        #expect(described.allSatisfy { $0.speaker == nil && $0.speakerName == "the letter" })
        #expect(occurrences.filter { $0.text.hasPrefix("The dam") }.allSatisfy { $0.speakerDescription == nil && $0.speakerName == "Tomas Berg" })
        #expect(try store.database.scalarInt("SELECT count(*) FROM entity WHERE name LIKE '%letter%'") == 0)
        #expect(lines.contains { $0.contains("\"speaker\": \"the letter\"") && $0.contains("\"speaker_description\": \"the letter\"") })
    }

    @Test func aNewPipelineReextractsWithoutDuplicates() throws {
        let store = try GraphStore(path: ":memory:")
        let items = [document("a.txt", "Ann said \"yes\" and \"no\".")]
        _ = try Ingester(store: store, pipeline: .quotedPassages).ingest(items)
        let before = try counts(store)

        var newer = QuotedPassages()
        newer.version = "2"
        let summary = try Ingester(store: store, pipeline: try Pipeline([newer])).ingest(items)
        #expect(summary.reextracted == 1)
        #expect(try counts(store) == before)
        #expect(try store.database.scalarInt("SELECT count(*) FROM attribution WHERE extractor_version = '2'") == 2)
    }

    /// Bulk loads run with foreign keys off, so the writer deletes a node's dependent rows itself: after entity and
    /// quote merges, and after a re-extraction that leaves entities and quotes without evidence, no row points at
    /// a missing one; and foreign keys are on again once the ingest is over.
    @Test func mergesAndReextractionLeaveNoDanglingRows() throws {
        let store = try GraphStore(path: ":memory:")
        let items = [
            document("a.txt", """
                Senator Tomas Berg of the Farmers Union met Prime Minister Ada Lind in Oslo on Monday.
                "The dam holds, and the valley will stay dry," Berg said, according to NTB.
                """),
            document("b.txt", """
                Tomas Berg, a senator, spoke after the talks in Oslo.
                "The dam holds, and the valley will stay dry," the senator said. Lind said: "We agree on the bridge."
                """),
            document("c.txt", "Mr Berg told Reuters: \"The dam holds.\" Ada Lind did not comment.\n"),
        ]
        _ = try Ingester(store: store, pipeline: .standard).ingest(items)
        #expect(try store.database.scalarInt("SELECT count(*) FROM entity_merge") > 0)
        #expect(try store.database.scalarInt("SELECT count(*) FROM quote_merge") > 0)
        #expect(try store.database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)

        // Another pipeline: the named entities go, and with them their names, surnames and merge records.
        let entities = try store.database.scalarInt("SELECT count(*) FROM entity")
        let summary = try Ingester(store: store, pipeline: .quotedPassages).ingest(items)
        #expect(summary.reextracted == 3)
        #expect(try store.database.scalarInt("SELECT count(*) FROM entity") < entities)
        #expect(try store.database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
        #expect(try store.database.scalarInt("PRAGMA foreign_keys") == 1)

        // And back: everything extracted again, still whole.
        _ = try Ingester(store: store, pipeline: .standard, options: .init(reextract: true)).ingest(items)
        #expect(try store.database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
    }

    @Test func reextractFlagRedoesTheCurrentPipeline() throws {
        let store = try GraphStore(path: ":memory:")
        let items = [document("a.txt", "Ann said \"yes\".")]
        _ = try Ingester(store: store, pipeline: .quotedPassages).ingest(items)
        let before = try counts(store)
        let summary = try Ingester(store: store, pipeline: .quotedPassages, options: .init(reextract: true)).ingest(items)
        #expect(summary.reextracted == 1)
        #expect(try counts(store) == before)
    }

    @Test func aDocumentThatFailsToStoreLeavesNoRowsAndTheOthersGoIn() throws {
        let store = try GraphStore(path: ":memory:")
        try store.refuseOccurrences()
        let summary = try Ingester(store: store, pipeline: .quotedPassages).ingest([
            document("one.txt", "Ann said \"fine\"."),
            document("two.txt", "Cy said \"ok\" and then \"boom\"."),
            document("three.txt", "Di said \"also fine\"."),
        ])
        #expect(summary.added == 2)
        #expect(summary.rejected.map(\.file) == ["two.txt"])
        #expect(try store.database.scalarInt("SELECT count(*) FROM document WHERE name = 'two.txt'") == 0)
        #expect(try store.database.scalarInt("SELECT count(*) FROM attribution WHERE surface = 'ok'") == 0)
        #expect(try store.database.scalarInt("SELECT count(*) FROM mention WHERE surface = 'Cy'") == 0)
        #expect(try store.database.scalarInt("SELECT count(*) FROM document") == 2)
    }

    @Test func aFailureInALargeTransactionLeavesTheGraphOfTheOthers() throws {
        // Three chunks of 64 in one transaction; the failing text comes again in its chunk and in the next.
        let failing = "Cy said \"ok\" and then \"boom\"."
        var items = (0..<150).map { document("d\($0).txt", "Person\($0 % 7) said \"words \($0 % 40)\".") }
        items[70] = document("bad.txt", failing)
        items[100] = document("bad-copy.txt", failing)
        items[130] = document("bad-copy-2.txt", failing)
        func refusing() throws -> GraphStore {
            let store = try GraphStore(path: ":memory:")
            try store.refuseOccurrences()
            return store
        }
        let store = try refusing()
        let summary = try Ingester(store: store, pipeline: .quotedPassages, options: .init(batchSize: 1000)).ingest(items)
        #expect(summary.added == 147)
        #expect(summary.rejected.map(\.file) == ["bad.txt", "bad-copy.txt", "bad-copy-2.txt"])
        let reference = try refusing()
        _ = try Ingester(store: reference, pipeline: .quotedPassages, options: .init(batchSize: 1000))
            .ingest(items.enumerated().filter { ![70, 100, 130].contains($0.offset) }.map(\.element))
        #expect(try counts(store) == counts(reference))
        func rows(_ store: GraphStore) throws -> [String] {
            try store.database.prepare("SELECT quote, document, speaker, surface FROM attribution ORDER BY id").rows {
                "\($0.int(0)) \($0.int(1)) \($0.optionalInt(2) ?? 0) \($0.string(3))"
            }
        }
        #expect(try rows(store) == rows(reference))
    }

    @Test func problemsAreReportedNotThrown() throws {
        let store = try GraphStore(path: ":memory:")
        let summary = try Ingester(store: store, pipeline: .quotedPassages).ingest([
            .problem(IngestProblem(file: "bad.txt", reason: "not valid UTF-8 text")),
            document("good.txt", "Ann said \"yes\"."),
        ])
        #expect(summary.added == 1)
        #expect(summary.rejected.count == 1)
    }

    @Test(arguments: [1, 2, 64])
    func resultsDoNotDependOnBatchSize(batchSize: Int) throws {
        let items = (0..<7).map { document("d\($0).txt", "Person\($0 % 3) said \"words \($0 % 2)\".") }
        let reference = try GraphStore(path: ":memory:")
        _ = try Ingester(store: reference, pipeline: .quotedPassages, options: .init(batchSize: 1000)).ingest(items)
        let store = try GraphStore(path: ":memory:")
        _ = try Ingester(store: store, pipeline: .quotedPassages, options: .init(batchSize: batchSize)).ingest(items)
        #expect(try counts(store) == counts(reference))
    }
}
