import Foundation
import Testing
@testable import Graph

@Suite struct CuratorTests {
    @Test func mergeAppliesToArticlesIngestedLater() throws {
        // Without the surname tier, which would join "Trump" to the one Trump by itself.
        let graph = try ScriptedGraph(resolver: EntityResolver(guessesSurnames: false))
        try graph.ingest([("a", "E PERSON Donald Trump"), ("b", "E PERSON Trump")])
        #expect(try graph.entities.count == 2)
        try graph.curator.merge("Trump", into: "Donald Trump")
        try graph.ingest([("c", "E PERSON Trump")])
        #expect(try graph.entities.count == 1)
        #expect(try graph.node("Donald Trump").documents == ["a", "b", "c"])
        let record = try #require(try graph.store.merges().first { $0.analyst })
        #expect(record.confidence == 1)
        #expect(try graph.store.merges().contains { $0.reason == "curated" && $0.document == "c" })
    }

    @Test func mergeSurvivesReextraction() throws {
        let graph = try ScriptedGraph()
        let articles = [("a", "E ORG Pyongyang Times"), ("b", "E ORG The Pyongyang Times Weekly")]
        try graph.ingest(articles)
        try graph.curator.merge("The Pyongyang Times Weekly", into: "Pyongyang Times")
        try graph.ingest(articles, reextract: true)
        #expect(try graph.entities.count == 1)
        #expect(try graph.store.allRules().map(\.action) == [.merge])
    }

    @Test func aliasAddJoinsLaterArticlesAndMergesNodesOfThatName() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E ORG Korean Central Broadcasting Station"), ("b", "E ORG Central Radio")])
        try graph.curator.addAlias("Central Radio", to: "Korean Central Broadcasting Station")
        try graph.ingest([("c", "E ORG Central Radio")])
        #expect(try graph.entities.count == 1)
        #expect(try graph.node("Korean Central Broadcasting Station").documents == ["a", "b", "c"])
    }

    @Test func renamedNodeIsRecreatedUnderItsNewNameAfterBeingDeletedAsAnOrphan() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E ORG KCTV")])
        try graph.curator.rename("KCTV", to: "Korean Central Television")
        #expect(try graph.entities.first?.entity.name == "Korean Central Television")
        let document = try #require(try graph.store.document(hash: SHA256.hex("E ORG KCTV\n# a".utf8)))
        try graph.store.database.write {
            try graph.store.deleteEvidence(of: document.id)
            try graph.store.deleteOrphans()
        }
        #expect(try graph.entities.isEmpty)
        try graph.ingest([("b", "E ORG KCTV")])
        #expect(try graph.entities.map(\.entity.name) == ["Korean Central Television"])
    }

    @Test func retypeHoldsForLaterArticlesWhateverTypeTheyGive() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E ORG Kim Jong Un")])
        try graph.curator.retype("Kim Jong Un", to: .person)
        try graph.ingest([("b", "E ORG Kim Jong Un"), ("c", "E PERSON Kim Jong Un")])
        let nodes = try graph.entities
        #expect(nodes.count == 1)
        #expect(nodes.first?.entity.type == .person)
    }

    @Test func splitSeparatesAWrongAliasAndKeepsItApart() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([
            ("a", "E ORG Korean Central News Agency | KCNA | Rodong Sinmun"),
            ("b", "E ORG Rodong Sinmun"),
        ])
        #expect(try graph.entities.count == 1)
        let reresolved = try graph.curator.split("KCNA", names: ["Rodong Sinmun"])
        #expect(reresolved == 2)
        #expect(try graph.node("Rodong Sinmun").documents == ["b"])
        #expect(try graph.node("Korean Central News Agency").documents == ["a"])
        try graph.ingest([("c", "E ORG Rodong Sinmun | Korean Central News Agency")])
        #expect(try graph.node("Rodong Sinmun").documents == ["b", "c"])
    }

    @Test func unmergeUndoesAnAutomaticMerge() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E PERSON Kim Jong Un"), ("b", "E PERSON Jong Un Kim")])
        let merge = try #require(try graph.store.merges().first)
        #expect(merge.reason == "name-order")
        try graph.curator.unmerge(merge.id)
        #expect(try graph.entities.count == 2)
        #expect(try graph.node("Jong Un Kim").documents == ["b"])
    }

    @Test func unmergeUndoesAnAnalystsMergeWithAllTheNamesItMoved() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E ORG Pyongyang Times | PT Weekly"), ("b", "E ORG Pyongyang Broadcasting")])
        try graph.curator.merge("Pyongyang Times", into: "Pyongyang Broadcasting")
        let merge = try #require(try graph.store.merges().first { $0.analyst })
        try graph.curator.unmerge(merge.id)
        try graph.ingest([("c", "E ORG PT Weekly")])
        #expect(try graph.node("Pyongyang Broadcasting").documents == ["b"])
        #expect(try graph.store.allRules().allSatisfy { $0.action == .split })
    }

    @Test func unmergeUndoesAShortFormJoinedInItsArticle() throws {
        let graph = try ScriptedGraph()
        try graph.ingest([("a", "E PERSON Kim Jong Un\nE PERSON Kim")])
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
            try database.execute("INSERT INTO entity (name, type, key) VALUES ('Korean Central News Agency', 'ORG', 'korean central news agency')")
            try database.execute("INSERT INTO entity_alias (entity, alias, key) VALUES (1, 'KCNA', 'kcna')")
            try database.execute("PRAGMA user_version = 1")
        }
        let store = try GraphStore(path: path)
        #expect(try store.entities(withKey: "kcna").map(\.name) == ["Korean Central News Agency"])
    }
}
