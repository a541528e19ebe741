import Testing

@testable import Graph

/// Roles stated before a name become relations between entities.
@Suite struct RelationFinderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let subject: String
        let predicate: String
        let object: String
        var testDescription: String { predicate }
    }

    static let cases: [Case] = [
        Case(
            text: "\"We are ready,\" Water Board spokesman Col. Erik Nyland said.", subject: "Erik Nyland",
            predicate: "spokesperson_of", object: "Water Board"),
        Case(
            text: "Kenya held talks. Former Kenyan President Ola Berg spoke.", subject: "Ola Berg",
            predicate: "former_president_of", object: "Kenya"),
        Case(
            text: "Kenya is angry. Kenyan Defense Minister Ola Berg spoke.", subject: "Ola Berg",
            predicate: "defense_minister_of", object: "Kenya"),
        Case(
            text: "Tomas Berg spoke. Later Berg's sister, Lina Berg, spoke too.", subject: "Lina Berg",
            predicate: "sibling_of", object: "Tomas Berg"),
    ]

    @Test(arguments: cases)
    func findsRole(_ c: Case) {
        let x = Pipeline.standard.extract(c.text)
        let found = x.relations.map { (x.entities[$0.subject].name, $0.predicate, x.entities[$0.object].name) }
        #expect(found.contains { $0 == (c.subject, c.predicate, c.object) }, "\(found)")
    }
}
