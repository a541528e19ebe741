import Testing

@testable import Graph

/// Places from datelines, and capitalised common words opening a sentence.
@Suite struct EntityRecognizerPlaceTests {
    static func entities(_ text: String) -> [Extraction.Entity] { Pipeline.standard.extract(text).entities }

    @Test func datelineNamesAPlaceInTitleCaseThatJoinsTheSameNameInASentence() throws {
        let found = Self.entities("VELMORA — Ferry crews walked out on Friday.\nThe strike in Velmora is the first in years.")
        let place = try #require(found.first { $0.name == "Velmora" }, "\(found.map(\.name))")
        #expect(place.type == .geopolitical)
        #expect(place.mentions.count == 2)
        #expect(found.count == 1, "\(found.map(\.name))")
    }

    @Test func datelineWithStateAndAgencyNamesBothPlacesAndNoFirstWord() throws {
        let found = Self.entities("KARSUND, Norway (AP) — Inspectors found no damage at the pier.")
        #expect(found.first { $0.name == "Karsund" }?.type == .geopolitical, "\(found.map(\.name))")
        #expect(found.first { $0.name == "Norway" }?.type == .geopolitical)
        #expect(!found.contains { $0.name == "Inspectors" })
    }

    @Test func datelineLabelIsNoPlace() {
        let found = Self.entities("BREAKING — Officials confirmed the result on Monday.")
        #expect(!found.contains { $0.type == .geopolitical }, "\(found.map { "\($0.name) \($0.type)" })")
        #expect(!found.contains { $0.name == "Officials" })
    }

    @Test(arguments: [
        "Businessmen's groups protested.",
        "Children's wards closed on Monday.",
        "VELMORA — Inspectors found no damage at the pier.",
    ])
    func commonPluralOpeningASentenceIsNoName(_ text: String) {
        let found = Self.entities(text).map(\.name)
        for word in ["Businessmen", "Children", "Inspectors"] { #expect(!found.contains(word), "\(found)") }
    }

    @Test func possessiveNameOpeningASentenceStaysAName() {
        let found = Self.entities("Velmora's harbour reopened on Monday.").map(\.name)
        #expect(found.contains("Velmora"), "\(found)")
    }
}
