-- The graph of who said what: schema version 1.
--
-- Nodes are documents, entities and quotes. Evidence rows (mention, attribution, relation) sit under the edges, so
-- every edge traces back to the words it came from. The edge views at the end derive the graph's edges from them.
--
-- Offsets (start, end) are Unicode scalar offsets into document.text, end exclusive:
--     substr(document.text, start + 1, "end" - start)
-- gives back the span. Dates are ISO 8601 text.
--
-- This file is the first migration step. It ships as it is: later changes are new steps in Migrations.swift,
-- never edits here.

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
    type  TEXT NOT NULL CHECK (type IN ('PERSON', 'ORG', 'GPE', 'LOC', 'EVENT', 'OTHER')),
    key   TEXT NOT NULL                     -- normalised canonical name, for lookups
) STRICT;
CREATE INDEX entity_key ON entity(key, type);

-- The key columns come first: SQLite 3.40's integrity_check misreports a WITHOUT ROWID table whose primary key
-- columns are not its leading columns.
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
CREATE INDEX quote_key ON quote(key);

CREATE TABLE mention (
    id       INTEGER PRIMARY KEY,
    entity   INTEGER NOT NULL REFERENCES entity(id),
    document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start    INTEGER NOT NULL CHECK (start >= 0),
    "end"    INTEGER NOT NULL CHECK ("end" >= start),
    surface  TEXT NOT NULL
) STRICT;
CREATE INDEX mention_entity ON mention(entity);
CREATE INDEX mention_document ON mention(document);

-- One occurrence of a quote in one document.
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
    kind              TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'scare', 'indirect')),
    confidence        REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    extractor         TEXT NOT NULL,
    extractor_version TEXT NOT NULL
) STRICT;
CREATE INDEX attribution_quote ON attribution(quote);
CREATE INDEX attribution_document ON attribution(document);
CREATE INDEX attribution_speaker ON attribution(speaker);
CREATE INDEX attribution_via ON attribution(via);

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
CREATE INDEX relation_subject ON relation(subject);
CREATE INDEX relation_object ON relation(object);
CREATE INDEX relation_document ON relation(document);

-- Full-text search over quote text, kept in step with the quote table.
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

-- The graph's edges, derived from the evidence. One row per piece of evidence; group to weigh.
CREATE VIEW said_edge AS          -- speaker -> quote
    SELECT speaker AS source, quote AS target, document, id AS attribution FROM attribution WHERE speaker IS NOT NULL;
CREATE VIEW via_edge AS           -- quote -> medium
    SELECT quote AS source, via AS target, document, id AS attribution FROM attribution WHERE via IS NOT NULL;
CREATE VIEW appears_in_edge AS    -- quote -> document
    SELECT quote AS source, document AS target, id AS attribution FROM attribution;
CREATE VIEW mentions_edge AS      -- document -> entity
    SELECT document AS source, entity AS target, count(*) AS weight FROM mention GROUP BY document, entity;
CREATE VIEW relation_edge AS      -- entity -> entity
    SELECT subject AS source, object AS target, predicate, document, id AS relation FROM relation;
