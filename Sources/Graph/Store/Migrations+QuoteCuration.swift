extension Migrations {
    /// Step 5: the quote merge log, the analyst's quote rules, and people by surname.
    ///
    /// `quote_merge` records every occurrence that joined a quote node another occurrence had made, and every node an
    /// occurrence gathered into its own (the fragments of a longer text): the rule, the text key on each side and the
    /// confidence. A record belongs to the occurrence (attribution) that made the join, so re-extracting a document
    /// replaces its records as it replaces its evidence.
    ///
    /// `quote_rule` keeps an undone join undone. Occurrences have no name to hold a rule by, so a rule names one
    /// occurrence by its document's content hash and its text key, and the texts it is kept apart from by their key:
    /// both survive re-extraction and a rebuilt node.
    static let quoteCuration = """
        CREATE TABLE quote_merge (
            id          INTEGER PRIMARY KEY,
            quote       INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,         -- the node it joined
            attribution INTEGER NOT NULL REFERENCES attribution(id) ON DELETE CASCADE,   -- the occurrence that joined
            key         TEXT NOT NULL,          -- the occurrence's text key
            other_key   TEXT NOT NULL,          -- the key it matched: a variant of the node, or of the node it gathered
            reason      TEXT NOT NULL,          -- exact, typography, editorial, fragment, longer-form, overlap, relay
            detail      TEXT NOT NULL,
            confidence  REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
            created_at  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX quote_merge_quote ON quote_merge(quote);
        CREATE INDEX quote_merge_attribution ON quote_merge(attribution);

        -- The occurrence of text `key` in the document with `document_hash` is never one quote with texts of
        -- `other_key`, in either direction.
        CREATE TABLE quote_rule (
            id            INTEGER PRIMARY KEY,
            document_hash TEXT NOT NULL,
            key           TEXT NOT NULL,
            other_key     TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            UNIQUE (document_hash, key, other_key)
        ) STRICT;
        CREATE INDEX quote_rule_key ON quote_rule(key);
        CREATE INDEX quote_rule_other_key ON quote_rule(other_key);

        -- The last word of every full name (two words or more) a person node was given, for the surname tier: a
        -- lone surname joins the one person of the graph with that surname. Filled as articles are resolved; nodes
        -- stored before this step are found once their articles are ingested again.
        CREATE TABLE person_surname (
            surname TEXT NOT NULL,
            entity  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            PRIMARY KEY (surname, entity)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX person_surname_entity ON person_surname(entity);
        """
}
