import Foundation
import Testing
@testable import Graph

/// What each selection keeps, on the hand-made hostile graph (3 documents, 5 entities, 3 quotes).
@Suite struct ExportSelectionTests {
    private func ids(_ writer: RecordingWriter) -> [String] { writer.nodes.map(\.id) }
    private func edgeIDs(_ writer: RecordingWriter) -> Set<String> { Set(writer.edges.map(\.id)) }

    @Test func wholeGraphHasEveryNodeAndEdgeWithStableIDs() throws {
        let graph = try HostileGraph()
        let writer = try record(graph.store)
        #expect(ids(writer) == ["E1", "E2", "E3", "E4", "E5", "Q1", "Q2", "Q3", "D1", "D2", "D3"])
        #expect(writer.edges(.said).map(\.id) == ["S1", "S3", "S4", "S5"])
        #expect(writer.edges(.via).map(\.id) == ["V1", "V2", "V3", "V4"])
        #expect(writer.edges(.appearsIn).count == 5)
        #expect(writer.edges(.mentions).count == 9)
        #expect(writer.edges(.relation).map(\.label) == ["leader_of", "spokesperson_of"])
        #expect(writer.header?.directed == true)
        #expect(writer.ended)
        // The same database exports the same ids again.
        #expect(try record(graph.store).edges.map(\.id) == writer.edges.map(\.id))
    }

    @Test func twoOccurrencesOfAQuoteAreTwoParallelEdges() throws {
        let graph = try HostileGraph()
        let writer = try record(graph.store)
        let said = writer.edges(.said).filter { $0.source == "E1" && $0.target == "Q1" && $0.attributes.contains { $0.0 == "document" && $0.1 == .string("D1") } }
        #expect(said.count == 2)
        #expect(Set(said.map(\.id)).count == 2)
        #expect(writer.edges(.via).filter { $0.source == "Q1" && $0.target == "E2" }.count == 3)
    }

    @Test func nodesCarryCountsAliasesAndDates() throws {
        let graph = try HostileGraph()
        let writer = try record(graph.store)
        let boss = try #require(writer.node("E1"))
        let attributes = Dictionary(boss.attributes) { a, _ in a }
        #expect(attributes["aliases"] == .string("K.\\B | Kim"))
        #expect(attributes["mentions"] == .int(4))
        #expect(attributes["documents"] == .int(2))
        #expect(attributes["quotes"] == .int(3))
        #expect(attributes["first_seen"] == .string("2024-03-01"))
        #expect(attributes["last_seen"] == .string("2024-04-10T08:30:00Z"))
        let quote = Dictionary(try #require(writer.node("Q2")).attributes) { a, _ in a }
        #expect(quote["attributed"] == .bool(false))
        #expect(quote["quote_kind"] == .string("scare"))
        // An undated document has no first_seen rather than an empty one.
        let summit = Dictionary(try #require(writer.node("E5")).attributes) { a, _ in a }
        #expect(summit["first_seen"] == nil)
    }

    @Test(arguments: [HostileGraph.dash, "E4"])
    func egoNetworkKeepsNodesWithinDepth(centre: String) throws {
        let graph = try HostileGraph()
        let writer = try record(graph.store, ExportSelection(entities: [centre], depth: 1))
        #expect(Set(ids(writer)) == ["E4", "Q3", "D2", "D3", "E2"])
        #expect(edgeIDs(writer) == ["S5", "A5", "M2_2", "M2_4", "M3_4", "R2"])
        let depths = writer.nodes.compactMap { node in
            node.attributes.first { $0.0 == "depth" }.map { (node.id, $0.1) }
        }
        #expect(depths.count == 5)
        #expect(depths.first { $0.0 == "E4" }?.1 == .int(0))
        #expect(depths.first { $0.0 == "D2" }?.1 == .int(1))
    }

    @Test func egoNetworkGrowsWithDepth() throws {
        let graph = try HostileGraph()
        let zero = try record(graph.store, ExportSelection(entities: ["E5"], depth: 0))
        #expect(ids(zero) == ["E5"])
        let two = try record(graph.store, ExportSelection(entities: ["E5"], depth: 2))
        #expect(Set(ids(two)) == ["E5", "D3", "E4", "Q3"])
        let three = try record(graph.store, ExportSelection(entities: ["E5"], depth: 3))
        #expect(Set(ids(three)).isSuperset(of: ["D2", "E2"]))
    }

    @Test func unknownCentreEntityIsAnError() throws {
        let graph = try HostileGraph()
        #expect(throws: ExportError.self) { try record(graph.store, ExportSelection(entities: ["Nobody Here"])) }
        #expect(throws: ExportError.self) { try record(graph.store, ExportSelection(entities: ["E999"])) }
    }

    @Test func typeFilterKeepsQuotesOfKeptSpeakersOnly() throws {
        let graph = try HostileGraph()
        let writer = try record(graph.store, ExportSelection(types: [.person]))
        #expect(ids(writer) == ["E1", "E4", "Q1", "Q3", "D1", "D2", "D3"])
        #expect(writer.edges(.via).isEmpty)
        #expect(writer.edges(.relation).isEmpty)
        #expect(Set(writer.edges(.mentions).map(\.id)) == ["M1_1", "M2_1", "M2_4", "M3_4"])
    }

    @Test func documentFilterCountsOnlyThatDocument() throws {
        let graph = try HostileGraph()
        for name in ["hostile-two.txt", "D2"] {
            let writer = try record(graph.store, ExportSelection(documents: [name]))
            #expect(ids(writer) == ["E1", "E2", "E3", "E4", "Q1", "D2"])
            let boss = Dictionary(try #require(writer.node("E1")).attributes) { a, _ in a }
            #expect(boss["mentions"] == .int(1))
            #expect(boss["documents"] == .int(1))
            #expect(writer.edges(.said).map(\.id) == ["S4"])
        }
    }

    @Test func publicationDatesBoundTheDocuments() throws {
        let graph = try HostileGraph()
        let since = try record(graph.store, ExportSelection(since: "2024-04-01"))
        #expect(since.nodes.filter { $0.kind == .document }.map(\.id) == ["D2"])
        let until = try record(graph.store, ExportSelection(until: "2024-03-31"))
        #expect(until.nodes.filter { $0.kind == .document }.map(\.id) == ["D1"])
        // The whole last day counts, whatever the time of day.
        let day = try record(graph.store, ExportSelection(since: "2024-04-10", until: "2024-04-10"))
        #expect(day.nodes.filter { $0.kind == .document }.map(\.id) == ["D2"])
    }

    @Test func minMentionsDropsRareEntities() throws {
        let graph = try HostileGraph()
        let writer = try record(graph.store, ExportSelection(minMentions: 3))
        #expect(ids(writer) == ["E1", "E2", "Q1", "Q2", "D1", "D2", "D3"])
    }

    @Test func noQuotesGivesTheUndirectedCoMentionGraph() throws {
        let graph = try HostileGraph()
        let writer = try record(graph.store, ExportSelection(includeQuotes: false))
        #expect(writer.header?.directed == false)
        #expect(writer.header?.multigraph == false)
        #expect(ids(writer) == ["E1", "E2", "E3", "E4", "E5"])
        let weights = Dictionary(writer.edges.map { edge in
            (edge.id, edge.attributes.first { $0.0 == "weight" }?.1)
        }) { a, _ in a }
        #expect(weights == [
            "C1_2": .double(2), "C1_3": .double(2), "C2_3": .double(2), "C1_4": .double(1), "C2_4": .double(1),
            "C3_4": .double(1), "C4_5": .double(1),
        ])
        let ego = try record(graph.store, ExportSelection(entities: ["E5"], depth: 1, includeQuotes: false))
        #expect(ids(ego) == ["E4", "E5"])
        #expect(ego.edges.map(\.id) == ["C4_5"])
    }

    @Test func noEmptyStringAttributeIsWritten() throws {
        let graph = try HostileGraph()
        try graph.store.database.execute("UPDATE attribution SET cue = '' WHERE id = 1")
        let writer = try record(graph.store)
        let said = try #require(writer.edges.first { $0.id == "S1" })
        #expect(!said.attributes.contains { $0.0 == "cue" })
    }
}

/// An ego network with no other filter counts only the nodes it keeps; it must export exactly what the filtered
/// path does when the filter keeps everything.
@Suite struct EgoCountingTests {
    @Test(arguments: [("E1", 1, true), ("E1", 2, true), ("E4", 3, true), ("E5", 2, false), ("E2", 1, false)])
    func countingOnlyTheEgoNetworkGivesTheSameExport(centre: String, depth: Int, quotes: Bool) throws {
        let graph = try HostileGraph()
        let fast = try record(graph.store, ExportSelection(entities: [centre], depth: depth, includeQuotes: quotes))
        let allDocuments = HostileGraph.documents.map(\.name)
        let filtered = try record(
            graph.store, ExportSelection(documents: allDocuments, entities: [centre], depth: depth, includeQuotes: quotes))
        #expect(fast.nodes == filtered.nodes)
        #expect(fast.edges == filtered.edges)
        #expect(!fast.nodes.isEmpty)
    }
}
