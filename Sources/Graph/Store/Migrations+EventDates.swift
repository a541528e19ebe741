extension Migrations {
    /// Events by their name stem and the span of days an article gives for them: `resolution_key` takes the kind
    /// `dates` (`ResolutionKeyKind.dates`), so that an event renamed in its last word ("... Freedom Guardian", then
    /// "... Freedom Shield") is found under the days it is held.
    ///
    /// SQLite cannot change a CHECK constraint in place: the table is rebuilt with the same columns, key and indexes,
    /// and its rows copied.
    static let eventDates = """
        CREATE TABLE resolution_key_new (
            key    TEXT NOT NULL,               -- a normalised name; for kind dates: stem|MM-DD|MM-DD|published|year
            kind   TEXT NOT NULL CHECK (kind IN ('name', 'alias', 'known', 'initials', 'words', 'plain', 'curated', 'dates')),
            entity INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            PRIMARY KEY (kind, key, entity)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO resolution_key_new (key, kind, entity) SELECT key, kind, entity FROM resolution_key;
        DROP TABLE resolution_key;
        ALTER TABLE resolution_key_new RENAME TO resolution_key;
        CREATE INDEX resolution_key_key ON resolution_key(key);
        CREATE INDEX resolution_key_entity ON resolution_key(entity);
        """
}
