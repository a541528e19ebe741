extension Migrations {
    /// `quote_variant` becomes a table of rows in insertion order, indexed by a hash of the key
    /// (`graph_key_hash`) instead of the key itself. Keyed by its text, every insert went to a random place of a
    /// B-tree holding each quote's whole normalised text twice (the table and its `quote` index): the largest
    /// structure written at random, about 2 GB at a million articles, far past the page cache. Look-ups compare
    /// the key after the hash; two keys of one quote node with one hash (about one chance in 10^19) keep one row.
    static let variantHashes = """
        DROP INDEX quote_variant_quote;
        CREATE TABLE quote_variant_next (
            id    INTEGER PRIMARY KEY,
            hash  INTEGER NOT NULL,             -- graph_key_hash(key)
            key   TEXT NOT NULL,                -- a text key the quote node's occurrences were found under
            quote INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE
        ) STRICT;
        CREATE UNIQUE INDEX quote_variant_hash ON quote_variant_next(hash, quote);
        CREATE INDEX quote_variant_quote ON quote_variant_next(quote);
        INSERT OR IGNORE INTO quote_variant_next (hash, key, quote)
            SELECT graph_key_hash(key), key, quote FROM quote_variant ORDER BY quote, key;
        DROP TABLE quote_variant;
        ALTER TABLE quote_variant_next RENAME TO quote_variant;
        """
}
