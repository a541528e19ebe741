extension Migrations {
    /// Step 15: the two indexes by medium hold only the occurrences that name one (`via IS NOT NULL`).
    ///
    /// Most occurrences have no medium (85 % of a generated corpus), and every look-up by medium compares `via`
    /// with a value (`via = ?`, `IN`, a join on it) or asks for `via IS NOT NULL`, which SQLite answers from a
    /// partial index as well. The entries without a medium served nothing and cost pages, writes and cache that the
    /// writer needs at a million articles: on 10,000 generated articles the two indexes take 248 pages instead of
    /// 1,710. `IF EXISTS` lets the step run again on a database that has it.
    static let mediumIndexes = """
        DROP INDEX IF EXISTS attribution_via_quote;
        CREATE INDEX attribution_via_quote ON attribution(via, quote, document, speaker) WHERE via IS NOT NULL;
        DROP INDEX IF EXISTS attribution_via_document;
        CREATE INDEX attribution_via_document ON attribution(via, document) WHERE via IS NOT NULL;
        """
}
