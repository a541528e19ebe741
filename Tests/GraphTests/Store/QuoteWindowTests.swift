import Foundation
import Testing
@testable import Graph

/// The window of recent quotes (`QuoteWindow`) finds a speaker's quotes by word pair and anchor, forgets the oldest
/// past its capacity, and follows the store's merges; rebuilt from the database it finds what the live one found.
@Suite struct QuoteWindowTests {
    func key(_ text: String) -> QuoteResolver.Key { QuoteResolver.Key(text: text) }

    func add(_ text: String, speaker: Int64, quote: Int64, to window: QuoteWindow) {
        let key = key(text)
        window.add(key: key.key, shingles: key.shingles, speaker: EntityID(rawValue: speaker), quote: QuoteID(rawValue: quote))
    }

    /// The nodes of `speaker`'s quotes in the window that hold the first word pair of `text`.
    func nodes(holding text: String, speaker: Int64, in window: QuoteWindow, anchor: Bool = false) -> [Int64] {
        let pair = key(text).shingles[0]
        return Array(Set(window.variants(pair, speaker: EntityID(rawValue: speaker), anchor: anchor, limit: 64).map(\.quote.rawValue))).sorted()
    }

    @Test func forgetsTheOldestOccurrencesPastItsCapacity() {
        let window = QuoteWindow(capacity: 4)
        for quote in Int64(1)...6 {
            let tail = (0..<Int(quote)).map { "word\($0)" }.joined(separator: " ")
            add("grain prices will settle \(tail)", speaker: 7, quote: quote, to: window)
        }
        #expect(window.count == 4)
        #expect(nodes(holding: "grain prices", speaker: 7, in: window) == [3, 4, 5, 6])
        #expect(nodes(holding: "grain prices", speaker: 7, in: window, anchor: true) == [3, 4, 5, 6])
        #expect(window.count(key("grain prices").shingles[0], speaker: EntityID(rawValue: 7), anchor: false, limit: 64) == 4)
        #expect(window.count(key("grain prices").shingles[0], speaker: EntityID(rawValue: 7), anchor: false, limit: 2) == 2)
        // Another speaker's pairs are theirs.
        #expect(nodes(holding: "grain prices", speaker: 8, in: window).isEmpty)
    }

    @Test func memoryStaysWithinTheBoundWhateverGoesThrough() {
        let window = QuoteWindow(capacity: 64)
        for quote in Int64(1)...10_000 {
            add("the quarry at site \(quote) will close in \(quote % 12) months", speaker: quote % 7, quote: quote, to: window)
        }
        #expect(window.count == 64)
        // 64 occurrences, 1 280 postings, a head table of 2 048 buckets: a few tens of KB.
        #expect(window.byteCount < 64 << 10)
        #expect(nodes(holding: "the quarry", speaker: 10_000 % 7, in: window).allSatisfy { $0 > 10_000 - 64 })
    }

    @Test func longQuotesWrapThePostingsFirst() {
        // 20 postings an occurrence: three of 60 words fill the ring of a window of four.
        let window = QuoteWindow(capacity: 4)
        for quote in Int64(1)...3 {
            let tail = (0..<60).map { "word\($0)" }.joined(separator: " ")
            add("grain prices will settle \(tail)", speaker: 7, quote: quote, to: window)
        }
        // 64 postings each (63 pairs, then the anchor): the last 16 of the second are left, none of the first.
        #expect(window.count == 3)
        #expect(nodes(holding: "grain prices", speaker: 7, in: window) == [3])
        #expect(nodes(holding: "grain prices", speaker: 7, in: window, anchor: true) == [2, 3])
        #expect(nodes(holding: "word58 word59", speaker: 7, in: window) == [2, 3])
    }

    @Test func anchorsAreTheFirstPairOnly() {
        let window = QuoteWindow()
        add("the river ferries run again", speaker: 1, quote: 1, to: window)
        #expect(nodes(holding: "the river", speaker: 1, in: window, anchor: true) == [1])
        #expect(nodes(holding: "ferries run", speaker: 1, in: window, anchor: true).isEmpty)
        #expect(nodes(holding: "ferries run", speaker: 1, in: window) == [1])
    }

    @Test func followsAQuoteMergeAndAReusedID() {
        let window = QuoteWindow()
        add("the toll bridge closes at dusk", speaker: 1, quote: 5, to: window)
        add("the toll bridge opens at dawn", speaker: 1, quote: 6, to: window)
        window.mergeQuote(QuoteID(rawValue: 6), into: QuoteID(rawValue: 5))
        #expect(nodes(holding: "the toll", speaker: 1, in: window) == [5])
        #expect(window.variants(key("the toll").shingles[0], speaker: EntityID(rawValue: 1), anchor: false, limit: 64).count == 2)
        // SQLite gives the merged node's id to the next new quote: the old occurrences stay with the node that kept them.
        window.noteNewQuote(QuoteID(rawValue: 6))
        add("the toll bridge is free on feast days", speaker: 1, quote: 6, to: window)
        #expect(nodes(holding: "the toll", speaker: 1, in: window) == [5, 6])
        #expect(nodes(holding: "is free", speaker: 1, in: window) == [6])
        #expect(nodes(holding: "opens at", speaker: 1, in: window) == [5])
    }

    @Test func followsAnEntityMerge() {
        let window = QuoteWindow()
        add("salt from the coast will be cheaper", speaker: 2, quote: 1, to: window)
        add("salt from the mines is dearer", speaker: 3, quote: 2, to: window)
        window.mergeSpeaker(EntityID(rawValue: 2), into: EntityID(rawValue: 3))
        #expect(nodes(holding: "salt from", speaker: 3, in: window) == [1, 2])
        #expect(nodes(holding: "salt from", speaker: 3, in: window, anchor: true) == [1, 2])
        // The merged node's id, given to a new entity, finds none of the old node's quotes.
        #expect(nodes(holding: "salt from", speaker: 2, in: window).isEmpty)
    }

    @Test func holdsTheSpeakersOfTheOccurrencesInTheWindow() {
        let window = QuoteWindow(capacity: 2)
        add("the canal locks open at noon", speaker: 1, quote: 1, to: window)
        add("the canal locks close at dusk", speaker: 2, quote: 2, to: window)
        #expect(window.holds(EntityID(rawValue: 1)) && window.holds(EntityID(rawValue: 2)))
        #expect(!window.holds(EntityID(rawValue: 3)))
        // The first occurrence leaves the window, and its speaker with it.
        add("the canal tolls will rise", speaker: 2, quote: 3, to: window)
        #expect(!window.holds(EntityID(rawValue: 1)))
        window.mergeSpeaker(EntityID(rawValue: 2), into: EntityID(rawValue: 4))
        #expect(!window.holds(EntityID(rawValue: 2)))
        #expect(window.holds(EntityID(rawValue: 4)))
        #expect(nodes(holding: "the canal", speaker: 4, in: window) == [2, 3])
    }

    @Test func clearedQuotesCountOnlyFromTheirNewOccurrences() {
        let window = QuoteWindow()
        add("the night trains return in spring", speaker: 1, quote: 4, to: window)
        window.clear(QuoteID(rawValue: 4))
        #expect(nodes(holding: "night trains", speaker: 1, in: window).isEmpty)
        add("the night trains return in autumn", speaker: 1, quote: 4, to: window)
        #expect(window.variants(key("night trains").shingles[0], speaker: EntityID(rawValue: 1), anchor: false, limit: 64).map(\.key)
            == ["the night trains return in autumn"])
    }

    @Test(arguments: [1, 2, 3, 64])
    func variantsAfterACountAreTheVariantsOfAFreshWalk(limit: Int) {
        // Two windows with the same occurrences: one is asked for counts first (whose reads the variants may reuse),
        // the other only for variants.
        let counted = QuoteWindow(capacity: 32)
        let fresh = QuoteWindow(capacity: 32)
        let texts = [
            "the ferry to the islands will run twice a day", "the ferry to the islands is late again",
            "twice a day the ferry to the islands", "the islands will run out of fuel", "a day the ferry",
        ]
        for quote in Int64(1)...40 {
            for window in [counted, fresh] {
                add(texts[Int(quote) % texts.count], speaker: quote % 3, quote: quote % 11 + 1, to: window)
            }
        }
        for speaker in Int64(0)..<3 {
            for text in texts {
                for pair in key(text).shingles {
                    for anchor in [false, true] {
                        let entity = EntityID(rawValue: speaker)
                        let count = counted.count(pair, speaker: entity, anchor: anchor, limit: limit)
                        #expect(count == fresh.count(pair, speaker: entity, anchor: anchor, limit: limit))
                        let found = counted.variants(pair, speaker: entity, anchor: anchor, limit: limit)
                        let expected = fresh.variants(pair, speaker: entity, anchor: anchor, limit: limit)
                        #expect(found.map(\.quote) == expected.map(\.quote))
                        #expect(found.map(\.key) == expected.map(\.key))
                        #expect(Set(found.map(\.quote)).count == count)
                    }
                }
            }
        }
        // A merge between the count and the variants is seen by the variants.
        let pair = key("the ferry").shingles[0]
        _ = counted.count(pair, speaker: EntityID(rawValue: 1), anchor: false, limit: limit)
        for window in [counted, fresh] { window.mergeQuote(QuoteID(rawValue: 3), into: QuoteID(rawValue: 2)) }
        let found = counted.variants(pair, speaker: EntityID(rawValue: 1), anchor: false, limit: limit)
        let expected = fresh.variants(pair, speaker: EntityID(rawValue: 1), anchor: false, limit: limit)
        #expect(found.map(\.quote) == expected.map(\.quote))
        #expect(!found.contains { $0.quote == QuoteID(rawValue: 3) })
    }

    @Test func rebuiltFromTheDatabaseFindsWhatTheLiveWindowFound() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            // An entity merge during the ingest: the acronym's node joins the full name's.
            ("a", "E ORG Varonese Press Bureau\nQ 0 - direct | The harbour tolls will fall by a third before the winter"),
            ("b", "E ORG VPB\nQ 0 - direct | The harbour tolls will rise by half before the summer rains come"),
            ("c", "E ORG Varonese Press Bureau | VPB\nQ 0 - direct | Nothing more was said about the harbour today"),
            // A quote merge: the longer form gathers two fragments of one speaker.
            ("d", "E PERSON Tavi Orlanu\nQ 0 - partial | every bridge of the eastern valley"),
            ("e", "E PERSON Tavi Orlanu\nQ 0 - partial | the eastern valley by spring"),
            ("f", "E PERSON Tavi Orlanu\nQ 0 - direct | We will mend every bridge of the eastern valley by spring"),
            ("g", "E PERSON Tavi Orlanu\nQ 0 - direct | The mills of the eastern valley will run by summer"),
        ])
        #expect(try graph.quotes(reading: "We will mend every bridge of the eastern valley by spring").first?.occurrences.count == 3)
        let live = try graph.store.quoteWindow()
        let rebuilt = try GraphStore(path: graph.path)
        defer { _ = rebuilt }
        let fresh = try rebuilt.quoteWindow()
        #expect(fresh !== live)
        let occurrences = try graph.store.database.cached("SELECT speaker, surface FROM attribution WHERE speaker IS NOT NULL")
            .rows { (EntityID(rawValue: $0.int(0)), $0.string(1)) }
        #expect(occurrences.count == 7)
        for (speaker, text) in occurrences {
            for pair in key(text).shingles {
                for anchor in [false, true] {
                    let expected = live.variants(pair, speaker: speaker, anchor: anchor, limit: 64)
                    let found = fresh.variants(pair, speaker: speaker, anchor: anchor, limit: 64)
                    #expect(found.map(\.quote) == expected.map(\.quote), "\(text)")
                    #expect(Set(found.map(\.key)) == Set(expected.map(\.key)), "\(text)")
                }
            }
        }
    }

    @Test func aFragmentOlderThanTheWindowIsANodeOfItsOwn() throws {
        func nodes(capacity: Int) throws -> Int {
            let graph = try ScriptedGraph()
            graph.store.quoteWindowCapacity = capacity
            try graph.ingest([
                ("a", "E PERSON Tavi Orlanu\nQ 0 - direct | We will mend every bridge of the eastern valley by spring"),
                ("b", "E PERSON Tavi Orlanu\nQ 0 - direct | The mills will run again once the floods have gone"),
                ("c", "E PERSON Tavi Orlanu\nQ 0 - partial | every bridge of the eastern valley"),
            ])
            return try graph.quotes.count
        }
        #expect(try nodes(capacity: 1) == 3)
        #expect(try nodes(capacity: 2) == 2)
    }

    @Test func aRolledBackWriteDropsTheWindow() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E PERSON Tavi Orlanu\nQ 0 - direct | The ferries of the north will sail at dawn")])
        let window = try graph.store.quoteWindow()
        struct Stop: Error {}
        _ = try? graph.store.database.write { throw Stop() }
        #expect(try graph.store.quoteWindow() !== window)
    }

    @Test func aDatabaseWithTheWordPairTablesOpensWithoutThemAndResolves() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E PERSON Tavi Orlanu\nQ 0 - direct | We will mend every bridge of the eastern valley by spring")])
        // The tables as the schema had them before the step that drops them, with a row; and quote_variant as it
        // was then.
        let before = try #require(Migrations.steps.firstIndex(of: Migrations.quoteWindow))
        try graph.store.database.execute("""
            CREATE TABLE quote_shingle (speaker INTEGER NOT NULL, shingle INTEGER NOT NULL, quote INTEGER NOT NULL,
                PRIMARY KEY (speaker, shingle, quote)) STRICT, WITHOUT ROWID;
            CREATE INDEX quote_shingle_quote ON quote_shingle(quote);
            CREATE TABLE quote_anchor (speaker INTEGER NOT NULL, shingle INTEGER NOT NULL, quote INTEGER NOT NULL,
                PRIMARY KEY (speaker, shingle, quote)) STRICT, WITHOUT ROWID;
            CREATE INDEX quote_anchor_quote ON quote_anchor(quote);
            INSERT INTO quote_shingle VALUES (1, 2, 1);
            DROP TABLE quote_variant;
            CREATE TABLE quote_variant (key TEXT NOT NULL, quote INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
                PRIMARY KEY (key, quote)) STRICT, WITHOUT ROWID;
            CREATE INDEX quote_variant_quote ON quote_variant(quote);
            INSERT INTO quote_variant SELECT key, id FROM quote;
            PRAGMA user_version = \(before);
            """)
        let reopened = try GraphStore(path: graph.path)
        #expect(try reopened.schemaVersion == Migrations.latestVersion)
        #expect(try reopened.database.scalarInt(
            "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'quote_shingle%' OR name LIKE 'quote_anchor%'") == 0)
        // The window is built from the occurrences: a fragment still finds its longer quote.
        try Ingester(store: reopened, pipeline: graph.pipeline).ingest([.document(SourceDocument(
            name: "b", text: "E PERSON Tavi Orlanu\nQ 0 - partial | every bridge of the eastern valley"))])
        #expect(try graph.quotes.count == 1)
    }

    @Test func theMigrationDropsTheWordPairTables() throws {
        let graph = try ScriptedGraph()
        let tables = try graph.store.database.cached(
            "SELECT count(*) FROM sqlite_schema WHERE name IN ('quote_shingle', 'quote_anchor')"
        ).rows { $0.int(0) }
        #expect(tables == [0])
    }
}
