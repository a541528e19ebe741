import Testing
@testable import Graph

@Suite struct EqualityChecksMigrationTests {
    private static let tables = ["entity", "attribution", "resolution_key"]

    /// How many temporary B-trees the statement's program opens.
    private func temporaryTrees(_ database: Database, _ sql: String) throws -> Int {
        try database.prepare("EXPLAIN " + sql).rows { $0.string(1) }.filter { $0 == "OpenEphemeral" }.count
    }

    private func inserts(_ database: Database) throws -> [Int] {
        try [
            temporaryTrees(database, "INSERT INTO entity (name, type, key) VALUES (?, ?, ?)"),
            temporaryTrees(database, """
                INSERT INTO attribution (quote, document, start, "end", surface, kind, confidence, extractor,
                    extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """),
            temporaryTrees(database, "INSERT INTO resolution_key (key, kind, entity) VALUES (?, ?, ?)"),
        ]
    }

    @Test func rowsStayAndChecksHoldWithoutTemporaryTrees() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("v11.sqlite")
        do {
            let database = try Database.before(step: Migrations.equalityChecks, at: path)
            try database.execute("""
                INSERT INTO document (content_hash, name, text, ingested_at, pipeline)
                    VALUES ('c0ffee', 'harbour.txt', 'The ferry runs again.', '2031-01-01T00:00:00Z', 'test');
                INSERT INTO entity (name, type, key) VALUES ('Ilse Marwick', 'PERSON', 'ilse marwick');
                INSERT INTO quote (text, key) VALUES ('The ferry runs again', 'the ferry runs again');
                INSERT INTO attribution (quote, document, start, "end", surface, speaker, kind, confidence, extractor,
                    extractor_version) VALUES (1, 1, 0, 20, 'The ferry runs again', 1, 'direct', 0.9, 'test', '1');
                INSERT INTO resolution_key (key, kind, entity) VALUES ('ilse marwick', 'name', 1);
                """)
            #expect(try inserts(database) == [1, 1, 1])
        }
        let store = try GraphStore(path: path)
        #expect(try store.schemaVersion == Migrations.latestVersion)
        // The connection that migrated reads the new definitions at once, as a new one does.
        #expect(try inserts(store.database) == [0, 0, 0])
        #expect(try inserts(Database(path: path, readOnly: true)) == [0, 0, 0])
        for table in Self.tables {
            let sql = try #require(try store.database.prepare("SELECT sql FROM sqlite_schema WHERE name = ?")
                .first(table, map: { $0.string(0) }))
            #expect(!sql.contains(" IN ("), "\(table)")
        }
        #expect(try store.database.prepare("PRAGMA integrity_check").first(map: { $0.string(0) }) == "ok")
        #expect(try store.database.scalarInt("SELECT count(*) FROM attribution WHERE kind = 'direct'") == 1)
        #expect(try store.database.scalarInt("SELECT count(*) FROM resolution_key WHERE kind = 'name'") == 1)
        // The same values are allowed and refused as before.
        for (sql, value) in [
            ("INSERT INTO entity (name, type, key) VALUES ('Port Selby', ?, 'port selby')", "GPE"),
            ("INSERT INTO resolution_key (key, kind, entity) VALUES ('marwick', ?, 1)", "words"),
            ("""
                INSERT INTO attribution (quote, document, start, "end", surface, kind, confidence, extractor,
                    extractor_version) VALUES (1, 1, 0, 20, 'The ferry runs again', ?, 0.5, 'test', '1')
                """, "scare"),
        ] {
            try store.database.prepare(sql).execute(value)
            #expect(throws: StoreError.self) { try store.database.prepare(sql).execute(value.lowercased() + "x") }
        }
    }
}
