import Foundation
import Testing
@testable import Graph

@Suite struct CuratorTests {
    @Test func mergeAppliesToArticlesIngestedLater() throws {
        // Without the surname tier, which would join "Ashby" to the one Ashby by itself.
        let graph = try ScriptedGraph(resolver: EntityResolver(guessesSurnames: false))
        try graph.ingest([("a", "E PERSON Warren Ashby"), ("b", "E PERSON Ashby")])
        #expect(try graph.entities.count == 2)
        try graph.curator.merge("Ashby", into: "Warren Ashby")
        try graph.ingest([("c", "E PERSON Ashby")])
        #expect(try graph.entities.count == 1)
        #expect(try graph.node("Warren Ashby").documents == ["a", "b", "c"])
        let record = try #require(try graph.store.merges().first { $0.analyst })
        #expect(record.confidence == 1)
        #expect(try graph.store.merges().contains { $0.reason == "curated" && $0.document == "c" })
    }

    @Test func mergeSurvivesReextraction() throws {
        let graph = try ScriptedGraph()
        let articles = [("a", "E ORG Norvale Times"), ("b", "E ORG The Norvale Times Weekly")]
        try graph.ingest(articles)
        try graph.curator.merge("The Norvale Times Weekly", into: "Norvale Times")
        try graph.ingest(articles, reextract: true)
        #expect(try graph.entities.count == 1)
        #expect(try graph.store.allRules().map(\.action) == [.merge])
    }

    @Test func aliasAddJoinsLaterArticlesAndMergesNodesOfThatName() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E ORG Norvale Central Broadcasting Station"), ("b", "E ORG Central Radio")])
        try graph.curator.addAlias("Central Radio", to: "Norvale Central Broadcasting Station")
        try graph.ingest([("c", "E ORG Central Radio")])
        #expect(try graph.entities.count == 1)
        #expect(try graph.node("Norvale Central Broadcasting Station").documents == ["a", "b", "c"])
    }

    @Test func renamedNodeIsRecreatedUnderItsNewNameAfterBeingDeletedAsAnOrphan() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E ORG NSTV")])
        try graph.curator.rename("NSTV", to: "Northern State Television")
        #expect(try graph.entities.first?.entity.name == "Northern State Television")
        let document = try #require(try graph.store.document(hash: SHA256.hex("E ORG NSTV\n# a".utf8)))
        try graph.store.database.write {
            try graph.store.deleteEvidence(of: document.id)
            try graph.store.deleteOrphans()
        }
        #expect(try graph.entities.isEmpty)
        try graph.ingest([("b", "E ORG NSTV")])
        #expect(try graph.entities.map(\.entity.name) == ["Northern State Television"])
    }

    @Test func retypeHoldsForLaterArticlesWhateverTypeTheyGive() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E ORG Park Min Ho")])
        try graph.curator.retype("Park Min Ho", to: .person)
        try graph.ingest([("b", "E ORG Park Min Ho"), ("c", "E PERSON Park Min Ho")])
        let nodes = try graph.entities
        #expect(nodes.count == 1)
        #expect(nodes.first?.entity.type == .person)
    }

    @Test func splitSeparatesAWrongAliasAndKeepsItApart() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", "E ORG Northern State Press Agency | NSPA | Daily Lantern"),
            ("b", "E ORG Daily Lantern"),
        ])
        #expect(try graph.entities.count == 1)
        let reresolved = try graph.curator.split("NSPA", names: ["Daily Lantern"])
        #expect(reresolved == 2)
        #expect(try graph.node("Daily Lantern").documents == ["b"])
        #expect(try graph.node("Northern State Press Agency").documents == ["a"])
        try graph.ingest([("c", "E ORG Daily Lantern | Northern State Press Agency")])
        #expect(try graph.node("Daily Lantern").documents == ["b", "c"])
    }

    @Test func unmergeUndoesAnAutomaticMerge() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E PERSON Park Min Ho"), ("b", "E PERSON Min Ho Park")])
        let merge = try #require(try graph.store.merges().first)
        #expect(merge.reason == "name-order")
        try graph.curator.unmerge(merge.id)
        #expect(try graph.entities.count == 2)
        #expect(try graph.node("Min Ho Park").documents == ["b"])
    }

    @Test func unmergeUndoesAnAnalystsMergeWithAllTheNamesItMoved() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E ORG Norvale Times | NT Weekly"), ("b", "E ORG Norvale Broadcasting")])
        try graph.curator.merge("Norvale Times", into: "Norvale Broadcasting")
        let merge = try #require(try graph.store.merges().first { $0.analyst })
        try graph.curator.unmerge(merge.id)
        try graph.ingest([("c", "E ORG NT Weekly")])
        #expect(try graph.node("Norvale Broadcasting").documents == ["b"])
        #expect(try graph.store.allRules().allSatisfy { $0.action == .split })
    }

    @Test func unmergeUndoesAShortFormJoinedInItsArticle() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E PERSON Park Min Ho\nE PERSON Park")])
        let merge = try #require(try graph.store.merges().first { $0.reason == "short-form" })
        try graph.curator.unmerge(merge.id)
        #expect(try graph.entities.count == 2)
    }

    @Test func ambiguousNameAsksForAnID() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E PERSON Clinton"), ("b", "E PERSON Clinton")])
        #expect(throws: CurationError.self) { try graph.curator.rename("Clinton", to: "Bill Clinton") }
        let id = try #require(try graph.entities.first?.entity.jsonID)
        try graph.curator.rename(id, to: "Bill Clinton")
        #expect(try graph.nodes(named: "Bill Clinton").count == 1)
    }

    @Test func versionOneDatabaseIsMigrated() throws {
        let graph = try ScriptedGraph()
        #expect(try graph.store.schemaVersion == Migrations.latestVersion)
        let path = graph.path + "-v1.sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let database = try Database(path: path)
            try database.execute(Migrations.steps[0])
            try database.execute("INSERT INTO entity (name, type, key) VALUES ('Northern State Press Agency', 'ORG', 'northern state press agency')")
            try database.execute("INSERT INTO entity_alias (entity, alias, key) VALUES (1, 'NSPA', 'nspa')")
            try database.execute("PRAGMA user_version = 1")
        }
        let store = try GraphStore(path: path)
        #expect(try store.entities(withKey: "nspa").map(\.name) == ["Northern State Press Agency"])
    }
}
