import Testing

@testable import Graph

/// A lone word of unknown type (OTHER) and a typed node of the same name: unknown is no contradiction.
@Suite struct EntityResolverUnknownTypeTests {
    @Test(arguments: [["a", "b"], ["b", "a"]])
    func unknownWordJoinsThePlaceOfItsNameInEitherOrder(_ order: [String]) throws {
        let scripts = ["a": "E GPE Tarvik", "b": "E OTHER Tarvik"]
        let graph = try ScriptedGraph()
        try graph.ingest(order.map { ($0, scripts[$0]!) })
        let node = try graph.node("Tarvik")
        #expect(node.entity.type == .geopolitical)
        #expect(node.documents == ["a", "b"])
        #expect(try graph.entities.count == 1)
        #expect(try graph.store.merges().contains { $0.reason == "same-name" })
    }

    @Test func unknownWordJoinsAnOrganisationOfItsName() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E ORG Velmora"), ("b", "E OTHER Velmora")])
        #expect(try graph.entities.count == 1)
        #expect(try graph.node("Velmora").entity.type == .organization)
    }

    @Test func unknownWordNeverJoinsAPerson() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E PERSON Mira Castell | Castell"), ("b", "E OTHER Castell")])
        #expect(try graph.entities.count == 2)
    }

    @Test func surnameOfAPersonNeverJoinsAnOrganisationOfItsName() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E PERSON Mira Castell"), ("b", "E ORG Castell"), ("c", "E OTHER Castell")])
        #expect(try graph.entities.count == 3)
        let graph2 = try ScriptedGraph()
        try graph2.ingest([("a", "E PERSON Mira Castell"), ("c", "E OTHER Castell"), ("b", "E ORG Castell")])
        #expect(try graph2.entities.count == 3)
    }

    @Test func personNeverJoinsAPlaceOfTheSameName() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E GPE Tarvik"), ("b", "E PERSON Tarvik"), ("c", "E OTHER Tarvik")])
        let places = try graph.entities.filter { $0.entity.type == .geopolitical }
        let people = try graph.entities.filter { $0.entity.type == .person }
        #expect(places.count == 1 && people.count == 1)
        #expect(places.first?.documents == ["a", "c"])
        #expect(people.first?.documents == ["b"])
    }

    @Test func unknownWordNeverJoinsAnEvent() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E EVENT Ferra"), ("b", "E OTHER Ferra")])
        #expect(try graph.entities.count == 2)
    }

    @Test func unknownAbbreviationNeverJoinsAnAcronym() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E ORG VTA"), ("b", "E OTHER Vta.")])
        #expect(try graph.entities.count == 2)
    }

    @Test func twoUnknownWordsStayApart() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E OTHER Ostrum"), ("b", "E OTHER Ostrum")])
        #expect(try graph.entities.count == 2)
    }
}
