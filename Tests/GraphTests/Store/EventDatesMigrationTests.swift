import Testing
@testable import Graph

@Suite struct EventDatesMigrationTests {
    @Test func resolutionKeysSurviveTheRebuildThatAddsTheDatesKind() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("v6.sqlite")
        do {
            let database = try Database.before(step: Migrations.eventDates, at: path)
            try database.execute("""
                INSERT INTO entity (name, type, key) VALUES ('Harbour Freedom Guardian', 'EVENT', 'harbour freedom guardian');
                INSERT INTO resolution_key (key, kind, entity) VALUES ('harbour freedom guardian', 'name', 1), ('hfg', 'alias', 1);
                """)
        }
        let store = try GraphStore(path: path)
        #expect(try store.entities(withKey: "hfg").map(\.name) == ["Harbour Freedom Guardian"])
        let id = try #require(try store.entities(withKey: "harbour freedom guardian").first?.id)
        try store.database.write { try store.addResolutionKey("harbour freedom|10-12|10-26||", kind: .dates, to: id) }
        let found = try store.entities(withDatesKeysFrom: "harbour freedom|10-12|10-26|", below: "harbour freedom|10-12|10-26}", limit: 4)
        #expect(found.map(\.key) == ["harbour freedom|10-12|10-26||"])
        #expect(try store.entities(withDatesKeysFrom: "harbour freedom|10-12|10-30|", below: "harbour freedom|10-12|10-30}", limit: 4).isEmpty)
        #expect(try store.database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
    }
}
