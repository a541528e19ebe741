import Testing
@testable import Graph

@Suite struct MigrationsTests {
    /// Every object of the schema in `sqlite_schema` order, as SQLite stores it, with the version and what the
    /// full-text index keeps in its own tables.
    private func schema(of database: Database) throws -> [String] {
        let objects = try database.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid")
            .rows { "\($0.string(0)) \($0.string(1)) \($0.string(2)) \($0.optionalString(3) ?? "-")" }
        let config = try database.prepare("SELECT k || '=' || v FROM quote_fts_config ORDER BY k").rows { $0.string(0) }
        return objects + config + ["user_version \(try database.scalarInt("PRAGMA user_version"))"]
    }

    @Test func aNewDatabaseMadeInOnePassHasTheSchemaTheStepsMake() throws {
        let folder = try TemporaryDirectory()
        let stepwise = try Database(path: folder.path("steps.sqlite"))
        try Migrations.migrate(stepwise, shortcut: false)
        let shortcut = try Database(path: folder.path("shortcut.sqlite"))
        try Migrations.migrate(shortcut)
        #expect(try schema(of: shortcut) == schema(of: stepwise))
        #expect(try shortcut.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
    }

    /// When this fails, a step was added or changed: set `Migrations.latest` to the script printed here and its
    /// version to `Migrations.latestVersion`.
    @Test func theOnePassScriptIsTheStepsSchemaReadBack() throws {
        let database = try Database(path: ":memory:")
        try Migrations.migrate(database, shortcut: false)
        #expect(Migrations.latest.version == Migrations.latestVersion)
        #expect(try Migrations.script(of: database) == Migrations.latest.script)
    }

}
