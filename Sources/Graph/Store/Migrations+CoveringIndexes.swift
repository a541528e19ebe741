extension Migrations {
    /// Step 13: the indexes by quote and by relation end carry the columns that the entity card and the path search
    /// read, so that a quote carried by thousands of articles, or an entity in thousands of stated relations, is
    /// summed over index pages instead of one table row each.
    ///
    /// Each new index replaces the one it extends, so ingest maintains as many indexes as before; every look-up the
    /// old one served (occurrences by quote, relations by subject or object) the new one serves, a leading column
    /// being all that those need. `attribution_quote_document` gives a quote's documents in order (its document
    /// count without sorting, and whether a given document carries it by one probe), and its speakers and media.
    /// The relation indexes keep their document order (the card's count of documents merges sorted ranges) and add
    /// the other end and the predicate: an entity's (subject, predicate, object) triples without reading the rows,
    /// which hold the evidence passage. `IF EXISTS` and `IF NOT EXISTS` let the step run again on a database that
    /// has it (a test winds `user_version` back to replay a later step).
    static let coveringIndexes = """
        DROP INDEX IF EXISTS attribution_quote;
        CREATE INDEX IF NOT EXISTS attribution_quote_document ON attribution(quote, document, speaker, via);
        DROP INDEX IF EXISTS relation_subject_document;
        CREATE INDEX IF NOT EXISTS relation_subject_triple ON relation(subject, document, object, predicate);
        DROP INDEX IF EXISTS relation_object_document;
        CREATE INDEX IF NOT EXISTS relation_object_triple ON relation(object, document, subject, predicate);
        """
}
