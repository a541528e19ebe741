/// The schema's history: each step moves a database from `user_version` n to n + 1.
///
/// Shipped steps are never edited: a change to the schema is a new step at the end of `steps`. Step 1 is the
/// embedded `schema.sql`, so a `graphctl` binary copied elsewhere still creates its database.
enum Migrations {
    static let steps: [String] = [
        String(decoding: PackageResources.schema_sql, as: UTF8.self),
        // Step 2, for queries (issue 6). Covering indexes, so that the walks over a well-known entity's evidence
        // read only index pages (the attribution rows carry the quote's surface text and are large): its documents
        // and co-mentions (mention by entity and by document), its quotes as speaker or medium, and the quotes whose
        // span contains a mention (attribution by document and span). Also: quote filters by kind and confidence,
        // and relay chains by a document's outlet, look rows up instead of scanning.
        """
        CREATE INDEX mention_entity_document ON mention(entity, document, start, "end");
        CREATE INDEX mention_document_entity ON mention(document, entity, start, "end");
        CREATE INDEX attribution_speaker_quote ON attribution(speaker, quote, document, via, start, "end");
        CREATE INDEX attribution_via_quote ON attribution(via, quote, document, speaker);
        CREATE INDEX attribution_document_span ON attribution(document, start, "end", speaker, via, quote);
        CREATE INDEX attribution_kind_confidence ON attribution(kind, confidence);
        CREATE INDEX document_outlet ON document(outlet COLLATE NOCASE);
        """,
    ]

    static var latestVersion: Int { steps.count }

    /// Brings `database` up to the latest schema version, each step in its own transaction.
    ///
    /// - Throws: `StoreError.newerSchema` for a database from a newer build, `StoreError.notAGraphDatabase` for a
    ///   SQLite file that holds other tables and no version.
    static func migrate(_ database: Database) throws {
        let version = Int(try database.scalarInt("PRAGMA user_version"))
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
        for step in version..<latestVersion {
            try database.write {
                try database.execute(steps[step])
                try database.execute("PRAGMA user_version = \(step + 1)")
            }
        }
    }
}
