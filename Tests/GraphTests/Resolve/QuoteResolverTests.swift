import Testing
@testable import Graph

@Suite struct QuoteResolverTests {
    static let people = "E PERSON Tomas Arven\nE ORG Harbor State News Service | HSNS\nE PERSON Ilse Marrow\n"

    @Test func sameWordsInAnyTypographyAreOneQuote() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.people + "Q 0 1 partial | at a steady pace."),
            ("b", Self.people + "Q 0 1 partial | at a steady pace,"),
            ("c", Self.people + "Q 0 - direct | The fleet’s repair work — now — must go on"),
            ("d", Self.people + "Q 0 - direct | The fleet's repair work - now - must go on!"),
        ])
        #expect(try graph.quotes.count == 2)
        #expect(try graph.quotes(reading: "at a steady pace").first?.occurrences.count == 2)
    }

    @Test func editorialInsertionsAreIgnored() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.people + "Q 0 - direct | The (Northern) Harbour Guard must be ready for the storm"),
            ("b", Self.people + "Q 0 - direct | The Harbour Guard must be ready for the storm"),
        ])
        #expect(try graph.quotes.count == 1)
    }

    @Test func fragmentJoinsTheLongerQuoteOfTheSameSpeakerInEitherOrder() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.people + "Q 0 1 partial | firmly reopen"),
            ("b", Self.people + "Q 0 1 partial | a larger rescue fleet and get fully ready"),
            ("c", Self.people + "Q 0 1 direct | The [fleet] should have a larger rescue fleet and get fully ready for winter, and firmly reopen them if they close."),
            ("d", Self.people + "Q 0 - partial | fully ready for winter"),
        ])
        let quotes = try graph.quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.occurrences.count == 4)
        #expect(quotes.first?.text.hasPrefix("The [fleet] should have") == true)
    }

    @Test func overlappingRenderingsOfOneSentenceAreOneQuote() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.people + "Q 0 1 partial | a larger rescue fleet and get fully ready for coping with any storm"),
            ("b", Self.people + "Q 0 1 partial | fully ready for coping with any storm at any moment"),
            ("c", Self.people + "Q 0 1 partial | any storm at any moment, we say"),
            ("d", Self.people + "Q 2 - partial | coping with any storm at any moment is our duty"),
        ])
        #expect(try graph.quotes.count == 2)
    }

    @Test func oneWordIsNeverAFragment() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.people + "Q 0 - direct | We have a larger rescue fleet"),
            ("b", Self.people + "Q 0 - scare | larger"),
        ])
        #expect(try graph.quotes.count == 2)
    }

    @Test func differentSpeakersShortIdenticalWordsStayApart() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.people + "Q 0 - scare | reckless"),
            ("b", Self.people + "Q 2 - scare | reckless"),
            ("c", Self.people + "Q - - scare | reckless"),
            ("d", Self.people + "Q 2 - partial | steady harbour watch"),
            ("e", Self.people + "Q 0 - direct | We want a steady harbour watch and peace."),
        ])
        #expect(try graph.quotes(reading: "reckless").count == 3)
        #expect(try graph.quotes.count == 5)
    }

    @Test func aStockPhraseOfManySpeakersFindsEachSpeakersOwnNode() throws {
        let graph = try ScriptedGraph()
        // Thirty people use one short phrase, each in two articles, and a medium relays the last of them.
        let speakers = (0..<30).map { "E PERSON Wren Odell\($0)x\n" }
        var articles: [(String, String)] = []
        for round in 0..<2 {
            for (index, speaker) in speakers.enumerated() { articles.append(("\(round)-\(index)", speaker + "Q 0 - scare | a open door")) }
        }
        articles.append(("relayed", speakers[29] + "E ORG Saltmarsh Wire\nQ 0 1 scare | a open door"))
        // The medium's own copy joins the node it relayed.
        articles.append(("relay", speakers[29] + "E ORG Saltmarsh Wire\nQ 1 - scare | a open door"))
        try graph.ingest(articles)
        let nodes = try graph.quotes(reading: "a open door")
        #expect(nodes.count == 30)
        #expect(nodes.map(\.occurrences.count).sorted() == Array(repeating: 2, count: 29) + [4])
    }

    @Test func aShortTextFollowsItsSpeakerThroughAnEntityMerge() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", "E PERSON Tomas Arven\nQ 0 - scare | steady now"),
            ("b", "E PERSON Captain Arven\nQ 0 - scare | steady now"),
        ])
        #expect(try graph.quotes(reading: "steady now").count == 2)
        try graph.curator.merge("Arven", into: "Tomas Arven")
        try graph.ingest([("c", "E PERSON Arven\nQ 0 - scare | steady now")])
        // The third copy joins a node of the merged person, not a node of its own.
        #expect(try graph.quotes(reading: "steady now").count == 2)
        #expect(try graph.quotes(reading: "steady now").map(\.occurrences.count).sorted() == [1, 2])
    }

    @Test func mediumRelayingASpeakerSharesTheQuote() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.people + "Q 0 1 partial | voiced approval"),
            ("b", Self.people + "Q 1 - partial | voiced approval"),
        ])
        let quote = try #require(try graph.quotes.first)
        #expect(try graph.quotes.count == 1)
        #expect(quote.speakers.count == 2)
    }

    @Test func longQuoteWithDisagreeingSpeakersIsOneNodeWithTheConsensusSpeaker() throws {
        let graph = try ScriptedGraph()
        let words = "The patrols are an essential part of keeping a steady joint harbour watch"
        try graph.ingest([
            ("a", Self.people + "Q 2 - direct | \(words)"),
            ("b", Self.people + "Q 2 - direct | \(words)."),
            ("c", Self.people + "Q 0 - direct | “\(words)”"),
        ])
        let quote = try #require(try graph.quotes.first)
        #expect(try graph.quotes.count == 1)
        #expect(quote.speaker?.name == "Ilse Marrow")
        #expect(quote.speakers.map(\.count) == [2, 1])
    }

    @Test func fragmentRelayedByAMediumJoinsTheMediumsTextWithoutBridgingTheSpeakersShorterQuote() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.people + "Q 0 1 partial | sharply cut"),
            ("b", Self.people + "Q 1 - direct | He set a goal to sharply cut the harbour toll revenue."),
            ("c", Self.people + "Q 0 1 partial | set a goal to sharply cut the harbour toll"),
        ])
        #expect(try graph.quotes.count == 2)
        #expect(try graph.quotes(reading: "sharply cut").first?.occurrences.count == 1)
        #expect(try graph.quotes(reading: "set a goal to sharply cut the harbour toll").first?.occurrences.count == 2)
    }

    @Test func fragmentsFollowTheirSpeakerThroughAnEntityMerge() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", "E PERSON Tomas Arven\nQ 0 - direct | We will firmly reopen them if they close the roads"),
            ("b", "E PERSON Captain Arven\nQ 0 - partial | firmly reopen them"),
        ])
        #expect(try graph.quotes.count == 2)
        try graph.curator.merge("Arven", into: "Tomas Arven")
        try graph.ingest([("c", "E PERSON Arven\nQ 0 - partial | firmly reopen")])
        #expect(try graph.quotes(reading: "firmly reopen").first?.occurrences.count == 2)
    }

    @Test func reextractionForgetsTheVariantsOnlyTheDocumentGave() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.people + "Q 0 - direct | We will firmly reopen them if they close the roads"),
            ("b", Self.people + "Q 0 - partial | firmly reopen them"),
        ])
        #expect(try graph.store.variantKeys(of: try #require(graph.quotes.first?.id)).count == 2)
        // Re-extracting every document rebuilds the index from the occurrences stored again.
        try graph.ingest([
            ("a", Self.people + "Q 0 - direct | We will firmly reopen them if they close the roads"),
            ("b", Self.people + "Q 0 - partial | firmly reopen them"),
        ], reextract: true)
        let quote = try #require(try graph.quotes.first)
        #expect(try graph.quotes.count == 1)
        #expect(quote.occurrences.count == 2)
        #expect(try graph.store.variantKeys(of: quote.id).count == 2)
    }

    /// Three people (0, 2 and 3) and one medium (1).
    static let crew = people + "E PERSON Odile Brannock\n"

    @Test func twoSpeakersSayingTheSameSixWordsInTwoArticlesAreOneQuote() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.crew + "Q 0 - direct | We will keep the ferry running all winter."),
            ("b", Self.crew + "Q 3 - direct | We will keep the ferry running all winter"),
        ])
        let quote = try #require(try graph.quotes.first)
        #expect(try graph.quotes.count == 1)
        #expect(quote.occurrences.count == 2)
        #expect(quote.speakers.count == 2)
    }

    @Test func aFragmentsWordsDoNotChainAnotherSpeakersSameWordsIntoTheQuote() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.crew + "Q 0 - direct | By spring we will keep the ferry running all winter and mend the old pier."),
            ("b", Self.crew + "Q 0 - partial | keep the ferry running all winter"),
            // The fragment's own speaker says it again: it finds the longer quote.
            ("c", Self.crew + "Q 0 - partial | keep the ferry running all winter"),
            ("d", Self.crew + "Q 3 - direct | Keep the ferry running all winter"),
        ])
        let long = try #require(try graph.quotes(reading: "By spring we will keep the ferry running all winter and mend the old pier").first)
        #expect(try graph.quotes.count == 2)
        #expect(long.occurrences.count == 3)
        #expect(long.speakers.count == 1)
    }

    @Test func anOverlapsWordsDoNotChainAnotherSpeakersSameWordsIntoTheQuote() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.crew + "Q 0 - direct | By spring we will mend the old pier and keep the ferry running"),
            ("b", Self.crew + "Q 0 - partial | mend the old pier and keep the ferry running through every storm"),
            ("c", Self.crew + "Q 3 - direct | Mend the old pier and keep the ferry running through every storm."),
        ])
        let joined = try #require(try graph.quotes(reading: "By spring we will mend the old pier and keep the ferry running").first)
        #expect(try graph.quotes.count == 2)
        #expect(joined.occurrences.count == 2)
        #expect(joined.speakers.count == 1)
    }

    @Test func aFragmentStaysItsSpeakersOwnAfterReextraction() throws {
        let graph = try ScriptedGraph()
        let articles = [
            ("a", Self.crew + "Q 0 - direct | By spring we will keep the ferry running all winter and mend the old pier."),
            ("b", Self.crew + "Q 0 - partial | keep the ferry running all winter"),
        ]
        try graph.ingest(articles)
        try graph.ingest(articles, reextract: true)
        try graph.ingest([("c", Self.crew + "Q 3 - direct | Keep the ferry running all winter")])
        #expect(try graph.quotes.count == 2)
        #expect(try graph.quotes(reading: "keep the ferry running all winter").map(\.occurrences.count).sorted() == [1, 2])
    }

    @Test func aLongerQuoteDoesNotFuseTwoStockPhrasesThatOtherSpeakersShare() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.crew + "Q 0 - direct | Our door stays open to every fisherman."),
            ("b", Self.crew + "Q 3 - direct | Our door stays open to every fisherman."),
            ("c", Self.crew + "Q 2 - direct | The quota talks have failed the whole coast."),
            ("d", Self.crew + "Q 0 - direct | The quota talks have failed the whole coast."),
            ("e", Self.crew + "Q 0 - direct | Our door stays open to every fisherman, and the quota talks have failed the whole coast."),
        ])
        #expect(try graph.quotes.count == 3)
        #expect(try graph.quotes(reading: "Our door stays open to every fisherman").first?.occurrences.count == 2)
        #expect(try graph.quotes(reading: "The quota talks have failed the whole coast").first?.occurrences.count == 2)
    }

    @Test func aLongerQuoteStillGathersItsOwnSpeakersShorterQuotes() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", Self.crew + "Q 0 - direct | Our door stays open to every fisherman."),
            ("b", Self.crew + "Q 0 - direct | The quota talks have failed the whole coast."),
            ("c", Self.crew + "Q 0 - direct | Our door stays open to every fisherman, and the quota talks have failed the whole coast."),
        ])
        #expect(try graph.quotes.count == 1)
        #expect(try graph.quotes.first?.occurrences.count == 3)
    }

    @Test func shinglesAreStable() {
        #expect(QuoteResolver.shingles(["a", "b", "c"]).count == 2)
        #expect(QuoteResolver.shingles(["a", "b"]) == QuoteResolver.shingles(["a", "b"]))
        #expect(QuoteResolver.shingles(["ab", "c"]) != QuoteResolver.shingles(["a", "bc"]))
    }
}

/// The parts of a quote's `Key` made ahead on the extraction cores agree with the definitions they stand for.
@Suite struct QuoteResolverKeyTests {
    @Test(arguments: [
        "", "one", "the ferry runs", "the  ferry runs ", " a b c d e f", "caf\u{E9} au lait", "a \u{301}b c",
        "the ferry the ferry the ferry",
    ])
    func wordCountIsTheCountOfTheKeysWords(key: String) {
        #expect(QuoteResolver.wordCount(key) == NameKey.words(key).count)
    }

    @Test(arguments: [
        "", "one", "the ferry runs", "the  ferry runs ", " a b c d e f", "caf\u{E9} au lait", "a \u{301}b c",
        "the ferry the ferry the ferry", "x y",
    ])
    func pairsReadFromBytesAreThePairsOfTheKeysWords(key: String) {
        let parts = QuoteResolver.parts(ofKey: key)
        #expect(parts.wordCount == NameKey.words(key).count)
        #expect(parts.shingles == QuoteResolver.shingles(NameKey.words(key)))
    }

    @Test func sortedPairsAreTheDistinctPairsAscending() {
        let key = QuoteResolver.Key(text: "We will build the dam, we will build the road, and we will build the school")
        #expect(key.sortedShingles == Set(key.shingles).sorted())
        #expect(key.filterHash == QuoteIndexFilter.hash(key.key))
    }
}

@Suite struct QuoteKeyContainmentTests {
    @Test(arguments: [
        ("firmly reopen them", "firmly reopen", true),
        ("they must firmly reopen them", "reopen them", true),
        ("a b c", "a b c", true),
        ("x y z", "z", true),
        ("ab c", "b c", false),
        ("a bc", "b", false),
        ("a", "a b", false),
        ("café au lait", "au lait", true),
        ("cafés", "café", false),
        ("", "a", false),
    ])
    func containsWholeWordRunsOnly(text: String, part: String, expected: Bool) {
        #expect(QuoteResolver.contains(text, part) == expected)
    }
}

/// Quote resolution during an ingest consults in-memory filters before SQLite (`QuoteIndexFilter`) and finds word
/// pairs in the window of recent quotes (`QuoteWindow`); these cases would find nothing if either missed what the
/// tables hold.
@Suite struct QuoteIndexFilterTests {
    static let people = "E PERSON Tavi Orlanu\nE ORG Varonese Press Bureau | VPB\n"

    @Test func fragmentFindsTheLongerQuoteOfAnEarlierIngest() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", Self.people + "Q 0 - direct | We will mend every bridge of the eastern valley by spring")])
        try graph.ingest([("b", Self.people + "Q 0 - partial | every bridge of the eastern valley")])
        #expect(try graph.quotes.count == 1)
    }

    @Test func fragmentFindsTheLongerQuoteOfANodeMergedDuringTheIngest() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            // The full name alone, then the acronym alone: two nodes, the acronym's with a long quote.
            ("a", "E ORG Varonese Press Bureau\nQ 0 - direct | The harbour tolls will fall by a third before the winter"),
            ("b", "E ORG VPB\nQ 0 - direct | The harbour tolls will rise by half before the summer rains come"),
            // An article that spells the acronym out merges the acronym's node into the full name's.
            ("c", "E ORG Varonese Press Bureau | VPB\nQ 0 - direct | Nothing more was said about the harbour today"),
            // Its fragment, said by the merged node, joins the quote the acronym's node had.
            ("d", "E ORG Varonese Press Bureau\nQ 0 - partial | rise by half before the summer"),
        ])
        #expect(try graph.entities.count == 1)
        #expect(try graph.quotes(reading: "rise by half before the summer").first?.occurrences.count == 2)
    }

    @Test func anotherConnectionsQuotesAreFoundAfterTheCheck() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", Self.people + "Q 0 - direct | The orchards of the north will bloom again")])
        let speaker = try #require(try graph.entities.first { $0.entity.name == "Tavi Orlanu" }?.entity.id)
        let resolver = QuoteResolver()
        func quote(_ text: String) -> Extraction.Quote {
            Extraction.Quote(
                span: TextSpan(start: 0, end: text.unicodeScalars.count), text: text, kind: .direct, confidence: 1,
                extractor: "test", extractorVersion: "1")
        }
        try graph.store.keepingWriterCaches {
            // The filters are built from the tables here, at the first look-up.
            _ = try graph.store.database.write {
                try resolver.resolve(quote("A new canal will carry the spring floods"), speaker: speaker, via: nil, in: graph.store)
            }
            // Another connection stores a longer quote of the same speaker, as an ingest does (the occurrence with
            // its speaker is what the window of recent quotes is built from).
            let other = try GraphStore(path: graph.path)
            try Ingester(store: other, pipeline: graph.pipeline).ingest([.document(SourceDocument(
                name: "b", text: Self.people + "Q 0 - direct | Every village of the plain will have clean water within two years"))])
            let longer = try #require(try other.quotes(withVariantKey: NameKey.quote("Every village of the plain will have clean water within two years")).first)
            try graph.store.checkWriterCaches()
            let fragment = try graph.store.database.write {
                try resolver.resolve(quote("clean water within two years"), speaker: speaker, via: nil, in: graph.store)
            }
            #expect(fragment == longer)
        }
    }
}

@Suite struct QuoteKeyOverlapTests {
    @Test(arguments: [
        ("a b c d e f", "b c d e f g h", true),  // five words end one and start the other
        ("a b c d e f", "c d e f g h", false),  // four
        ("b c d e f", "b c d e f", true),  // the whole of both
        ("x b c d e f", "b c d e fg", false),  // "f" is not "fg"
        ("x b c d e ff", "b c d e f", false),
        ("ab c d e f g", "b c d e f g", false),  // word starts only
        ("", "a b c d e", false),
    ])
    func lastWordsOfOneStartTheOther(a: String, b: String, expected: Bool) {
        #expect(QuoteResolver.overlaps(a, b, words: 5) == expected)
    }

    @Test func agreesWithTheWordByWordDefinition() {
        var generator = SystemRandomNumberGenerator()
        let vocabulary = ["we", "will", "not", "war", "peace", "now", "w", "wi"]
        func key() -> String {
            (0..<Int.random(in: 0...9, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
                .joined(separator: " ")
        }
        for _ in 0..<5_000 {
            let a = key(), b = key()
            let words = Int.random(in: 1...5, using: &generator)
            let expected = wordOverlap(NameKey.words(a), NameKey.words(b)) >= words && !a.isEmpty
            #expect(QuoteResolver.overlaps(a, b, words: words) == expected, "\(a) | \(b) | \(words)")
        }
    }
}

/// How many words at the end of `a` begin `b`: the word-by-word definition that `QuoteResolver.overlaps` computes on
/// bytes.
private func wordOverlap(_ a: [Substring], _ b: [Substring]) -> Int {
    var length = min(a.count, b.count)
    while length > 0 {
        if a.suffix(length).elementsEqual(b.prefix(length)) { return length }
        length -= 1
    }
    return 0
}
