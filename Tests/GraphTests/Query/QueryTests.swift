import Foundation
import Testing
@testable import Graph

@Suite(.serialized) struct QueryTests {
    let fixture: QueryFixture
    let store: GraphStore

    init() throws {
        fixture = try QueryFixture.make()
        store = try GraphStore(path: fixture.path, readOnly: true)
    }

    // The store closes when the suite instance is released; the file goes with the fixture.
    func cleanUp() { fixture.remove() }

    @Test func namesMatchAnyAliasCaseAndDashInsensitively() throws {
        defer { cleanUp() }
        #expect(try store.entity(named: "Marta Lindqvist Berg").name == "Marta Lindqvist Berg")
        #expect(try store.entity(named: "marta lindqvist-berg").name == "Marta Lindqvist Berg")
        #expect(try store.entity(named: "fna").name == "Fjord News Agency")
        #expect(try store.entity(named: "JAN OLAV SUNDE").name == "Jan-Olav Sunde")
        let chair = try store.entity(named: "Marta Lindqvist Berg")
        #expect(try store.entity(named: chair.jsonID) == chair)
    }

    @Test func ambiguousNameListsCandidates() throws {
        defer { cleanUp() }
        do {
            _ = try store.entity(named: "Lindqvist")
            Issue.record("expected an ambiguous name")
        } catch let QueryError.ambiguousName(_, candidates) {
            #expect(Set(candidates.map(\.name)) == ["Marta Lindqvist Berg", "Sara Lindqvist"])
        }
    }

    @Test func unknownNameSuggestsClosest() throws {
        defer { cleanUp() }
        do {
            _ = try store.entity(named: "Marta Lindkvist Berg")
            Issue.record("expected an unknown name")
        } catch let QueryError.unknownName(_, suggestions) {
            #expect(suggestions.first?.name == "Marta Lindqvist Berg")
        }
        #expect(throws: QueryError.self) { try store.entity(named: "E999") }
    }

    @Test func unknownNameSuggestsTheNameOfAMisspeltWord() throws {
        defer { cleanUp() }
        // "Sunda" shares no word and no start with "jan olav sunde", and is far from it as a whole.
        do {
            _ = try store.entity(named: "Sunda")
            Issue.record("expected an unknown name")
        } catch let QueryError.unknownName(_, suggestions) {
            #expect(suggestions.first?.name == "Jan-Olav Sunde")
        }
    }

    @Test func whoSaidFindsSpeakerMediumAndBothArticles() throws {
        defer { cleanUp() }
        let hits = try store.searchQuotes(SearchQuery("fleet repairs")).hits
        #expect(hits.count == 1)
        let hit = try #require(hits.first)
        #expect(hit.quote.speaker?.name == "Marta Lindqvist Berg")
        #expect(hit.via.map(\.name) == ["Fjord News Agency"])
        #expect(hit.documents.map(\.name) == ["a.txt", "b.txt"])
        #expect(hit.snippet?.contains(SearchHighlight.start + "fleet" + SearchHighlight.end) == true)
    }

    @Test(arguments: ["“fleet repairs”", "\"FLEET REPAIRS\"", "repair*", "fleet—repairs", "shipyards OR nothingatall"])
    func whoSaidIsTypographyInsensitive(text: String) throws {
        defer { cleanUp() }
        let hits = try store.searchQuotes(SearchQuery(text)).hits
        #expect(hits.map(\.quote.speaker?.name) == ["Marta Lindqvist Berg"])
    }

    @Test func whoSaidNeverFailsOnFTSSyntax() throws {
        defer { cleanUp() }
        for text in ["NEAR(", "col:fleet", "fleet AND", "(\"fleet", "^fleet", "a\"b\"c*", "-fleet", "fleet:*", "{fleet}"] {
            _ = try store.searchQuotes(SearchQuery(text))
        }
    }

    @Test func quotesBySpeakerCountOutlets() throws {
        defer { cleanUp() }
        let spokesman = try store.entity(named: "Jan-Olav Sunde")
        let hits = try store.quotes(QuoteFilter(speaker: spokesman.id))
        #expect(hits.count == 1)
        #expect(hits.first?.outletCount == 2)
        #expect(hits.first?.quote.occurrences.compactMap(\.via?.name) == ["Harbor Wire"])
    }

    @Test func quoteFiltersCombine() throws {
        defer { cleanUp() }
        let fna = try store.entity(named: "FNA")
        #expect(try store.quotes(QuoteFilter(via: fna.id)).map(\.quote.speaker?.name) == ["Marta Lindqvist Berg"])
        #expect(try store.quotes(QuoteFilter(kind: .scare)).map(\.quote.text) == ["reckless"])
        #expect(try store.quotes(QuoteFilter(minConfidence: 0.85)).count == 2)
        #expect(try store.quotes(QuoteFilter(document: "c.txt")).map(\.quote.speaker?.name) == ["Erik Haugland"])
        #expect(try store.quotes(QuoteFilter(until: "2024-03-01")).count == 2)
        #expect(try store.quotes(QuoteFilter(since: "2024-03-02", until: "2024-03")).count == 3)
        #expect(try store.quotes(QuoteFilter(since: "2024-04")).map(\.quote.text) == ["profits rose in every region"])
        let byOutlets = try store.quotes(QuoteFilter(order: .outlets))
        #expect(byOutlets.prefix(2).allSatisfy { $0.outletCount == 2 })
        let byDate = try store.quotes(QuoteFilter(order: .date))
        #expect(byDate.first?.quote.text == "profits rose in every region")
        #expect(byDate.last?.quote.speaker?.name == "Erik Haugland")  // undated last
    }

    @Test func walkByDateAgreesWithGroupedPlan() throws {
        defer { cleanUp() }
        let chair = try store.entity(named: "Marta Lindqvist Berg").id, fna = try store.entity(named: "FNA").id
        for filter in [
            QuoteFilter(limit: 3), QuoteFilter(limit: 10), QuoteFilter(speaker: chair, limit: 1), QuoteFilter(via: fna, limit: 5),
            QuoteFilter(since: "2024-03-02", limit: 2), QuoteFilter(kind: .partial, minConfidence: 0.8, limit: 4),
        ] {
            let walked = try store.database.read { try store.quoteIDsWalkingDates(filter) }
            var census: GraphStore.OutletCensus?
            let grouped = try store.database.read { try store.quoteIDsGrouped(filter, census: &census) }
            #expect(walked == grouped, "\(filter)")
        }
    }

    @Test func entityCardGathersRolesQuotesAndCompanions() throws {
        defer { cleanUp() }
        let card = try store.entityCard(try store.entity(named: "Marta Lindqvist Berg"))
        #expect(card.entity.type == .person)
        #expect(card.aliases.contains("Lindqvist"))
        #expect(card.relations.map(\.predicate) == ["sibling_of"])
        #expect(card.documentCount == 3)
        #expect(card.saidCount == 1)
        #expect(card.said.first?.documents == 2)
        #expect(card.beside.first?.entity.name == "Fjord News Agency")
        let norland = try store.entityCard(try store.entity(named: "Norland"))
        #expect(norland.mentionedInCount == 1)
        #expect(norland.mentionedIn.first?.speaker?.name == "Jan-Olav Sunde")
    }

    @Test func cardOfAnEntityNamedInManyDocumentsReadsItsLatestAndSaysSo() throws {
        defer { cleanUp() }
        // Ole Vik is named in four articles; Ida Moe's words name him in the first and the last.
        func article(_ name: String, _ text: String, quote: String?) -> QueryFixture.Article {
            QueryFixture.Article(
                name: name, published: "2031-01-0\(name.prefix(1))", outlet: nil, text: "Title\n" + text,
                entities: [("Ole Vik", .person, []), ("Ida Moe", .person, []), ("Bo Lund", .person, [])],
                quotes: quote.map { [($0, "Ida Moe", nil, .direct, 0.9)] } ?? [], relations: [])
        }
        let graph = try QueryFixture.make(articles: [
            article("1.txt", #"Ida Moe said "Ole Vik was late again" today. Bo Lund agreed."#, quote: "Ole Vik was late again"),
            article("2.txt", "Ole Vik met Bo Lund.", quote: nil),
            article("3.txt", "Ole Vik met Ida Moe.", quote: nil),
            article("4.txt", #"Ida Moe said "Ole Vik keeps the keys" today."#, quote: "Ole Vik keeps the keys"),
        ])
        defer { graph.remove() }
        let store = try GraphStore(path: graph.path, readOnly: true)
        let ole = try store.entity(named: "Ole Vik")
        let whole = try store.entityCard(ole, window: 4)
        #expect(whole.window == nil)
        #expect(whole.mentionedInCount == 2)
        #expect(whole.beside.map(\.entity.name) == ["Ida Moe", "Bo Lund"])
        let latest = try store.entityCard(ole, window: 2)
        #expect(latest.window == 2)
        #expect(latest.mentionedInCount == 1)
        #expect(latest.mentionedIn.map(\.text) == ["Ole Vik keeps the keys"])
        #expect(latest.beside.map(\.entity.name) == ["Ida Moe"])
        #expect(latest.documentCount == 4)
        #expect(latest.mentionCount == 4)
        // Past the count limit, counting stops one further: "more than 2".
        let counted = try store.entityCard(ole, countLimit: 2)
        #expect(counted.documentCount == 3 && counted.mentionCount == 3 && counted.countLimit == 2)
        let ida = try store.entityCard(try store.entity(named: "Ida Moe"), countLimit: 1)
        #expect(ida.saidCount == 2 && ida.documentCount == 2)
        #expect(try store.entityCard(try store.entity(named: "Ida Moe")).saidCount == 2)
    }

    @Test func widelyCarriedQuoteIsSummedFromTheIndexWithTheSameAnswer() throws {
        defer { cleanUp() }
        // One stock phrase in five articles (each text its own, or they are stored once), said by two people,
        // relayed once, one article undated; named so that the first name in order is not the first stored.
        let phrase = "We will study the ruling with care"
        func article(_ name: String, _ published: String?, _ speaker: String, via: String?) -> QueryFixture.Article {
            QueryFixture.Article(
                name: name, published: published, outlet: nil, text: "Title \(name)\n\(speaker) said \"\(phrase)\" today.",
                entities: [("Tove Rask", .person, []), ("Per Alm", .person, []), ("Kvist Wire", .organization, [])],
                quotes: [(phrase, speaker, via, .direct, 0.9)], relations: [])
        }
        let graph = try QueryFixture.make(articles: [
            article("m.txt", "2031-02-01", "Tove Rask", via: nil),
            article("k.txt", "2031-05-01", "Per Alm", via: "Kvist Wire"),
            article("z.txt", nil, "Tove Rask", via: nil),
            article("b.txt", "2031-03-01", "Tove Rask", via: nil),
            article("q.txt", "2031-01-01", "Per Alm", via: nil),
        ])
        defer { graph.remove() }
        let store = try GraphStore(path: graph.path, readOnly: true)
        let id = try #require(try store.quotes(QuoteFilter()).first { $0.quote.text == phrase }?.quote.id)
        let exact = try #require(try store.quoteSummary(id))
        #expect(exact.documents == 5 && exact.published == "2031-05-01" && exact.document == "b.txt")
        #expect(exact.via?.name == "Kvist Wire")
        // Summed from the index, walking the documents by date and by name; and with walks too short to find it.
        #expect(try store.quoteSummary(id, widelyCarried: 0) == exact)
        #expect(try store.quoteSummary(id, widelyCarried: 0, walkLimit: 1) == exact)
        // Past the card's count limit the count stops one further ("more than 2").
        #expect(try store.quoteSummary(id, countLimit: 2, widelyCarried: 0)?.documents == 3)
    }

    @Test func cardCountsAListedQuoteDocumentsUpToTheQuoteLimit() throws {
        defer { cleanUp() }
        // One stock phrase in four articles, said by Tove Rask in three of them.
        let phrase = "We will study the ruling with care"
        func article(_ name: String, _ speaker: String) -> QueryFixture.Article {
            QueryFixture.Article(
                name: name, published: "2031-01-0\(name.prefix(1))", outlet: nil,
                text: "Title \(name)\n\(speaker) said \"\(phrase)\" today.",
                entities: [("Tove Rask", .person, []), ("Per Alm", .person, [])],
                quotes: [(phrase, speaker, nil, .direct, 0.9)], relations: [])
        }
        let graph = try QueryFixture.make(articles: [
            article("1.txt", "Tove Rask"), article("2.txt", "Per Alm"), article("3.txt", "Tove Rask"),
            article("4.txt", "Tove Rask"),
        ])
        defer { graph.remove() }
        let store = try GraphStore(path: graph.path, readOnly: true)
        let tove = try store.entity(named: "Tove Rask")
        let whole = try store.entityCard(tove)
        #expect(whole.said.map(\.documents) == [4])
        #expect(whole.quoteCountLimit == GraphStore.cardQuoteCountLimit)
        // The quote's count stops one past its own limit ("more than 2"); the card's totals keep theirs.
        let capped = try store.entityCard(tove, quoteCountLimit: 2)
        #expect(capped.said.map(\.documents) == [3])
        #expect(capped.quoteCountLimit == 2 && capped.documentCount == 3 && capped.saidCount == 1)
        guard case let .object(members) = capped.json else { Issue.record("not an object"); return }
        #expect(members.contains { $0.0 == "quote_count_limit" && $0.1 == .int(2) })
    }

    @Test func cardGroupsTiesOfBothSidesAndATieToItselfOnce() throws {
        defer { cleanUp() }
        // Rune Dahl leads the Dahl Group (stated twice), Eva Holm speaks for him, and a tie to himself (as a merge
        // of two names can leave) is both its subject and its object.
        let entities: [(name: String, type: EntityType, aliases: [String])] = [
            ("Rune Dahl", .person, []), ("Dahl Group", .organization, []), ("Eva Holm", .person, []),
        ]
        let graph = try QueryFixture.make(articles: [
            QueryFixture.Article(
                name: "1.txt", published: "2031-01-01", outlet: nil, text: "Title\nRune Dahl, head of Dahl Group, spoke.",
                entities: entities, quotes: [],
                relations: [(subject: "Rune Dahl", predicate: "leader_of", object: "Dahl Group", evidence: "Rune Dahl, head of Dahl Group")]),
            QueryFixture.Article(
                name: "2.txt", published: "2031-01-02", outlet: nil,
                text: "Title\nRune Dahl, head of Dahl Group, left. Eva Holm, speaking for Rune Dahl, agreed.",
                entities: entities, quotes: [],
                relations: [
                    (subject: "Rune Dahl", predicate: "leader_of", object: "Dahl Group", evidence: "Rune Dahl, head of Dahl Group"),
                    (subject: "Eva Holm", predicate: "spokesperson_of", object: "Rune Dahl", evidence: "Eva Holm, speaking for Rune Dahl"),
                    (subject: "Rune Dahl", predicate: "same_as", object: "Rune Dahl", evidence: "Rune Dahl, head"),
                ]),
        ])
        defer { graph.remove() }
        let store = try GraphStore(path: graph.path, readOnly: true)
        let card = try store.entityCard(try store.entity(named: "Rune Dahl"))
        #expect(card.relationCount == 3)
        #expect(card.relations.map { "\($0.subject.name) \($0.predicate) \($0.object.name) \($0.count)" } == [
            "Rune Dahl leader_of Dahl Group 2", "Rune Dahl same_as Rune Dahl 1", "Eva Holm spokesperson_of Rune Dahl 1",
        ])
        #expect(try store.entityCard(try store.entity(named: "Rune Dahl"), limit: 1).relations.map(\.predicate) == ["leader_of"])
    }

    @Test func cardCountsCompanionsOncePerDocumentAndBreaksTiesByName() throws {
        defer { cleanUp() }
        // Beside Lea Noor: Zed Ray in two documents (twice in the first), Ann Bo and Cy Dale in one each.
        let entities: [(name: String, type: EntityType, aliases: [String])] = [
            ("Lea Noor", .person, []), ("Zed Ray", .person, []), ("Ann Bo", .person, []), ("Cy Dale", .person, []),
        ]
        func article(_ name: String, _ text: String) -> QueryFixture.Article {
            QueryFixture.Article(
                name: name, published: "2031-01-0\(name.prefix(1))", outlet: nil, text: "Title\n" + text,
                entities: entities, quotes: [], relations: [])
        }
        let graph = try QueryFixture.make(articles: [
            article("1.txt", "Lea Noor met Zed Ray. Zed Ray left."),
            article("2.txt", "Lea Noor met Zed Ray and Cy Dale."),
            article("3.txt", "Lea Noor met Ann Bo."),
        ])
        defer { graph.remove() }
        let store = try GraphStore(path: graph.path, readOnly: true)
        let lea = try store.entity(named: "Lea Noor")
        let card = try store.entityCard(lea)
        #expect(card.beside.map { "\($0.entity.name) \($0.documents)" } == ["Zed Ray 2", "Ann Bo 1", "Cy Dale 1"])
        #expect(try store.entityCard(lea, limit: 2).beside.map(\.entity.name) == ["Zed Ray", "Ann Bo"])
        #expect(try store.entityCard(lea, window: 1).beside.map(\.entity.name) == ["Ann Bo"])
    }

    @Test func neighborsFollowTheKindsAsked() throws {
        defer { cleanUp() }
        let chair = try store.entity(named: "Marta Lindqvist Berg")
        let via = try store.neighbors(of: chair, kinds: [.via])
        #expect(via.map(\.entity.name) == ["Fjord News Agency"])
        #expect(via.first?.weight == 1)
        let all = try store.neighbors(of: chair)
        #expect(all.contains { $0.entity.name == "Sara Lindqvist" && $0.kind == .relation })
        #expect(!all.contains { $0.entity.name == "Jane Roe" })
        let minister = try store.entity(named: "Haugland")
        let far = try store.neighbors(of: minister, depth: 2, kinds: [.mentions])
        let spokesman = try #require(far.first { $0.entity.name == "Jan-Olav Sunde" })
        #expect(spokesman.depth == 2)
        #expect(spokesman.through == chair)
    }

    @Test func pathGivesEachHopWithEvidence() throws {
        defer { cleanUp() }
        let spokesman = try store.entity(named: "Jan-Olav Sunde"), minister = try store.entity(named: "Haugland")
        let hops = try #require(try store.path(from: spokesman, to: minister))
        #expect(hops.count == 2)
        #expect(hops.first?.from == spokesman)
        #expect(hops.last?.to == minister)
        #expect(hops.last?.document.name == "c.txt")
        let command = try store.entity(named: "Coast Guard Command")
        let role = try #require(try store.path(from: command, to: spokesman))
        #expect(role.map(\.kind) == [.relation])
        #expect(role.first?.predicate == "~spokesperson_of")
        let said = try #require(try store.path(from: spokesman, to: try store.entity(named: "Norland"), kinds: [.said]))
        #expect(said.first?.evidence?.contains("pressure") == true)
        #expect(try store.path(from: try store.entity(named: "Jane Roe"), to: spokesman) == nil)
    }

    @Test func relaysChainSpeakerMediumAndOutlet() throws {
        defer { cleanUp() }
        let relays = try store.relays(of: try store.entity(named: "Marta Lindqvist Berg"))
        let chains = Set(relays.map { "\($0.speaker?.name ?? "-") > \($0.via?.name ?? "-") > \($0.outlet ?? "-")" })
        #expect(chains == ["Marta Lindqvist Berg > Fjord News Agency > Harbor Wire", "Marta Lindqvist Berg > Fjord News Agency > Coastal Daily"])
        let wire = try store.relays(of: try store.entity(named: "Harbor Wire"))
        #expect(wire.contains { $0.speaker?.name == "Jan-Olav Sunde" && $0.via?.name == "Harbor Wire" })
        #expect(wire.contains { $0.speaker?.name == "Jane Roe" && $0.outlet == "Harbor Wire" })
    }

    @Test func timelineIsInPublicationOrder() throws {
        defer { cleanUp() }
        let events = try store.timeline(of: try store.entity(named: "Marta Lindqvist Berg"))
        #expect(events.map(\.role) == [.said, .said, .relation])
        #expect(events.map(\.document.name) == ["a.txt", "b.txt", "b.txt"])
        let norland = try store.timeline(of: try store.entity(named: "Norland"), since: "2024-03-02")
        #expect(norland.map(\.role) == [.quotedAbout])
    }

    @Test func sqlReadsButNeverWrites() throws {
        defer { cleanUp() }
        var rows: [[SQLValue]] = []
        try store.runReadOnlySQL("SELECT count(*) AS n FROM quote", columns: { #expect($0 == ["n"]) }, row: { rows.append($0) })
        #expect(rows == [[.integer(5)]])
        try store.runReadOnlySQL("PRAGMA table_info(quote)", columns: { _ in }, row: { _ in })
        try store.runReadOnlySQL(
            "SELECT rowid FROM quote_fts WHERE quote_fts MATCH 'reckless' -- a comment\n;", columns: { _ in }, row: { _ in })
        for refused in [
            "DELETE FROM quote", "SELECT 1; DELETE FROM quote", "ATTACH DATABASE '/tmp/x.sqlite' AS x",
            "PRAGMA user_version = 9", "CREATE TEMP TABLE t(x)", "SELECT load_extension('x')", "VACUUM",
            "INSERT INTO quote_fts(quote_fts) VALUES ('rebuild')", "BEGIN", "   ", "/* only a comment */",
            "PRAGMA query_only = OFF", "REINDEX", "DETACH main",
        ] {
            #expect(throws: (any Error).self, "\(refused)") {
                try store.runReadOnlySQL(refused, columns: { _ in }, row: { _ in })
            }
        }
        #expect(try store.database.scalarInt("SELECT count(*) FROM quote") == 5)
    }

    @Test func pathIsShortestWhenALongerChainIsFoundFirst() throws {
        defer { cleanUp() }
        // A-B-C-D is a chain of co-mentions; A-X-D is shorter. Names are single letters with a suffix to be words.
        func article(_ name: String, _ people: [String]) -> QueryFixture.Article {
            QueryFixture.Article(
                name: name, published: nil, outlet: nil, text: "Title\n" + people.joined(separator: " met ") + ".",
                entities: people.map { ($0, .person, []) }, quotes: [], relations: [])
        }
        let chain = try QueryFixture.make(articles: [
            article("1.txt", ["Anna Alpha", "Bea Beta"]), article("2.txt", ["Bea Beta", "Cem Gamma"]),
            article("3.txt", ["Cem Gamma", "Dan Delta"]), article("4.txt", ["Anna Alpha", "Xia Chi"]),
            article("5.txt", ["Xia Chi", "Dan Delta"]), article("6.txt", ["Eve Epsilon"]),
        ])
        defer { chain.remove() }
        let graph = try GraphStore(path: chain.path, readOnly: true)
        let a = try graph.entity(named: "Anna Alpha"), d = try graph.entity(named: "Dan Delta")
        let hops = try #require(try graph.path(from: a, to: d))
        #expect(hops.map(\.to.name) == ["Xia Chi", "Dan Delta"])
        #expect(try graph.path(from: d, to: a)?.count == 2)
        #expect(try graph.path(from: a, to: d, maxHops: 1) == nil)
        #expect(try graph.path(from: a, to: try graph.entity(named: "Eve Epsilon")) == nil)
        #expect(try graph.path(from: a, to: a) == [])
    }
}
