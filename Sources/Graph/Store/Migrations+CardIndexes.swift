extension Migrations {
    /// An entity's evidence in document order, so that counting the documents of a well-known entity merges sorted
    /// index ranges instead of sorting them (the entity card).
    ///
    /// Each new index replaces one that it extends by the document column, so that ingest maintains as many indexes
    /// as before: every lookup the old one served (by speaker, by medium, by subject, by object), the new one serves.
    /// `mention_entity` goes without a replacement: `mention_entity_document` (step 3) already leads with the entity.
    static let cardIndexes = """
        DROP INDEX mention_entity;
        DROP INDEX attribution_speaker;
        CREATE INDEX attribution_speaker_document ON attribution(speaker, document);
        DROP INDEX attribution_via;
        CREATE INDEX attribution_via_document ON attribution(via, document);
        DROP INDEX relation_subject;
        CREATE INDEX relation_subject_document ON relation(subject, document);
        DROP INDEX relation_object;
        CREATE INDEX relation_object_document ON relation(object, document);
        """
}
