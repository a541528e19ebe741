extension Migrations {
    /// The indexes the query commands (issue 6) read instead of scanning.
    ///
    /// Covering indexes, so that the walks over a well-known entity's evidence read only index pages (attribution
    /// rows carry the quote's surface text and are large): its documents and co-mentions (mention by entity and by
    /// document), its quotes as speaker or medium, and the quotes whose span contains a mention (attribution by
    /// document and span). Also: quote filters by kind and confidence, and relay chains by a document's outlet,
    /// look rows up instead of scanning.
    static let queryIndexes = """
        CREATE INDEX mention_entity_document ON mention(entity, document, start, "end");
        CREATE INDEX mention_document_entity ON mention(document, entity, start, "end");
        CREATE INDEX attribution_speaker_quote ON attribution(speaker, quote, document, via, start, "end");
        CREATE INDEX attribution_via_quote ON attribution(via, quote, document, speaker);
        CREATE INDEX attribution_document_span ON attribution(document, start, "end", speaker, via, quote);
        CREATE INDEX attribution_kind_confidence ON attribution(kind, confidence);
        CREATE INDEX document_outlet ON document(outlet COLLATE NOCASE);
        """
}
