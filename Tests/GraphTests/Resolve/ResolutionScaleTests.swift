import Foundation
import Testing
@testable import Graph

/// Resolution against a large graph costs index lookups, not scans. Run with GRAPH_BENCH=1 (and `-c release`).
@Suite struct ResolutionScaleTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GRAPH_BENCH"] != nil))
    func resolvingAnArticleAgainstAMillionEntitiesReadsOnlyIndexes() throws {
        let graph = try ScriptedGraph()
        let count = 1_000_000
        try graph.store.database.write {
            try graph.store.database.execute("""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(count))
                INSERT INTO entity (id, name, type, key) SELECT i, 'Person ' || i || ' Name', 'PERSON', 'person ' || i || ' name' FROM n;
                INSERT INTO resolution_key (key, kind, entity) SELECT key, 'name', id FROM entity;
                """)
        }
        var articles: [(String, String)] = []
        for index in 0..<200 {
            let known = Int.random(in: 1...count)
            articles.append(("doc\(index)", """
                E PERSON Person \(known) Name | Name
                E PERSON Someone New \(index)
                E ORG Agency Number \(index % 7)
                Q 0 2 direct | We will act on number \(index) at once, and the rest will follow.
                Q 0 2 partial | act on number \(index)
                """))
        }
        let start = Date()
        try graph.ingest(articles)
        let seconds = Date().timeIntervalSince(start)
        print("resolved 200 articles against \(count) entities in \(seconds) s")
        #expect(seconds < 20)
        #expect(try graph.store.database.scalarInt("SELECT count(*) FROM entity") == Int64(count + 200 + 7))
        #expect(try graph.store.database.scalarInt("SELECT count(*) FROM quote") == 200)
    }
}
