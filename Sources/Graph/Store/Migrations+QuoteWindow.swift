extension Migrations {
    /// The word pairs and anchors of every quote variant leave the database: resolution finds fragments, longer
    /// forms and overlaps among recent quotes kept in memory (`QuoteWindow`), built from `attribution`. Writing a
    /// row per word pair at a random place of a growing B-tree was most of an ingest's SQLite work, and slowed it
    /// down as the graph grew.
    static let quoteWindow = """
        DROP INDEX IF EXISTS quote_shingle_quote;
        DROP INDEX IF EXISTS quote_anchor_quote;
        DROP TABLE IF EXISTS quote_shingle;
        DROP TABLE IF EXISTS quote_anchor;
        """
}
