import Testing
@testable import Graph

/// The quote merge log and undoing a quote join (`Curator.unmergeQuote`), through re-ingestion.
@Suite struct QuoteCurationTests {
    static let people = "E PERSON Tilda Marsk\nE ORG Harbour Radio\nE PERSON Odo Brennick\n"
    static let sentence = "The harbour bridge will reopen before the winter storms arrive."

    @Test func everyJoinIsRecordedWithItsRule() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.people + "Q 0 - direct | \(Self.sentence)"),
            ("b", Self.people + "Q 0 - direct | \(Self.sentence)"),
            ("c", Self.people + "Q 0 - direct | The harbour bridge will reopen – before the winter storms arrive!"),
            ("d", Self.people + "Q 0 - direct | The (new) harbour bridge will reopen before the winter storms arrive."),
            ("e", Self.people + "Q 0 - partial | reopen before the winter"),
            ("f", Self.people + "Q 2 0 partial | the winter storms"),
        ])
        #expect(try graph.quotes.count == 1)
        let byDocument = Dictionary(uniqueKeysWithValues: try graph.store.quoteMerges().map { ($0.document.prefix(1), $0) })
        #expect(byDocument["a"] == nil)
        #expect(byDocument["b"]?.reason == "exact")
        #expect(byDocument["b"]?.confidence == 1)
        #expect(byDocument["c"]?.reason == "typography")
        #expect(byDocument["d"]?.reason == "editorial")
        #expect(byDocument["e"]?.reason == "fragment")
        #expect(byDocument["f"]?.reason == "relay")
        #expect(try graph.store.quoteMerges().allSatisfy { $0.confidence > 0 && $0.confidence <= 1 })
    }

    @Test func gatheringShorterQuotesIsRecordedAsLongerForm() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.people + "Q 0 - partial | reopen before the winter"),
            ("b", Self.people + "Q 0 - direct | \(Self.sentence)"),
        ])
        #expect(try graph.quotes.count == 1)
        let record = try #require(try graph.store.quoteMerges().first)
        #expect(record.reason == "longer-form")
        #expect(record.document.hasPrefix("b"))
        #expect(record.otherKey == "reopen before the winter")
    }

    @Test func reextractionReplacesADocumentsRecords() throws {
        let graph = try ScriptedGraph()
        let articles = [("a", Self.people + "Q 0 - direct | \(Self.sentence)"), ("b", Self.people + "Q 1 - direct | \(Self.sentence)")]
        try graph.ingest(articles)
        #expect(try graph.store.quoteMerges().map(\.document) == ["b"])
        // Re-extracted in turn, each document's occurrence joins the node the other one holds: one record each,
        // however often it is done.
        for _ in 0..<2 {
            try graph.ingest(articles, reextract: true)
            #expect(try graph.store.quoteMerges().map(\.document).sorted() == ["a", "b"])
        }
    }

    @Test func undoingAnExactJoinKeepsTheOccurrenceApartThroughReingest() throws {
        let graph = try ScriptedGraph()
        let articles = [
            ("a", Self.people + "Q 0 - direct | \(Self.sentence)"),
            ("b", Self.people + "Q 2 - direct | \(Self.sentence)"),
        ]
        try graph.ingest(articles)
        let join = try #require(try graph.store.quoteMerges().first)
        #expect(try graph.curator.unmergeQuote(join.id) == 2)
        #expect(try graph.quotes.count == 2)
        #expect(try graph.store.allQuoteRules().count == 1)

        try graph.ingest(articles, reextract: true)
        #expect(try graph.quotes.count == 2)
        // A third copy joins the node that was not split off.
        try graph.ingest([("c", Self.people + "Q 0 - direct | \(Self.sentence)")])
        let quotes = try graph.quotes
        #expect(quotes.count == 2)
        #expect(quotes.map { Set($0.occurrences.map { $0.document.prefix(1) }) }.contains(["a", "c"]))
    }

    @Test func undoingAFragmentJoinKeepsItApartInEitherOrder() throws {
        let graph = try ScriptedGraph()
        let articles = [
            ("a", Self.people + "Q 0 - direct | \(Self.sentence)"),
            ("b", Self.people + "Q 0 - partial | reopen before the winter"),
        ]
        try graph.ingest(articles)
        let join = try #require(try graph.store.quoteMerges().first { $0.reason == "fragment" })
        try graph.curator.unmergeQuote(join.id)
        #expect(try graph.quotes.count == 2)
        try graph.ingest(articles.reversed(), reextract: true)
        #expect(try graph.quotes.count == 2)
        // Another article's copy of the same words joins b's copy, by identical text, not the longer quote.
        try graph.ingest([("c", Self.people + "Q 0 - partial | reopen before the winter")])
        #expect(try graph.quotes(reading: Self.sentence).first?.occurrences.count == 1)
        #expect(try graph.quotes(reading: "reopen before the winter").map(\.occurrences.count) == [2])
    }

    @Test func undoingALongerFormTakesTheGatheredNodeBackOut() throws {
        let graph = try ScriptedGraph()
        let articles = [
            ("a", Self.people + "Q 0 - partial | reopen before the winter"),
            ("b", Self.people + "Q 0 - direct | \(Self.sentence)"),
        ]
        try graph.ingest(articles)
        let join = try #require(try graph.store.quoteMerges().first { $0.reason == "longer-form" })
        try graph.curator.unmergeQuote(join.id)
        #expect(try graph.quotes.count == 2)
        try graph.ingest(articles, reextract: true)
        #expect(try graph.quotes.count == 2)
        #expect(try graph.store.quoteMerges().isEmpty)
    }

    @Test func theSameWordsTwiceInTheUndoneDocumentStayOneQuote() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", Self.people + "Q 0 - direct | \(Self.sentence)")])
        try graph.ingest([("b", Self.people + "Q 2 - direct | \(Self.sentence)\nQ 2 - direct | \(Self.sentence)")])
        let join = try #require(try graph.store.quoteMerges().first { $0.document.hasPrefix("b") })
        try graph.curator.unmergeQuote(join.id)
        let quotes = try graph.quotes
        #expect(quotes.count == 2)
        #expect(quotes.contains { $0.occurrences.count == 2 && $0.occurrences.allSatisfy { $0.document.hasPrefix("b") } })
    }

    @Test func unknownQuoteMergeIsRefused() throws {
        let graph = try ScriptedGraph()
        #expect(throws: CurationError.self) { try graph.curator.unmergeQuote(42) }
    }
}

/// The lookups the new resolution tiers and quote rules run per name or per occurrence read indexes, never a table.
@Suite struct ResolutionLookupPlanTests {
    @Test(arguments: [
        GraphStore.quoteRulesTouchingSQL, GraphStore.quoteHasVariantSQL, GraphStore.quoteOccursInSQL,
        GraphStore.peopleWithSurnameSQL, GraphStore.entityHasAliasSQL,
    ])
    func lookupReadsAnIndex(_ sql: String) throws {
        let graph = try ScriptedGraph()
        let plan = try graph.store.queryPlan(sql)
        let tables = Set(try graph.store.database.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").rows { $0.string(0) })
        // "SCAN s" over a subquery of at most LIMIT rows is fine; a scan of a stored table is not.
        let scans = plan.compactMap { step -> String? in
            let words = step.trimmingCharacters(in: .whitespaces).split(separator: " ")
            guard words.first == "SCAN", words.count > 1, tables.contains(String(words[1])), !step.contains("USING") else { return nil }
            return step
        }
        #expect(!plan.isEmpty)
        #expect(scans.isEmpty, "\(plan)")
    }
}
