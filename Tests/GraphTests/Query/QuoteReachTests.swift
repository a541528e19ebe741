import Foundation
import Testing
@testable import Graph

/// Quotes shown in part (`QuoteFilter.occurrenceLimit`): which occurrences are shown, and counts and dates that
/// cover every occurrence whichever way they are read.
@Suite(.serialized) struct QuoteReachTests {
    static let phrase = "We will study the ruling with care"

    /// One stock phrase in seven articles (each text its own, or they are stored once): said by Per Alm four times
    /// and Tove Rask three times, relayed once; outlets Kvist Wire (twice, in two cases), Nord Post (twice), Sol
    /// Times and two articles without one; one article undated. Five outlets, counting each article without one. A
    /// newer article carries other words.
    static func article(_ name: String, _ published: String?, _ outlet: String?, _ speaker: String, via: String? = nil)
        -> QueryFixture.Article
    {
        QueryFixture.Article(
            name: name, published: published, outlet: outlet,
            text: "Title \(name)\n\(speaker) said \"\(phrase)\" today.",
            entities: [("Tove Rask", .person, []), ("Per Alm", .person, []), ("Kvist Wire", .organization, [])],
            quotes: [(phrase, speaker, via, .direct, 0.9)], relations: [])
    }

    static let articles = [
        article("1.txt", "2031-02-01", "Kvist Wire", "Per Alm"),
        article("2.txt", "2031-05-01", "kvist wire", "Per Alm", via: "Kvist Wire"),
        article("3.txt", nil, "Nord Post", "Tove Rask"),
        article("4.txt", "2031-03-01", nil, "Per Alm"),
        article("5.txt", "2031-01-15", "Sol Times", "Tove Rask"),
        article("6.txt", "2031-04-01", "Nord Post", "Per Alm"),
        article("7.txt", "2031-02-20", nil, "Tove Rask"),
        // The newest article carries other words.
        QueryFixture.Article(
            name: "8.txt", published: "2031-06-01", outlet: "Sol Times", text: "Title 8\nPer Alm said \"Not today\" again.",
            entities: [("Per Alm", .person, [])], quotes: [("Not today", "Per Alm", nil, .direct, 0.9)], relations: []),
    ]

    let fixture: QueryFixture
    let store: GraphStore

    init() throws {
        fixture = try QueryFixture.make(articles: Self.articles)
        store = try GraphStore(path: fixture.path, readOnly: true)
    }

    func quoteID() throws -> QuoteID {
        try #require(try store.quotes(QuoteFilter()).first { $0.quote.text == Self.phrase }?.quote.id)
    }

    @Test func aQuoteShownInPartKeepsTheFiltersOccurrencesAndCountsEveryOne() throws {
        defer { fixture.remove() }
        let tove = try store.entity(named: "Tove Rask").id
        let whole = try #require(try store.quotes(QuoteFilter(speaker: tove)).first)
        #expect(whole.quote.occurrences.count == 7 && whole.hiddenOccurrences == 0)
        #expect(whole.reach == QuoteReach(
            occurrences: 7, documents: 7, outlets: 5, firstPublished: "2031-01-15", latestPublished: "2031-05-01"))

        // Tove Rask's three, then the first stored of the others; shown in publication order, undated last.
        let part = try #require(try store.quotes(QuoteFilter(speaker: tove, occurrenceLimit: 4)).first)
        #expect(part.quote.occurrences.map(\.document) == ["5.txt", "1.txt", "7.txt", "3.txt"])
        #expect(part.documents.map(\.name) == ["5.txt", "1.txt", "7.txt", "3.txt"])
        #expect(part.hiddenOccurrences == 3)
        var expected = whole.reach
        expected.countLimit = GraphStore.listedQuoteCountLimit
        #expect(part.reach == expected)

        let two = try #require(try store.quotes(QuoteFilter(speaker: tove, occurrenceLimit: 2)).first)
        #expect(two.quote.occurrences.allSatisfy { $0.speaker?.name == "Tove Rask" } && two.quote.occurrences.count == 2)
        // Without a filter of its own (a date bound), the first stored.
        let dated = try #require(try store.quotes(QuoteFilter(since: "2031-04", occurrenceLimit: 2)).first { $0.quote.id == whole.quote.id })
        #expect(dated.quote.occurrences.map(\.document) == ["1.txt", "2.txt"])
        #expect(dated.reach.outlets == 5 && dated.reach.documents == 7)
    }

    @Test func outletsAreWholeByEveryPath() throws {
        defer { fixture.remove() }
        let id = try quoteID()
        try store.database.read {
            let census = try store.outletCensus()
            #expect(census.outlets == 3 && census.documentsWithout == 2)
            // Stopped once the three outlets are met, then the two articles without one probed.
            #expect(try store.quoteOutletCount(id, census: census) == 5)
            // Too many articles without an outlet to probe: every document read.
            let many = GraphStore.OutletCensus(
                outlets: 3, documentsWithout: GraphStore.outletProbeLimit + 1, documentsStored: census.documentsStored)
            #expect(try store.quoteOutletCount(id, census: many) == 5)
        }
        #expect(QuoteReach.outletCount(try #require(try store.quoteHit(id)).documents) == 5)
    }

    @Test func aGraphWithoutOutletsCountsEachDocument() throws {
        defer { fixture.remove() }
        let bare = try QueryFixture.make(articles: Self.articles.map { var a = $0; a.outlet = nil; return a })
        defer { bare.remove() }
        let store = try GraphStore(path: bare.path, readOnly: true)
        let hit = try #require(try store.quotes(QuoteFilter(occurrenceLimit: 1)).first { $0.quote.text == Self.phrase })
        #expect(hit.reach.outlets == 7 && hit.quote.occurrences.count == 1)
        #expect(try store.database.read { try store.outletCensus() }.outlets == 0)
    }

    @Test func datesAreTheSameWalkedOrRead() throws {
        defer { fixture.remove() }
        let id = try quoteID()
        try store.database.read {
            let census = try store.outletCensus()
            // Seven documents of seven: read. Told it is in many: walked from both ends of the dates' index; and
            // with walks too short to find it, read.
            for (documents, walkLimit) in [(7, GraphStore.walkLimit), (1_000, GraphStore.walkLimit), (1_000, 1)] {
                let spread = try store.quoteSpread(id, documents: documents, census: census, walkLimit: walkLimit)
                #expect(spread.first == "2031-01-15" && spread.latest == "2031-05-01", "\(documents), \(walkLimit)")
                #expect(spread.outlets == 5)
            }
            #expect(try store.publishedWalk(id, newest: true, walkLimit: 1) == nil)
            #expect(try store.publishedWalk(id, newest: true, walkLimit: 2) == .some("2031-05-01"))
            #expect(try store.publishedWalk(id, newest: false, walkLimit: 1) == .some("2031-01-15"))
        }
    }

    @Test func countsStopOnePastTheLimitAndOutletsAndDatesDoNot() throws {
        defer { fixture.remove() }
        let id = try quoteID()
        var census: GraphStore.OutletCensus?
        let hit = try #require(try store.database.read {
            try store.quoteHit(id, showing: 1, preferring: nil, census: &census, countLimit: 3)
        })
        #expect(hit.reach.occurrences == 4 && hit.reach.documents == 4 && hit.reach.countLimit == 3)
        #expect(hit.reach.isPastLimit(hit.reach.documents) && hit.hiddenOccurrences == 3)
        #expect(hit.reach.outlets == 5 && hit.reach.latestPublished == "2031-05-01")
        guard case let .object(members) = hit.json else { Issue.record("not an object"); return }
        let keys = members.map(\.0)
        #expect(Array(keys.suffix(3)) == ["occurrences_total", "documents_total", "count_limit"])
        #expect(members.contains { $0.0 == "count_limit" && $0.1 == .int(3) })
    }

    @Test func searchShowsTheSpeakersOccurrencesFirst() throws {
        defer { fixture.remove() }
        let tove = try store.entity(named: "Tove Rask").id
        let found = try store.searchQuotes(try SearchQuery("ruling care"), speaker: tove, occurrenceLimit: 3)
        let hit = try #require(found.hits.first)
        #expect(hit.quote.occurrences.allSatisfy { $0.speaker?.name == "Tove Rask" })
        #expect(hit.reach.documents == 7 && hit.hiddenOccurrences == 4)
    }

    @Test func sortByOutletsCountsEveryCandidate() throws {
        defer { fixture.remove() }
        let both = try QueryFixture.make(articles: QueryFixture.articles + Self.articles)
        defer { both.remove() }
        let store = try GraphStore(path: both.path, readOnly: true)
        let sorted = try store.quotes(QuoteFilter(order: .outlets))
        let byDate = try store.quotes(QuoteFilter(order: .date))
        // The same order as the whole hits' counts give: most outlets first, ties newest first (the date order).
        let expected = byDate.enumerated().sorted { a, b in
            a.element.outletCount != b.element.outletCount ? a.element.outletCount > b.element.outletCount : a.offset < b.offset
        }.map(\.element.quote.id)
        #expect(sorted.map(\.quote.id) == expected)
        #expect(sorted.first?.quote.text == Self.phrase && sorted.first?.outletCount == 5)
        // With a limit, quotes are counted by their documents' bound, most first, and stop early: the same answer.
        for limit in 1...expected.count {
            #expect(try store.quotes(QuoteFilter(order: .outlets, limit: limit)).map(\.quote.id) == Array(expected.prefix(limit)))
        }
        let per = try store.entity(named: "Per Alm").id
        let hers = try store.quotes(QuoteFilter(speaker: per, order: .outlets)).map(\.quote.id)
        #expect(try store.quotes(QuoteFilter(speaker: per, order: .outlets, limit: 1)).map(\.quote.id) == Array(hers.prefix(1)))
    }

    @Test func searchPutsTheQuoteOfExactlyTheseWordsFirst() throws {
        defer { fixture.remove() }
        // Two longer quotes that contain the phrase, stored after it: the most recently stored come first when
        // the search matches too many to rank, but the quote that is exactly the phrase comes before them.
        let longer = Self.articles + ["9.txt", "10.txt"].map { name in
            QueryFixture.Article(
                name: name, published: "2031-07-01", outlet: nil,
                text: "Title \(name)\nPer Alm said \"\(Self.phrase), and so will you \(name)\" later.",
                entities: [("Per Alm", .person, [])], quotes: [("\(Self.phrase), and so will you \(name)", "Per Alm", nil, .direct, 0.9)],
                relations: [])
        }
        let graph = try QueryFixture.make(articles: longer)
        defer { graph.remove() }
        let store = try GraphStore(path: graph.path, readOnly: true)
        for text in ["\"we will study the ruling with care\"", "study the ruling with care we will", "We will study the Ruling, with care!"] {
            let search = try SearchQuery(text)
            let recent = try store.searchQuotes(search, limit: 2, rankedLimit: 1)
            #expect(!recent.isRanked)
            let exact = text.hasPrefix("study") ? [] : [Self.phrase]
            #expect(Array(recent.hits.map(\.quote.text).prefix(exact.count)) == exact, "\(text)")
            #expect(recent.hits.count == 2 && recent.hits.first?.snippet != nil)
        }
        // A prefix or OR names no exact quote.
        #expect(try SearchQuery("ruling*").exactKey == nil && SearchQuery("ruling OR care").exactKey == nil)
        #expect(try SearchQuery("“Ruling,” care").exactKey == "ruling care")
        let per = try store.entity(named: "Per Alm").id, tove = try store.entity(named: "Tove Rask").id
        #expect(try store.searchQuotes(SearchQuery(Self.phrase), speaker: per, limit: 1, rankedLimit: 1).hits.first?.quote.text == Self.phrase)
        #expect(try store.searchQuotes(SearchQuery("ruling care, and so will you"), speaker: tove, limit: 1, rankedLimit: 1).hits.isEmpty)
    }
}
