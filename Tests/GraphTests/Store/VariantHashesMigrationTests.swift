import Testing
@testable import Graph

@Suite struct VariantHashesMigrationTests {
    @Test func variantKeysKeepTheirQuotesAndAreFoundThroughTheirHash() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("v10.sqlite")
        do {
            let database = try Database.before(step: Migrations.variantHashes, at: path)
            try database.execute("""
                INSERT INTO quote (text, key) VALUES ('The tide mills open in May', 'the tide mills open in may');
                INSERT INTO quote (text, key) VALUES ('Not before the thaw', 'not before the thaw');
                INSERT INTO quote_variant (key, quote) VALUES
                    ('the tide mills open in may', 1), ('tide mills open in may', 1), ('not before the thaw', 2),
                    ('tide mills open in may', 2);
                """)
        }
        let store = try GraphStore(path: path)
        #expect(try store.schemaVersion == Migrations.latestVersion)
        #expect(try store.quotes(withVariantKey: "tide mills open in may") == [QuoteID(rawValue: 1), QuoteID(rawValue: 2)])
        #expect(try store.firstQuote(withVariantKey: "not before the thaw") == QuoteID(rawValue: 2))
        #expect(try store.quotes(withVariantKey: "the tide mills open").isEmpty)
        #expect(try store.variantKeys(of: QuoteID(rawValue: 1)) == ["the tide mills open in may", "tide mills open in may"])
        let expected = Int64(bitPattern: KeyHash.fnv1a("not before the thaw".utf8))
        #expect(try store.database.scalarInt("SELECT hash FROM quote_variant WHERE key = 'not before the thaw'") == expected)
        #expect(try store.database.scalarInt("SELECT count(*) FROM quote_variant") == 4)
        #expect(try store.database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
        // The unique index keeps one row per key and node, as the old primary key did.
        try store.database.write { try store.addVariant("not before the thaw", to: QuoteID(rawValue: 2)) }
        #expect(try store.database.scalarInt("SELECT count(*) FROM quote_variant") == 4)
    }

    @Test func theHashIsFNV1aOfTheUTF8Bytes() throws {
        let database = try Database(path: ":memory:")
        // Published FNV-1a 64 values: the empty string is the offset basis; "a" is 0xaf63dc4c8601ec8c.
        #expect(try database.scalarInt("SELECT graph_key_hash('')") == Int64(bitPattern: 0xcbf2_9ce4_8422_2325))
        #expect(try database.scalarInt("SELECT graph_key_hash('a')") == Int64(bitPattern: 0xaf63_dc4c_8601_ec8c))
        #expect(try database.scalarInt("SELECT graph_key_hash('é')") == Int64(bitPattern: KeyHash.fnv1a("é".utf8)))
    }
}
