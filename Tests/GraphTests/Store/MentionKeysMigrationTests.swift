import Testing
@testable import Graph

@Suite struct MentionKeysMigrationTests {
    private func mentions(in database: Database) throws -> [String] {
        try database.prepare("""
            SELECT document || ' ' || entity || ' ' || start || '-' || "end" || ' ' || surface FROM mention
            ORDER BY document, entity, start
            """).rows { $0.string(0) }
    }

    @Test func mentionsAreKeyedByDocumentEntityAndSpanAfterTheStep() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("v15.sqlite")
        do {
            let database = try Database.before(step: Migrations.mentionKeys, at: path)
            // Ids out of document order, and one mention stored twice under two ids.
            try database.execute("""
                INSERT INTO document (id, content_hash, name, text, ingested_at, pipeline) VALUES
                    (1, 'a1', 'ferry.txt', 'Ilse Varga met Harbour staff.', '2031-01-05T00:00:00Z', 'spans@1'),
                    (2, 'b2', 'dock.txt', 'Harbour staff thanked Varga.', '2031-01-05T00:00:00Z', 'spans@1');
                INSERT INTO entity (id, name, type, key) VALUES
                    (1, 'Ilse Varga', 'PERSON', 'ilse varga'), (2, 'Harbour', 'ORG', 'harbour');
                INSERT INTO mention (id, entity, document, start, "end", surface) VALUES
                    (7, 1, 2, 22, 27, 'Varga'),
                    (3, 2, 2, 0, 7, 'Harbour'),
                    (5, 1, 1, 0, 10, 'Ilse Varga'),
                    (6, 2, 1, 15, 22, 'Harbour'),
                    (9, 2, 1, 15, 22, 'Harbour');
                """)
        }
        let store = try GraphStore(path: path)
        #expect(try store.schemaVersion == Migrations.latestVersion)
        #expect(try mentions(in: store.database) == [
            "1 1 0-10 Ilse Varga", "1 2 15-22 Harbour", "2 1 22-27 Varga", "2 2 0-7 Harbour",
        ])
        let indexes = "SELECT count(*) FROM pragma_index_list('mention') WHERE origin = 'c'"
        #expect(try store.database.scalarInt(indexes) == 1)
        // By document through the table's own key; by entity through the one index.
        #expect(try store.queryPlan("SELECT entity FROM mention WHERE document = 2").joined(separator: "\n")
            .contains("SEARCH mention USING PRIMARY KEY (document=?)"))
        #expect(try store.queryPlan("SELECT document FROM mention WHERE entity = 1").joined(separator: "\n")
            .contains("COVERING INDEX mention_entity_document (entity=?)"))
        let edges = "SELECT source || '>' || target || ' ' || weight FROM mentions_edge ORDER BY 1"
        #expect(try store.database.prepare(edges)
            .rows { $0.string(0) } == ["1>1 1", "1>2 1", "2>1 1", "2>2 1"])
        #expect(try store.database.prepare("PRAGMA integrity_check").first(map: { $0.string(0) }) == "ok")
    }

    @Test func mergingTwoNodesNamedAtOneSpanKeepsOneMention() throws {
        let folder = try TemporaryDirectory()
        let store = try GraphStore(path: folder.path("merge.sqlite"))
        try store.database.execute("""
            INSERT INTO document (id, content_hash, name, text, ingested_at, pipeline) VALUES
                (1, 'a1', 'ferry.txt', 'Harbour Board staff met.', '2031-01-05T00:00:00Z', 'spans@1');
            INSERT INTO entity (id, name, type, key) VALUES
                (1, 'Harbour Board', 'ORG', 'harbour board'), (2, 'Harbour Board', 'OTHER', 'harbour board');
            INSERT INTO mention (entity, document, start, "end", surface) VALUES
                (1, 1, 0, 13, 'Harbour Board'), (2, 1, 0, 13, 'Harbour Board'), (2, 1, 14, 19, 'staff');
            """)
        try store.database.write { try store.mergeEntity(EntityID(rawValue: 2), into: EntityID(rawValue: 1)) }
        #expect(try mentions(in: store.database) == ["1 1 0-13 Harbour Board", "1 1 14-19 staff"])
        #expect(try store.database.scalarInt("SELECT count(*) FROM entity") == 1)
    }

    @Test func aMentionExtractedTwiceIsStoredOnce() throws {
        let folder = try TemporaryDirectory()
        let store = try GraphStore(path: folder.path("twice.sqlite"))
        try store.database.execute("""
            INSERT INTO document (id, content_hash, name, text, ingested_at, pipeline) VALUES
                (1, 'a1', 'ferry.txt', 'Ilse Varga spoke.', '2031-01-05T00:00:00Z', 'spans@1');
            INSERT INTO entity (id, name, type, key) VALUES (1, 'Ilse Varga', 'PERSON', 'ilse varga');
            """)
        for _ in 0..<2 {
            try store.insertMention(
                entity: EntityID(rawValue: 1), document: DocumentID(rawValue: 1), span: TextSpan(start: 0, end: 10),
                surface: "Ilse Varga")
        }
        #expect(try mentions(in: store.database) == ["1 1 0-10 Ilse Varga"])
    }
}
