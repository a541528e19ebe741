import Foundation
import Testing
@testable import Graph

@Suite struct GraphStoreTests {
    @Test func createsTheSchemaInAnEmptyFile() throws {
        let folder = try TemporaryDirectory()
        let store = try GraphStore(path: folder.path("g.sqlite"))
        #expect(try store.schemaVersion == Migrations.latestVersion)
        let tables = try store.database.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')").rows { $0.string(0) }
        for table in ["document", "entity", "entity_alias", "quote", "mention", "attribution", "relation", "quote_fts",
                      "said_edge", "via_edge", "appears_in_edge", "mentions_edge", "relation_edge"] {
            #expect(tables.contains(table), "missing \(table)")
        }
        #expect(try store.database.scalarInt("PRAGMA foreign_keys") == 1)
    }

    @Test func reopeningKeepsTheDataAndTheVersion() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("g.sqlite")
        do {
            let store = try GraphStore(path: path)
            _ = try Ingester(store: store, pipeline: .quotedPassages).ingest([.document(SourceDocument(name: "a", text: "Ann said \"yes\"."))])
        }
        let store = try GraphStore(path: path, readOnly: true)
        #expect(try store.stats().documents == 1)
        #expect(try store.schemaVersion == Migrations.latestVersion)
    }

    @Test func aStoredTextIsFoundByItsHashWithoutReadingItsRow() throws {
        let folder = try TemporaryDirectory()
        let store = try GraphStore(path: folder.path("g.sqlite"))
        try store.database.execute("""
            INSERT INTO document (content_hash, name, text, ingested_at, pipeline) VALUES
                ('h1', 'a.txt', 'One.', 't', 'spans@1'), ('h2', 'b.txt', 'Two.', 't', 'spans@2')
            """)
        let first = StoredText(id: DocumentID(rawValue: 1), current: true)
        let second = StoredText(id: DocumentID(rawValue: 2), current: false)
        #expect(try store.storedText(hash: "h1", pipeline: "spans@1") == first)
        #expect(try store.storedText(hash: "h2", pipeline: "spans@1") == second)
        #expect(try store.storedText(hash: "h3", pipeline: "spans@1") == nil)
        // Both look-ups are in indexes: a document's row holds its text, a page of the file of its own.
        let plan = try store.queryPlan(GraphStore.storedTextSQL).joined(separator: "\n")
        #expect(plan.contains("COVERING INDEX sqlite_autoindex_document_1 (content_hash=?)"))
        #expect(plan.contains("COVERING INDEX document_pipeline (pipeline=? AND rowid=?)"))
        #expect(!plan.contains("PRIMARY KEY"), "\(plan)")
    }

    @Test func migratesADatabaseOfEveryOlderVersionKeepingItsData() throws {
        for version in 1..<Migrations.latestVersion {
            let folder = try TemporaryDirectory()
            let path = folder.path("old.sqlite")
            do {
                // A database as an older graphctl left it: the first `version` steps, and one article's rows.
                let database = try Database(path: path)
                for step in Migrations.steps.prefix(version) { try database.execute(step) }
                try database.execute("PRAGMA user_version = \(version)")
                try database.execute("""
                    INSERT INTO document (content_hash, name, text, ingested_at, pipeline) VALUES ('h', 'old.txt', 'Ann spoke.', 't', 'p');
                    INSERT INTO entity (name, type, key) VALUES ('Ann Lee', 'PERSON', 'ann lee');
                    INSERT INTO mention (entity, document, start, "end", surface) VALUES (1, 1, 0, 3, 'Ann');
                    INSERT INTO quote (text, key) VALUES ('we agree', 'we agree');
                    INSERT INTO attribution (quote, document, start, "end", surface, speaker, kind, confidence, extractor, extractor_version)
                        VALUES (1, 1, 0, 3, 'we agree', 1, 'direct', 0.9, 'x', '1');
                    """)
            }
            let store = try GraphStore(path: path)
            #expect(try store.schemaVersion == Migrations.latestVersion, "from version \(version)")
            let stats = try store.stats()
            #expect(stats.documents == 1 && stats.entities == 1 && stats.quotes == 1 && stats.attributions == 1)
            #expect(try store.database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
            let summary = try Ingester(store: store, pipeline: .quotedPassages)
                .ingest([.document(SourceDocument(name: "new.txt", text: "Ann Lee said \"we agree\"."))])
            #expect(summary.added == 1 && summary.rejected.isEmpty, "from version \(version)")
        }
    }

    @Test func refusesADatabaseFromANewerSchema() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("g.sqlite")
        _ = try GraphStore(path: path)
        try Database(path: path).execute("PRAGMA user_version = 999")
        #expect {
            try GraphStore(path: path)
        } throws: { error in
            "\(error)".contains("schema version 999")
        }
    }

    @Test func refusesASQLiteFileThatIsNotAGraph() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("other.sqlite")
        try Database(path: path).execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        #expect {
            try GraphStore(path: path)
        } throws: { error in
            "\(error)".contains("not a graph database")
        }
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("notes.sqlite", String(repeating: "not a database at all\n", count: 100))
        #expect {
            try GraphStore(path: path)
        } throws: { error in
            "\(error)".contains(path) && "\(error)".contains("not a database")
        }
    }

    @Test func readOnlyStoreRefusesWrites() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("g.sqlite")
        _ = try GraphStore(path: path)
        let store = try GraphStore(path: path, readOnly: true)
        #expect(throws: StoreError.self) {
            try store.database.execute("DELETE FROM document")
        }
    }

    @Test func spansGiveBackTheQuoteThroughSubstr() throws {
        let store = try GraphStore(path: ":memory:")
        let text = "Zoë’s team — “all of them” — said \"ça va 😀 bien\" twice."
        _ = try Ingester(store: store, pipeline: .quotedPassages).ingest([.document(SourceDocument(name: "u", text: text))])
        let rows = try store.database.prepare("""
            SELECT a.surface, substr(d.text, a.start + 1, a."end" - a.start) FROM attribution a JOIN document d ON d.id = a.document
            """).rows { ($0.string(0), $0.string(1)) }
        #expect(rows.count == 1)
        #expect(rows.first?.0 == "ça va 😀 bien")
        #expect(rows.first?.1 == "ça va 😀 bien")
        let mentions = try store.database.prepare("""
            SELECT m.surface, substr(d.text, m.start + 1, m."end" - m.start) FROM mention m JOIN document d ON d.id = m.document
            """).rows { ($0.string(0), $0.string(1)) }
        #expect(mentions.allSatisfy { $0.0 == $0.1 })
    }

    @Test func fullTextIndexFollowsTheQuoteTable() throws {
        let store = try GraphStore(path: ":memory:")
        _ = try Ingester(store: store, pipeline: .quotedPassages)
            .ingest([.document(SourceDocument(name: "a", text: "Ann said \"the harbour is closed\"."))])
        let hits = try store.database.prepare("SELECT rowid FROM quote_fts WHERE quote_fts MATCH 'harbour'").rows { $0.int(0) }
        #expect(hits.count == 1)
    }
}
