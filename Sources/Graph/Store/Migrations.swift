/// The schema's history: each step moves a database from `user_version` n to n + 1.
///
/// Shipped steps are never edited: a change to the schema is a new step at the end of `steps`. Step 1 is the
/// embedded `schema.sql`, so a `graphctl` binary copied elsewhere still creates its database.
enum Migrations {
    static let steps: [String] = [
        String(decoding: PackageResources.schema_sql, as: UTF8.self),
        resolutionAndCuration,
        queryIndexes,
        cardIndexes,
        quoteCuration,
        speakerDescriptions,
        quoteVoices,
        leanerIndexes,
        eventDates,
        quoteWindow,
        variantHashes,
        equalityChecks,
        coveringIndexes,
        pipelineIndex,
        mediumIndexes,
        mentionKeys,
        documentMeta,
    ]

    static var latestVersion: Int { steps.count }

    /// Brings `database` up to the latest schema version, each step in its own transaction; a new database is
    /// made by `latest.script` in one, when it is of the latest version.
    ///
    /// - Parameter shortcut: whether a new database may be made by `latest.script` (tests turn it off to compare).
    /// - Throws: `StoreError.newerSchema` for a database from a newer build, `StoreError.notAGraphDatabase` for a
    ///   SQLite file that holds other tables and no version.
    static func migrate(_ database: Database, shortcut: Bool = true) throws {
        var version = Int(try database.scalarInt("PRAGMA user_version"))
        if version > latestVersion {
            throw StoreError.newerSchema(path: database.path, found: version, known: latestVersion)
        }
        if version == 0 {
            let tables = try database.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
            if tables > 0 { throw StoreError.notAGraphDatabase(path: database.path) }
        }
        guard version < latestVersion else { return }
        if database.isReadOnly {
            throw StoreError.cannotOpen(
                path: database.path,
                reason: "its schema (version \(version)) needs upgrading to \(latestVersion); open it once for writing")
        }
        if version == 0 && shortcut && latest.version == latestVersion {
            try database.write {
                // Another process may have made the schema while this one waited for the lock.
                guard try database.scalarInt("PRAGMA user_version") == 0 else { return }
                try database.execute(latest.script)
                try database.execute("PRAGMA user_version = \(latestVersion)")
            }
            version = Int(try database.scalarInt("PRAGMA user_version"))
        }
        for step in version..<latestVersion {
            try database.write {
                // Another process may have migrated while this one waited for the lock: read the version again.
                guard try database.scalarInt("PRAGMA user_version") == step else { return }
                try database.execute(steps[step])
                try database.execute("PRAGMA user_version = \(step + 1)")
            }
        }
    }
}
