import Testing

@testable import Graph

/// Speakers the article names only by a description: kept as the description's words, never as an entity.
@Suite struct DescribedSpeakerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        /// The quote to check (a prefix of its text is enough).
        let quote: String
        /// The description expected as speaker, or nil for none.
        let description: String?
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "a text that reads", text: "The mayor got mail.\n\"We ask for one more bridge,\" the letter reads.",
            quote: "We ask", description: "the letter"),
        Case(
            label: "inverted verb before a text", text: "\"No county may close a polling place early,\" said the ruling.",
            quote: "No county", description: "the ruling"),
        Case(
            label: "an indefinite person before a colon",
            text: "Over dinner, a neighbor commented: \"The river never floods in May.\"", quote: "The river",
            description: "a neighbor"),
        Case(
            label: "a description with its prepositional phrase",
            text: "\"Who pays for the dam?\" a narrator in the campaign ad asks.", quote: "Who pays",
            description: "a narrator in the campaign ad"),
        Case(
            label: "a possessive description", text: "\"Ask him why,\" the video's narrator says.", quote: "Ask him",
            description: "the video's narrator"),
        Case(
            label: "a bare plural subject far from its verb",
            text: "Farmers crossing the square chanted \"Water for all!\" until dawn.", quote: "Water for all",
            description: "Farmers"),
        Case(
            label: "a collective subject of a participle",
            text: "Small groups of farmers stood on the bridge, chanting, \"Open the gates now.\"", quote: "Open the gates",
            description: "Small groups of farmers"),
        Case(
            label: "the last of several nouns heads the description",
            text: "The Valley Party candidate spoke. The Republican nominee also vowed to punish \"those who lie.\"",
            quote: "those who lie", description: "The Republican nominee"),
        Case(
            label: "that opens a clause, not a description",
            text: "Tomas Berg said that police had \"no plan at all\" for the flood.", quote: "no plan", description: nil),
        Case(
            label: "a named speaker wins over a description",
            text: "\"We hold the line,\" Tomas Berg told the crowd.", quote: "We hold", description: nil),
    ]

    @Test(arguments: cases)
    func keepsTheDescription(_ c: Case) throws {
        let x = Pipeline.standard.extract(c.text)
        let quote = try #require(x.quotes.first { $0.text.hasPrefix(c.quote) }, "no quote starting \(c.quote)")
        #expect(quote.speakerDescription == c.description)
        if c.description != nil {
            #expect(quote.speaker == nil)
            #expect(quote.confidence > 0)
            #expect(!x.entities.contains { $0.name == c.description })
        }
    }

    @Test func aTextOfANamedBodySpeaksForTheBody() throws {
        let x = Pipeline.standard.extract(
            "The Northern Water Board (NWB) met on Monday.\n\"Repairs will take a year,\" the NWB report stated.")
        let quote = try #require(x.quotes.first { $0.text.hasPrefix("Repairs") })
        #expect(quote.speaker.map { x.entities[$0].name } == "Northern Water Board")
        #expect(quote.speakerDescription == nil)
    }

    @Test func aDescribedSpeakerCarriesToTheNextQuotation() throws {
        let x = Pipeline.standard.extract("\"We ask for one more bridge,\" the letter reads.\n\"We ask for it now.\"")
        let quote = try #require(x.quotes.first { $0.text.hasPrefix("We ask for it") })
        #expect(quote.speakerDescription == "the letter")
    }

    @Test func aDescriptionRightAfterTheClosingMarkIsAsSureAsAName() throws {
        let x = Pipeline.standard.extract("\"We ask for one more bridge,\" the letter reads.\n\"The dam holds,\" Tomas Berg said.")
        let described = try #require(x.quotes.first { $0.text.hasPrefix("We ask") })
        let named = try #require(x.quotes.first { $0.text.hasPrefix("The dam") })
        #expect(described.confidence >= 0.7)
        #expect(described.confidence < named.confidence)
    }
}
