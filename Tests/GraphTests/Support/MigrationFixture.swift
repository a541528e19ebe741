import Testing
@testable import Graph

extension Database {
    /// A new database at `path` with the schema as it was just before `step` (one of `Migrations.steps`), and
    /// `user_version` saying so: the starting point of a migration test.
    static func before(step: String, at path: String) throws -> Database {
        let index = try #require(Migrations.steps.firstIndex(of: step))
        let database = try Database(path: path)
        for earlier in Migrations.steps.prefix(index) { try database.execute(earlier) }
        try database.execute("PRAGMA user_version = \(index)")
        return database
    }
}
