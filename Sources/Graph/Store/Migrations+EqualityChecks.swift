extension Migrations {
    /// Step 12: the value-list checks of the three tables every article writes to (`entity.type`,
    /// `attribution.kind`, `resolution_key.kind`) say the same thing with `=` and `OR` instead of `IN`.
    ///
    /// SQLite evaluates `x IN (three or more constants)` by building a temporary B-tree of the constants, and a
    /// check constraint is evaluated on every insert: each row written to these tables opened, filled and dropped
    /// one, about 84 an article and a sixth of the writer's instructions. A chain of comparisons allows exactly the
    /// same values and builds nothing.
    ///
    /// A check constraint can only change through the table's definition in `sqlite_schema`. The values stored do
    /// not change, and every row already satisfies the new check (it is the same check), so the definition is
    /// edited in place, as SQLite's documentation of ALTER TABLE describes for changing constraints; rebuilding
    /// `attribution` would rewrite gigabytes. Creating and dropping a table moves the schema's version on, so that
    /// other connections read the new definitions, and `writable_schema = RESET` makes this one read them too.
    static let equalityChecks = """
        PRAGMA writable_schema = ON;
        UPDATE sqlite_schema
            SET sql = replace(sql, "CHECK (type IN ('PERSON', 'ORG', 'GPE', 'LOC', 'EVENT', 'OTHER'))",
                "CHECK (type = 'PERSON' OR type = 'ORG' OR type = 'GPE' OR type = 'LOC' OR type = 'EVENT' OR type = 'OTHER')")
            WHERE type = 'table' AND name = 'entity';
        UPDATE sqlite_schema
            SET sql = replace(sql, "CHECK (kind IN ('direct', 'partial', 'scare', 'indirect'))",
                "CHECK (kind = 'direct' OR kind = 'partial' OR kind = 'scare' OR kind = 'indirect')")
            WHERE type = 'table' AND name = 'attribution';
        UPDATE sqlite_schema
            SET sql = replace(sql, "CHECK (kind IN ('name', 'alias', 'known', 'initials', 'words', 'plain', 'curated', 'dates'))",
                "CHECK (kind = 'name' OR kind = 'alias' OR kind = 'known' OR kind = 'initials' OR kind = 'words' OR kind = 'plain' OR kind = 'curated' OR kind = 'dates')")
            WHERE type = 'table' AND name = 'resolution_key';
        CREATE TABLE graph_schema_changed (unused INTEGER);
        DROP TABLE graph_schema_changed;
        PRAGMA writable_schema = RESET;
        """
}
