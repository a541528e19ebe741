extension Migrations {
    /// The schema `steps` build, as one script that makes it in a single pass: how a new database is created.
    ///
    /// A new file ran the steps one by one (thirteen then), each in a transaction of its own, and some rebuild a
    /// table or edit `sqlite_schema`, which makes SQLite parse the whole schema again: about a third of the
    /// instructions of a one-article ingest. This script is what `script(of:)` reads back from a database that `steps` built, in
    /// `sqlite_schema` order, so it creates the same objects with the same definitions, character for character
    /// (`MigrationsTests` checks it). `version` is the step it was read at: once a step is added, `migrate` runs
    /// the steps instead until the script is read again.
    static let latest = (version: 17, script: """
        CREATE TABLE document (
            id           INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,      -- SHA-256 of the text, lowercase hex
            name         TEXT NOT NULL,             -- file name or JSON Lines id
            title        TEXT,
            outlet       TEXT,
            url          TEXT,
            published    TEXT,                      -- publication date, ISO 8601
            text         TEXT NOT NULL,
            ingested_at  TEXT NOT NULL,             -- ISO 8601, UTC
            pipeline     TEXT NOT NULL              -- the extraction pipeline that produced its evidence (names@versions)
        ) STRICT;
        CREATE INDEX document_name ON document(name);
        CREATE INDEX document_published ON document(published);
        CREATE TABLE entity (
            id    INTEGER PRIMARY KEY,
            name  TEXT NOT NULL,                    -- canonical name
            type  TEXT NOT NULL CHECK (type = 'PERSON' OR type = 'ORG' OR type = 'GPE' OR type = 'LOC' OR type = 'EVENT' OR type = 'OTHER'),
            key   TEXT NOT NULL                     -- normalised canonical name, for lookups
        ) STRICT;
        CREATE INDEX entity_key ON entity(key, type);
        CREATE TABLE entity_alias (
            entity INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            key    TEXT NOT NULL,                   -- normalised
            alias  TEXT NOT NULL,                   -- the name as written
            PRIMARY KEY (entity, key)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX entity_alias_key ON entity_alias(key);
        CREATE TABLE quote (
            id   INTEGER PRIMARY KEY,
            text TEXT NOT NULL,                     -- canonical text: the longest occurrence, typography normalised
            key  TEXT NOT NULL                      -- normalised text, for lookups
        ) STRICT;
        CREATE TABLE attribution (
            id                INTEGER PRIMARY KEY,
            quote             INTEGER NOT NULL REFERENCES quote(id),
            document          INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            start             INTEGER NOT NULL CHECK (start >= 0),
            "end"             INTEGER NOT NULL CHECK ("end" >= start),
            surface           TEXT NOT NULL,        -- the quote as it stands in the document, without its marks
            speaker           INTEGER REFERENCES entity(id),
            via               INTEGER REFERENCES entity(id),
            cue               TEXT,                 -- the speech verb or phrase: said, according to, ...
            kind              TEXT NOT NULL CHECK (kind = 'direct' OR kind = 'partial' OR kind = 'scare' OR kind = 'indirect'),
            confidence        REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
            extractor         TEXT NOT NULL,
            extractor_version TEXT NOT NULL
        , speaker_description TEXT) STRICT;
        CREATE TABLE relation (
            id        INTEGER PRIMARY KEY,
            subject   INTEGER NOT NULL REFERENCES entity(id),
            predicate TEXT NOT NULL,                -- spokesperson_of, leader_of, minister_of, sibling_of, president_of, ...
            object    INTEGER NOT NULL REFERENCES entity(id),
            document  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            start     INTEGER NOT NULL CHECK (start >= 0),
            "end"     INTEGER NOT NULL CHECK ("end" >= start),
            evidence  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX relation_document ON relation(document);
        CREATE VIRTUAL TABLE quote_fts USING fts5(
            text, content = 'quote', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
            INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
            INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER quote_fts_update AFTER UPDATE OF text ON quote BEGIN
            INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE VIEW said_edge AS          -- speaker -> quote
            SELECT speaker AS source, quote AS target, document, id AS attribution FROM attribution WHERE speaker IS NOT NULL;
        CREATE VIEW via_edge AS           -- quote -> medium
            SELECT quote AS source, via AS target, document, id AS attribution FROM attribution WHERE via IS NOT NULL;
        CREATE VIEW appears_in_edge AS    -- quote -> document
            SELECT quote AS source, document AS target, id AS attribution FROM attribution;
        CREATE VIEW relation_edge AS      -- entity -> entity
            SELECT subject AS source, object AS target, predicate, document, id AS relation FROM relation;
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
        CREATE INDEX attribution_speaker_quote ON attribution(speaker, quote, document, via, start, "end");
        CREATE INDEX attribution_document_span ON attribution(document, start, "end", speaker, via, quote);
        CREATE INDEX attribution_kind_confidence ON attribution(kind, confidence);
        CREATE INDEX document_outlet ON document(outlet COLLATE NOCASE);
        CREATE INDEX attribution_speaker_document ON attribution(speaker, document);
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
        CREATE TABLE person_surname (
            surname TEXT NOT NULL,
            entity  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            PRIMARY KEY (surname, entity)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX person_surname_entity ON person_surname(entity);
        CREATE TABLE quote_voice (
            key    TEXT NOT NULL,
            entity INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            role   INTEGER NOT NULL CHECK (role IN (0, 1)),   -- 0: spoke it, 1: relayed it
            quote  INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
            PRIMARY KEY (key, entity, role, quote)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX quote_voice_entity ON quote_voice(entity);
        CREATE INDEX quote_voice_quote ON quote_voice(quote);
        CREATE TABLE "resolution_key" (
            key    TEXT NOT NULL,               -- a normalised name; for kind dates: stem|MM-DD|MM-DD|published|year
            kind   TEXT NOT NULL CHECK (kind = 'name' OR kind = 'alias' OR kind = 'known' OR kind = 'initials' OR kind = 'words' OR kind = 'plain' OR kind = 'curated' OR kind = 'dates'),
            entity INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            PRIMARY KEY (kind, key, entity)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX resolution_key_key ON resolution_key(key);
        CREATE INDEX resolution_key_entity ON resolution_key(entity);
        CREATE TABLE "quote_variant" (
            id    INTEGER PRIMARY KEY,
            hash  INTEGER NOT NULL,             -- graph_key_hash(key)
            key   TEXT NOT NULL,                -- a text key the quote node's occurrences were found under
            quote INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE
        ) STRICT;
        CREATE UNIQUE INDEX quote_variant_hash ON "quote_variant"(hash, quote);
        CREATE INDEX quote_variant_quote ON "quote_variant"(quote);
        CREATE INDEX attribution_quote_document ON attribution(quote, document, speaker, via);
        CREATE INDEX relation_subject_triple ON relation(subject, document, object, predicate);
        CREATE INDEX relation_object_triple ON relation(object, document, subject, predicate);
        CREATE INDEX document_pipeline ON document(pipeline);
        CREATE INDEX attribution_via_quote ON attribution(via, quote, document, speaker) WHERE via IS NOT NULL;
        CREATE INDEX attribution_via_document ON attribution(via, document) WHERE via IS NOT NULL;
        CREATE TABLE "mention" (
            entity   INTEGER NOT NULL REFERENCES entity(id),
            document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            start    INTEGER NOT NULL CHECK (start >= 0),
            "end"    INTEGER NOT NULL CHECK ("end" >= start),
            surface  TEXT NOT NULL,
            PRIMARY KEY (document, entity, start, "end")
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX mention_entity_document ON mention(entity, document, start, "end");
        CREATE VIEW mentions_edge AS      -- document -> entity
            SELECT document AS source, entity AS target, count(*) AS weight FROM mention GROUP BY document, entity;
        CREATE INDEX document_meta ON document(id, name, title, outlet, published);
        """)

    /// A script that creates the schema of `database` afresh: the definition of each object in `sqlite_schema`
    /// order, without the indexes SQLite makes for UNIQUE and PRIMARY KEY constraints and the tables a virtual
    /// table makes for itself (both come back with their owner).
    static func script(of database: Database) throws -> String {
        try database.prepare("""
            SELECT sql || ';' FROM sqlite_schema
            WHERE sql IS NOT NULL AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow')
            ORDER BY rowid
            """).rows { $0.string(0) }.joined(separator: "\n")
    }
}
