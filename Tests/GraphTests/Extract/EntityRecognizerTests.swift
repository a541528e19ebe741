import Testing

@testable import Graph

/// Entities and their aliases within one article.
@Suite struct EntityRecognizerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        let name: String
        let type: EntityType
        var aliases: [String] = []
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "acronym defined in parentheses",
            text: "The Northern Water Board (NWB) met. The NWB said little.", name: "Northern Water Board",
            type: .organization, aliases: ["NWB"]),
        Case(
            label: "acronym from initials", text: "The Valley News Agency reported it. Later VNA added more.",
            name: "Valley News Agency", type: .organization, aliases: ["VNA"]),
        Case(label: "title stripped", text: "President Maria Lind spoke. Lind was brief.", name: "Maria Lind", type: .person, aliases: ["Lind"]),
        Case(
            label: "office stripped", text: "Defense Minister Jonas Eklund spoke. Eklund left.", name: "Jonas Eklund",
            type: .person, aliases: ["Eklund"]),
        Case(label: "country variants", text: "The U.S. and the United States are one.", name: "United States", type: .geopolitical, aliases: ["U.S."]),
        Case(
            label: "possessive splits a place from an organisation", text: "Norway’s Coastal Command said so.",
            name: "Coastal Command", type: .organization),
        Case(
            label: "possessive inside an organisation name", text: "The Dockers’ Union struck.", name: "Dockers’ Union",
            type: .organization),
        Case(
            label: "event before an event word", text: "The Northern Shield exercise starts soon.", name: "Northern Shield",
            type: .event),
        Case(label: "storm name", text: "The town braced for tropical storm Ferra on Monday.", name: "Ferra", type: .event),
        Case(label: "location head", text: "Ships crossed the Baltic Sea again.", name: "Baltic Sea", type: .location),
        Case(label: "city from gazetteer", text: "Talks were held in Nairobi on Tuesday.", name: "Nairobi", type: .geopolitical),
        Case(
            label: "a capitalised particle at a sentence start is the same person",
            text: "Mayor Ana de Vries met the council. De Vries said little.", name: "Ana de Vries", type: .person,
            aliases: ["De Vries"]),
        Case(label: "a town by its last word", text: "Talks were held in Ridgeford City on Monday.", name: "Ridgeford City", type: .geopolitical),
        Case(label: "a town by its first word", text: "She grew up in St. Ardley and left at twenty.", name: "St. Ardley", type: .geopolitical),
        Case(label: "an agency by its last word", text: "Agents of Harbor Customs Enforcement arrived.", name: "Harbor Customs Enforcement", type: .organization),
        Case(label: "a named day is an event", text: "Voters in Ostby go to the polls on Election Day.", name: "Election Day", type: .event),
        Case(label: "a numeral after war", text: "The bridge survived World War I intact.", name: "World War I", type: .event),
    ]

    @Test(arguments: cases)
    func recognises(_ c: Case) throws {
        let x = Pipeline.standard.extract(c.text)
        let entity = try #require(x.entities.first { $0.name == c.name }, "no \(c.name) in \(x.entities.map(\.name))")
        #expect(entity.type == c.type)
        for alias in c.aliases { #expect(entity.aliases.contains(alias)) }
    }

    @Test(arguments: [
        "Monday was quiet.", "However, nothing happened.", "Related Articles", "Back to top", "The South African leader spoke.",
        "\"It rained. And I stayed home. Maybe I was wrong,\" she said.",
        "The vote was close. Delegates questioned the count. Protesters said it was rigged.",
    ])
    func findsNoEntityIn(_ text: String) {
        #expect(Pipeline.standard.extract(text).entities.isEmpty)
    }

    @Test func surnameOfTwoEquallyNamedPeopleGoesToTheOneIntroducedFirst() throws {
        let text = """
            Senator Orla Fenwick opened the hearing on Monday.

            Later, Housing Minister Davin Fenwick said the plan was sound. Fenwick told reporters it would pass.
            """
        let x = Pipeline.standard.extract(text)
        let orla = try #require(x.entities.first { $0.name == "Orla Fenwick" }, "\(x.entities.map(\.name))")
        #expect(orla.mentions.count == 2)
    }

    @Test func surnameSkipsAPersonNamedTooManyParagraphsBack() throws {
        let items = (1...30).map { "Update \($0): the council met again and adjourned without a vote." }
        let text = (["Senator Orla Fenwick opened the hearing on Monday."] + items + [
            "Housing Minister Davin Fenwick said the plan was sound. Fenwick told reporters it would pass.",
        ]).joined(separator: "\n\n")
        let x = Pipeline.standard.extract(text)
        let davin = try #require(x.entities.first { $0.name == "Davin Fenwick" }, "\(x.entities.map(\.name))")
        let orla = try #require(x.entities.first { $0.name == "Orla Fenwick" })
        #expect(davin.mentions.count == 2)
        #expect(orla.mentions.count == 1)
    }

    @Test func surnameGoesToThePersonNamedInFullMostOftenOverOneNamedLater() throws {
        let text = """
            Mayor Ines Varga opened the bridge. Ines Varga spoke first, and Ines Varga spoke last.

            Her brother, Tomas Varga, stood by. Varga thanked the builders.
            """
        let x = Pipeline.standard.extract(text)
        let ines = try #require(x.entities.first { $0.name == "Ines Varga" }, "\(x.entities.map(\.name))")
        #expect(ines.mentions.count == 4)
    }

    @Test(arguments: [
        "Ana Lund campaigned on Peace Through Strength all year.",
        "The survey asked about climate change and water prices. Ana Lund called Climate Change the issue of the year.",
    ])
    func capitalisedCommonWordsAreNoPerson(_ text: String) {
        let people = Pipeline.standard.extract(text).entities.filter { $0.type == .person }.map(\.name)
        #expect(people == ["Ana Lund"])
    }

    @Test func aShortFormOutsideAHeadlineDoesNotFoldIntoIt() {
        let x = Pipeline.standard.extract("Vote Ana Lund for mayor, the posters said\nAna Lund won the vote on Sunday.")
        #expect(x.entities.contains { $0.name == "Ana Lund" && $0.type == .person })
    }

    @Test func eachMentionIsRecordedInScalarOffsets() throws {
        let text = "Café owner Lena Brandt spoke. Brandt said no."
        let x = Pipeline.standard.extract(text)
        let entity = try #require(x.entities.first { $0.name == "Lena Brandt" })
        #expect(entity.mentions.count == 2)
        let scalars = Array(text.unicodeScalars)
        for m in entity.mentions {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[m.span.start..<m.span.end])
            #expect(String(s) == m.surface)
        }
    }
}
