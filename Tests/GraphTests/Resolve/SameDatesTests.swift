import Foundation
import Testing
@testable import Graph

/// The same-dates tier: an event renamed in its last word joins when articles give it the same days.
@Suite struct SameDatesTests {
    static let guardian = "E EVENT Harbour Freedom Guardian | dates: from October 12 to 26"
    static let shield = "E EVENT Harbour Freedom Shield | dates: October 12 through October 26"

    @Test(arguments: [false, true])
    func renamedEventGivenTheSameDaysIsOneNodeInEitherOrder(_ reversed: Bool) throws {
        let graph = try ScriptedGraph()
        let articles = [("d", Self.guardian), ("e", Self.shield)]
        try graph.ingest(reversed ? articles.reversed() : articles)
        #expect(try graph.entities.count == 1)
        #expect(try graph.node("Harbour Freedom Shield").documents == ["d", "e"])
        let log = try graph.store.merges()
        #expect(log.count == 1)
        #expect(log.first?.reason == "same-dates")
        #expect(log.first?.confidence == 0.7)
        #expect(log.first?.detail.contains("October 12 to 26") == true)
    }

    @Test func reextractionKeepsTheSameDatesReason() throws {
        let graph = try ScriptedGraph()
        let articles = [("d", Self.guardian), ("e", Self.shield), ("f", "E EVENT Harbour Freedom Shield")]
        try graph.ingest(articles)
        try graph.ingest(articles, reextract: true)
        #expect(try graph.entities.count == 1)
        let log = try graph.store.merges()
        #expect(log.filter { $0.document == "e" }.map(\.reason) == ["same-dates"])
        // The dateless article joins by the name alone, which the node holds through the days.
        #expect(log.filter { $0.document == "f" }.map(\.reason) == ["alias"])
    }

    @Test func nodeOfANameWithoutDaysJoinsWhenItsNameLaterComesWithThem() throws {
        // The renamed event was stored first, then a dateless article of the old name made its own node, then the old
        // name came with the days: both nodes are one, whichever came first.
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("c", "E EVENT Harbour Freedom Guardian"),
            ("e", Self.shield),
            ("d", Self.guardian),
        ])
        #expect(try graph.entities.count == 1)
        #expect(try graph.node("Harbour Freedom Guardian").documents == ["c", "d", "e"])
        #expect(try graph.store.merges().contains { $0.reason == "same-dates" && $0.document == "d" })
    }

    @Test(arguments: [
        // Other days.
        ["E EVENT Harbour Freedom Guardian | dates: October 12 to 30", shield],
        ["E EVENT Harbour Freedom Guardian | dates: September 12 to 26", shield],
        // Other stems, or too short a stem once the generic head is set aside.
        ["E EVENT Harbour Liberty Guardian | dates: Oct. 12-26", shield],
        ["E EVENT Operation Granite Shield | dates: Oct. 12-26", "E EVENT Operation Granite Storm | dates: Oct. 12-26"],
        ["E EVENT Granite Shield | dates: Oct. 12-26", "E EVENT Granite Storm | dates: Oct. 12-26"],
        // Names that differ by a number, a year or a roman numeral.
        ["E EVENT Coastal Summer Games 2030 | dates: Oct. 12-26", "E EVENT Coastal Summer Games 2034 | dates: Oct. 12-26"],
        ["E EVENT Coastal Naval Review II | dates: Oct. 12-26", "E EVENT Coastal Naval Review III | dates: Oct. 12-26"],
        // A person or an organisation never joins this way, nor an event with another type.
        ["E PERSON Anna Maria Voss | dates: Oct. 12-26", "E PERSON Anna Maria Lind | dates: Oct. 12-26"],
        ["E ORG Harbour Freedom Council | dates: Oct. 12-26", "E ORG Harbour Freedom Board | dates: Oct. 12-26"],
        ["E ORG Harbour Freedom Guardian | dates: Oct. 12-26", shield],
        // Days in one article only.
        ["E EVENT Harbour Freedom Guardian", shield],
    ])
    func namesStayApart(_ scripts: [String]) throws {
        for order in [scripts, scripts.reversed()] {
            let graph = try ScriptedGraph()
            try graph.ingest([("a", order[0]), ("b", order[1])])
            #expect(try graph.entities.count == 2, "\(order)")
            #expect(try graph.store.merges().isEmpty, "\(order)")
        }
    }

    @Test func twoEventsOfOneArticleWithTheSameDaysStayApart() throws {
        // The article names both: the days cannot tell them apart, so they join neither each other nor, by days, others.
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", "E EVENT Harbour Freedom Shield | dates: Oct. 12-26\nE EVENT Harbour Freedom Guardian | dates: Oct. 12-26"),
            ("b", "E EVENT Harbour Freedom Sentinel | dates: October 12 to 26"),
        ])
        #expect(try graph.entities.count == 3)
        #expect(try graph.store.merges().isEmpty)
    }

    @Test func articlesPublishedMonthsApartOrStatingOtherYearsStayApart() throws {
        let far = try ScriptedGraph()
        try far.ingest([("d", Self.guardian), ("e", Self.shield)], published: ["d": "2030-08-10", "e": "2031-08-12"])
        #expect(try far.entities.count == 2)

        let near = try ScriptedGraph()
        try near.ingest([("d", Self.guardian), ("e", Self.shield)], published: ["d": "2030-06-02", "e": "2030-08-25T09:30:00Z"])
        #expect(try near.entities.count == 1)

        let oneDateKnown = try ScriptedGraph()
        try oneDateKnown.ingest([("d", Self.guardian), ("e", Self.shield)], published: ["e": "2030-08-25"])
        #expect(try oneDateKnown.entities.count == 1)

        let years = try ScriptedGraph()
        try years.ingest([
            ("d", "E EVENT Harbour Freedom Guardian | dates: October 12-26, 2030"),
            ("e", "E EVENT Harbour Freedom Shield | dates: October 12-26, 2031"),
        ])
        #expect(try years.entities.count == 2)

        let yearAndDate = try ScriptedGraph()
        try yearAndDate.ingest(
            [("d", "E EVENT Harbour Freedom Guardian | dates: October 12-26, 2030"), ("e", Self.shield)],
            published: ["e": "2033-08-01"])
        #expect(try yearAndDate.entities.count == 2)
    }

    @Test func manyArticlesPublishedLongBeforeDoNotHideTheOneThatAgrees() throws {
        // Twenty articles of a year before fill more than one look-up's worth of keys of the same name and days; the
        // look-up reads the keys published near the new article, so the one that agrees is still found.
        let graph = try ScriptedGraph()
        var published: [String: String] = [:]
        var articles: [(String, String)] = []
        for day in 1...20 {
            let name = "old\(day)"
            articles.append((name, Self.guardian))
            published[name] = "2030-07-\(day < 10 ? "0" : "")\(day)"
        }
        articles += [("e", Self.shield), ("d", Self.guardian)]
        published["e"] = "2031-08-20"
        published["d"] = "2031-08-18"
        try graph.ingest(articles, published: published)
        #expect(try graph.entities.count == 1)
        #expect(try graph.store.merges().filter { $0.reason == "same-dates" }.map(\.document) == ["d"])
    }

    @Test func daysCountBothWays() throws {
        for text in ["1970-01-01", "2030-02-28", "2032-02-29", "2030-12-31", "1999-08-21"] {
            let day = try #require(EntityResolver.EventDateKey.dayNumber(text))
            #expect(EntityResolver.EventDateKey.isoDay(day) == text)
        }
        #expect(EntityResolver.EventDateKey.dayNumber("2030-03-01")! - EntityResolver.EventDateKey.dayNumber("2030-02-28")! == 1)
        #expect(EntityResolver.EventDateKey.dayNumber("October 2030") == nil)
    }

    @Test(arguments: [false, true])
    func unmergeKeepsTheRenamedEventApartThroughReingest(_ reversed: Bool) throws {
        let graph = try ScriptedGraph()
        let articles = [("d", Self.guardian), ("e", Self.shield)]
        try graph.ingest(reversed ? articles.reversed() : articles)
        let merge = try #require(try graph.store.merges().first { $0.reason == "same-dates" })
        try graph.curator.unmerge(merge.id)
        #expect(try graph.entities.count == 2)
        try graph.ingest(articles, reextract: true)
        try graph.ingest(articles.reversed(), reextract: true)
        #expect(try graph.entities.count == 2)
        #expect(try graph.node("Harbour Freedom Guardian").documents == ["d"])
        #expect(try graph.node("Harbour Freedom Shield").documents == ["e"])
        #expect(try graph.store.merges().allSatisfy { $0.reason != "same-dates" })
    }

    @Test func splitSeparatesTheRenamedEventLikeAnyJoin() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("d", Self.guardian), ("e", Self.shield)])
        try graph.curator.split("Harbour Freedom Guardian", names: ["Harbour Freedom Shield"])
        try graph.ingest([("f", Self.shield)])
        #expect(try graph.entities.count == 2)
        #expect(try graph.node("Harbour Freedom Shield").documents == ["e", "f"])
    }

    @Test(arguments: [
        ("harbour freedom shield", "harbour freedom"),
        ("exercise harbour freedom shield", "harbour freedom"),
        ("the harbour freedom shield exercise", "harbour freedom"),
        ("operation granite shield", nil),
        ("granite shield", nil),
        ("coastal summer games 2030", nil),
        ("coastal naval review iii", nil),
        ("coastal naval review 3rd", nil),
    ] as [(String, String?)])
    func eventStemIsEveryWordButTheLast(_ key: String, _ stem: String?) {
        #expect(EntityResolver.eventStem(key) == stem)
    }

    @Test func romanNumeralsAreWellFormedOnly() {
        for numeral in ["i", "ii", "iv", "ix", "xiv", "xl", "mmxxx"] { #expect(EntityResolver.isRomanNumeral(Substring(numeral))) }
        for word in ["iiii", "vx", "shield", "civil", "dim", ""] { #expect(!EntityResolver.isRomanNumeral(Substring(word))) }
    }
}

/// Two articles written for this test, through the standard pipeline: one event under its old and its new name.
@Suite struct SameDatesIngestTests {
    static let articles = [
        ("shield.txt", """
            Norvale and Tarvik ready joint drills

            Norvale and Tarvik are preparing for the yearly Harbour Resolve Shield drills, planned for September 4 through September 14.
            "We will be ready," said Marta Lindqvist, a spokeswoman for the Norvale defence ministry.
            """),
        ("guardian.txt", """
            Allies announce autumn drills

            Norvale and Tarvik said on Monday that they are to stage the Harbour Resolve Guardian autumn drills from Sept. 4 to 14.
            Erik Haugland, an army officer, said the drills "are purely defensive."
            """),
    ]

    @Test(arguments: [false, true])
    func oneEventNodeUnderBothNamesInEitherOrderAndApartAfterUnmerge(_ reversed: Bool) throws {
        let path = NSTemporaryDirectory() + "same-dates-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try GraphStore(path: path)
        let items = (reversed ? Self.articles.reversed() : Self.articles).map {
            IngestItem.document(SourceDocument(name: $0.0, text: $0.1))
        }
        _ = try Ingester(store: store).ingest(items)
        var events: [EntityRecord] = []
        try store.forEachEntity { if $0.entity.type == .event { events.append($0) } }
        #expect(events.count == 1)
        #expect(Set(([events[0].entity.name] + events[0].aliases)).isSuperset(of: ["Harbour Resolve Shield", "Harbour Resolve Guardian"]))
        let merge = try #require(try store.merges().first { $0.reason == "same-dates" })
        #expect(merge.detail.contains("September 4 to 14"))

        try Curator(store: store).unmerge(merge.id)
        events = []
        try store.forEachEntity { if $0.entity.type == .event { events.append($0) } }
        #expect(events.map(\.entity.name).sorted() == ["Harbour Resolve Guardian", "Harbour Resolve Shield"])
        _ = try Ingester(store: store, options: .init(reextract: true)).ingest(items.reversed())
        events = []
        try store.forEachEntity { if $0.entity.type == .event { events.append($0) } }
        #expect(events.count == 2)
    }
}
