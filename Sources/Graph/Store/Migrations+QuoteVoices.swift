extension Migrations {
    /// Step 7: who spoke or relayed each short text, so that an occurrence finds its own speaker's node of the same
    /// words by index.
    ///
    /// Short texts (fewer than `QuoteResolver.distinctiveWords` words) join only a node that the same speaker spoke
    /// or relayed. Found through `quote_variant` alone, that meant probing every node of the text, one per speaker
    /// who ever used a stock phrase: a cost that grew with every article repeating it (185 nodes of one phrase after
    /// 2 000 generated articles, a hundred times more at a million). `quote_voice` holds (text key, entity, role,
    /// node) for each occurrence of a short text, role 0 for its speaker and 1 for the medium that relayed it: one
    /// index range per look-up, whatever the phrase's fame.
    ///
    /// Filled here from the nodes stored before, as the old look-up saw them: each short variant of a node with each
    /// speaker and medium of the node's occurrences.
    static let quoteVoices = """
        CREATE TABLE quote_voice (
            key    TEXT NOT NULL,
            entity INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            role   INTEGER NOT NULL CHECK (role IN (0, 1)),   -- 0: spoke it, 1: relayed it
            quote  INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
            PRIMARY KEY (key, entity, role, quote)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX quote_voice_entity ON quote_voice(entity);
        CREATE INDEX quote_voice_quote ON quote_voice(quote);
        INSERT OR IGNORE INTO quote_voice (key, entity, role, quote)
            SELECT v.key, a.speaker, 0, v.quote FROM quote_variant v JOIN attribution a ON a.quote = v.quote
            WHERE a.speaker IS NOT NULL AND length(v.key) - length(replace(v.key, ' ', '')) + 1 < 6;
        INSERT OR IGNORE INTO quote_voice (key, entity, role, quote)
            SELECT v.key, a.via, 1, v.quote FROM quote_variant v JOIN attribution a ON a.quote = v.quote
            WHERE a.via IS NOT NULL AND length(v.key) - length(replace(v.key, ' ', '')) + 1 < 6;
        """
}
