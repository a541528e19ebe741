import Testing

@testable import Graph

/// Places from datelines and from where a name stands, and capitalised common words opening a sentence.
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

    @Test func unknownNamesAfterInAndCoordinatedAreTheSamePlaces() throws {
        let found = Self.entities("Dockworkers in Tarvik and Ostrum have threatened a strike.")
        #expect(found.first { $0.name == "Tarvik" }?.type == .geopolitical, "\(found.map { "\($0.name) \($0.type)" })")
        #expect(found.first { $0.name == "Ostrum" }?.type == .geopolitical)
    }

    @Test func unknownNameCoordinatedWithAKnownCityIsAPlace() {
        let found = Self.entities("Crews near Oslo and Ostrum stayed ashore.")
        #expect(found.first { $0.name == "Ostrum" }?.type == .geopolitical, "\(found.map { "\($0.name) \($0.type)" })")
    }

    @Test(arguments: [
        // A possessive: a person's office, not a place.
        "The papers were found in Quenby's office on Monday.",
        // An organisation's head word types it first.
        "Shares fell in Velmora Holdings on Monday.",
        // A surname of the article's person stays the person's.
        "Mira Castell spoke first. Voters put their trust in Castell.",
        // A name that speaks is no place.
        "Few believe in Oberlin. Oberlin said the plan would work.",
        // A word the article also writes in lower case is a common word.
        "Prices rose in Spring. Every spring they do.",
    ])
    func nameWherePlacesStandIsNoPlaceWhenTheArticleSaysOtherwise(_ text: String) {
        let found = Self.entities(text)
        #expect(!found.contains { $0.type == .geopolitical }, "\(found.map { "\($0.name) \($0.type)" })")
    }

    @Test(arguments: [
        "Businessmen's groups in Tarvik protested.",
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
