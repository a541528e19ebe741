extension Migrations {
    /// Step 8: indexes that no statement needs, dropped, since every ingest pays for each row it writes to them.
    ///
    /// `quote_key` (quote nodes by text key) serves no look-up: resolution finds texts through `quote_variant` and
    /// `quote_voice`, and it took 17 rows an article, each at a random place. `mention_document` and
    /// `attribution_document` are prefixes of `mention_document_entity` and `attribution_document_span` (step 3),
    /// which serve every look-up by document, the cascades of a deleted document among them.
    static let leanerIndexes = """
        DROP INDEX quote_key;
        DROP INDEX mention_document;
        DROP INDEX attribution_document;
        """
}
