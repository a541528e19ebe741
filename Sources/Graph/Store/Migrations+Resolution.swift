extension Migrations {
    /// Step 2: the indexes resolution looks names and quotes up in, the merge log, and the analyst's curation rules.
    ///
    /// `resolution_key` is what resolution searches, apart from `entity_alias`, which is what people read: a lone
    /// surname is shown as an alias but never joins two articles' entities. Curation rules name entities by their
    /// name keys, not row ids, so they outlive the rows: re-extraction and orphan deletion recreate nodes, and the
    /// rules apply to them again.
    static let resolutionAndCuration = """
        CREATE TABLE resolution_key (
            key    TEXT NOT NULL,               -- a normalised name
            kind   TEXT NOT NULL CHECK (kind IN ('name', 'alias', 'known', 'initials', 'words', 'plain', 'curated')),
            entity INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            PRIMARY KEY (kind, key, entity)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX resolution_key_key ON resolution_key(key);
        CREATE INDEX resolution_key_entity ON resolution_key(entity);

        INSERT OR IGNORE INTO resolution_key (key, kind, entity) SELECT key, 'name', id FROM entity;
        INSERT OR IGNORE INTO resolution_key (key, kind, entity)
            SELECT key, 'alias', entity FROM entity_alias WHERE instr(key, ' ') > 0 OR alias = upper(alias);

        -- Every join of a document's entity to a node by more than its exact name, and every analyst merge.
        CREATE TABLE entity_merge (
            id         INTEGER PRIMARY KEY,
            entity     INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,   -- the node it joined
            name       TEXT NOT NULL,           -- the name that joined it, as written
            type       TEXT NOT NULL,
            reason     TEXT NOT NULL,           -- the tier: alias, known-alias, initials, name-order, short-form, ...
            detail     TEXT NOT NULL,           -- the evidence, for people: which key matched
            confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
            document   INTEGER REFERENCES document(id) ON DELETE CASCADE,          -- NULL for an analyst's merge
            analyst    INTEGER NOT NULL DEFAULT 0 CHECK (analyst IN (0, 1)),
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX entity_merge_entity ON entity_merge(entity);
        CREATE INDEX entity_merge_document ON entity_merge(document);

        -- The analyst's decisions, applied again to every document ingested later.
        CREATE TABLE curation_rule (
            id         INTEGER PRIMARY KEY,
            action     TEXT NOT NULL CHECK (action IN ('merge', 'alias', 'split', 'rename', 'retype')),
            key        TEXT NOT NULL,           -- the name the rule is about, normalised
            name       TEXT NOT NULL,           -- as the analyst wrote it
            target_key TEXT NOT NULL,           -- merge, alias, rename, retype: the node's name key; split: the node it must stay apart from
            target     TEXT NOT NULL,           -- merge, alias: the node's name; rename: the new name; retype: the type; split: the node's name
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX curation_rule_key ON curation_rule(key, action);
        CREATE INDEX curation_rule_target ON curation_rule(target_key);

        -- Every distinct text key a quote node was found under, so a second copy of a fragment finds its node.
        CREATE TABLE quote_variant (
            key   TEXT NOT NULL,
            quote INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
            PRIMARY KEY (key, quote)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX quote_variant_quote ON quote_variant(quote);
        INSERT OR IGNORE INTO quote_variant (key, quote) SELECT key, id FROM quote;

        -- Word pairs of quote texts per speaker: fragments are found through them, never by scanning quotes.
        -- quote_shingle holds every pair of every variant; quote_anchor only each variant's first pair.
        CREATE TABLE quote_shingle (
            speaker INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            shingle INTEGER NOT NULL,           -- FNV-1a hash of the two words
            quote   INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
            PRIMARY KEY (speaker, shingle, quote)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX quote_shingle_quote ON quote_shingle(quote);
        CREATE TABLE quote_anchor (
            speaker INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            shingle INTEGER NOT NULL,
            quote   INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
            PRIMARY KEY (speaker, shingle, quote)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX quote_anchor_quote ON quote_anchor(quote);
        """
}
