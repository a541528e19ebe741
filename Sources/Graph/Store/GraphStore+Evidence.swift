extension GraphStore {
    func insertMention(entity: EntityID, document: DocumentID, span: TextSpan, surface: String) throws {
        // A second mention of the entity at the same span is the same row (the key, schema step 16).
        try database.cached("INSERT OR IGNORE INTO mention (entity, document, start, \"end\", surface) VALUES (?, ?, ?, ?, ?)")
            .execute(entity, document, span.start, span.end, surface)
    }

    func insertAttribution(
        quote: QuoteID, document: DocumentID, occurrence: Extraction.Quote, speaker: EntityID?, via: EntityID?
    ) throws {
        try database.cached("""
            INSERT INTO attribution (quote, document, start, "end", surface, speaker, via, cue, kind, confidence,
                                     extractor, extractor_version, speaker_description)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(
                quote, document, occurrence.span.start, occurrence.span.end, occurrence.text, speaker, via,
                occurrence.cue, occurrence.kind.rawValue, min(max(occurrence.confidence, 0), 1),
                occurrence.extractor, occurrence.extractorVersion, speaker == nil ? occurrence.speakerDescription : nil)
    }

    func insertRelation(
        subject: EntityID, predicate: String, object: EntityID, document: DocumentID, span: TextSpan, evidence: String
    ) throws {
        try database.cached("""
            INSERT INTO relation (subject, predicate, object, document, start, "end", evidence)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(subject, predicate, object, document, span.start, span.end, evidence)
    }
}
