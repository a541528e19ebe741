#!/usr/bin/env python3
"""Fills a graph database made by graphctl with a synthetic news graph, for benchmarking the query commands.

    bench/generate.py --graphctl .build/release/graphctl --db /tmp/bench.sqlite --quotes 1000000

The database is created by `graphctl ingest` (so it has the real schema and migrations), then rows are inserted
directly: entities with aliases, documents with dates and outlets, quotes (through the quote table, so the FTS
triggers index them), attributions, mentions and relations. Skewed like news: a few speakers, media and places
are everywhere (Zipf), most appear a few times. Deterministic for a given --seed. Standard library only.
"""
import argparse, os, random, sqlite3, subprocess, sys, time, itertools, bisect

def zipf_weights(n, s=1.0):
    return list(itertools.accumulate(1.0 / (r ** s) for r in range(1, n + 1)))

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--graphctl", default=".build/release/graphctl")
    p.add_argument("--db", required=True)
    p.add_argument("--quotes", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=6)
    a = p.parse_args()
    rng = random.Random(a.seed)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(a.db + suffix): os.remove(a.db + suffix)
    subprocess.run([a.graphctl, "ingest", "--db", a.db, "-"], input=b"An empty article to create the schema.\n",
                   check=True, stdout=subprocess.DEVNULL)
    started = time.time()
    db = sqlite3.connect(a.db, isolation_level=None)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -1000000")
    db.execute("BEGIN")

    # Words: pseudo-words from syllables, Zipf-distributed; a few real ones so that examples read well.
    syllables = [c + v for c in "bdfghjklmnprstvwyz" for v in "aeiou"] + ["ang", "eon", "ung", "ish", "ter", "ment"]
    words = ["the", "of", "and", "to", "we", "will", "war", "preparations", "nuclear", "force", "drills", "peace",
             "threat", "respond", "missile", "talks", "sanctions", "army", "enemy", "readiness"]
    seen = set(words)
    while len(words) < 30000:
        w = "".join(rng.choice(syllables) for _ in range(rng.randint(1, 4)))
        if w not in seen:
            seen.add(w); words.append(w)
    word_cum = zipf_weights(len(words), 1.05)

    # Entities: people, organisations (the first 300 are media), places (the first 30 are hubs).
    def title(w): return w[:1].upper() + w[1:]
    names, entity_rows, alias_rows = set(), [], []
    def add_entity(name, etype, aliases):
        eid = len(entity_rows) + 1
        entity_rows.append((eid, name, etype, name.lower()))
        for alias in [name] + aliases:
            alias_rows.append((eid, alias, alias.lower()))
        return eid
    n_person, n_org, n_gpe = 60000, 30000, 10000
    persons, orgs, gpes = [], [], []
    while len(persons) < n_person:
        given, family = title(rng.choice(words[200:5000])), title(rng.choice(words[200:20000]))
        name = f"{given} {family}"
        if name in names: continue
        names.add(name); persons.append(add_entity(name, "PERSON", [family]))
    kinds_of_org = ["News Agency", "Ministry", "Party", "Council", "Institute", "Times", "Army", "Bank"]
    while len(orgs) < n_org:
        name = f"{title(rng.choice(words[100:20000]))} {title(rng.choice(words[100:20000]))} {rng.choice(kinds_of_org)}"
        if name in names: continue
        names.add(name)
        acronym = "".join(w[0] for w in name.split()).upper()
        orgs.append(add_entity(name, "ORG", [acronym] if len(orgs) < 300 else []))
    while len(gpes) < n_gpe:
        name = title(rng.choice(words[50:30000])) + rng.choice(["", "ia", "stan", " City"])
        if name in names: continue
        names.add(name); gpes.append(add_entity(name, "GPE", []))
    db.executemany("INSERT INTO entity (id, name, type, key) VALUES (?, ?, ?, ?)", entity_rows)
    db.executemany("INSERT OR IGNORE INTO entity_alias (entity, alias, key) VALUES (?, ?, ?)", alias_rows)
    print(f"{len(entity_rows)} entities, {len(alias_rows)} aliases", file=sys.stderr)

    media = orgs[:300]
    person_cum, media_cum = zipf_weights(len(persons), 1.0), zipf_weights(len(media), 1.0)
    everyone = gpes + orgs + persons
    everyone_cum = zipf_weights(len(everyone), 0.9)
    outlets = [entity_rows[m - 1][1] for m in media[:120]] + [f"Outlet {i}" for i in range(80)]

    # Quotes and their occurrences: 1 to 3 documents each (mostly 1), about six occurrences per document.
    n_quotes = a.quotes
    occurrences_of = [1 if r < 0.85 else (2 if r < 0.96 else 3) for r in (rng.random() for _ in range(n_quotes))]
    n_docs = max(1, sum(occurrences_of) // 6)
    doc_rows = []
    for d in range(n_docs):
        day = rng.randrange(3650)
        published = f"{2015 + day // 365:04d}-{(day % 365) // 31 + 1:02d}-{(day % 31) + 1:02d}T{rng.randrange(24):02d}:00:00Z"
        doc_rows.append((d + 2, f"bench{d:07x}", f"bench-{d:07d}.txt", f"Article {d}", rng.choice(outlets), None,
                         published, f"Article {d}.", "2026-01-01T00:00:00Z", "bench@1"))
    db.executemany("""INSERT INTO document (id, content_hash, name, title, outlet, url, published, text, ingested_at, pipeline)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", doc_rows)
    print(f"{n_docs} documents", file=sys.stderr)

    quote_rows, attribution_rows, mention_rows = [], [], []
    slots = [0] * (n_docs + 2)   # occurrences placed in each document so far
    kinds = ["direct"] * 6 + ["partial"] * 3 + ["scare", "indirect"]
    attribution_id = 0
    def flush():
        db.executemany("INSERT INTO quote (id, text, key) VALUES (?, ?, ?)", quote_rows)
        db.executemany("""INSERT INTO attribution (id, quote, document, start, "end", surface, speaker, via, cue, kind,
                          confidence, extractor, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'said', ?, ?, 'bench', '1')""",
                       attribution_rows)
        db.executemany("""INSERT OR IGNORE INTO mention (entity, document, start, "end", surface) VALUES (?, ?, ?, ?, '')""", mention_rows)
        quote_rows.clear(); attribution_rows.clear(); mention_rows.clear()
    for q in range(1, n_quotes + 1):
        length = rng.randint(8, 28)
        text = " ".join(words[bisect.bisect(word_cum, rng.random() * word_cum[-1])] for _ in range(length))
        quote_rows.append((q, text, text))
        speaker = persons[bisect.bisect(person_cum, rng.random() * person_cum[-1])] if rng.random() < 0.85 else None
        via = media[bisect.bisect(media_cum, rng.random() * media_cum[-1])] if rng.random() < 0.3 else None
        for _ in range(occurrences_of[q - 1]):
            doc = rng.randrange(n_docs) + 2
            slot = slots[doc]; slots[doc] += 1
            start = 100 + slot * 400
            attribution_id += 1
            attribution_rows.append((attribution_id, q, doc, start, start + 200, text, speaker, via, rng.choice(kinds),
                                     round(rng.uniform(0.3, 1.0), 3)))
            # The speaker and medium are named beside the quote; one entity in two is named inside it.
            if speaker: mention_rows.append((speaker, doc, start + 220, start + 240))
            if via: mention_rows.append((via, doc, start + 250, start + 270))
            named = everyone[bisect.bisect(everyone_cum, rng.random() * everyone_cum[-1])]
            inside = rng.random() < 0.5
            mention_rows.append((named, doc, start + 20 if inside else start + 300, start + 40 if inside else start + 320))
        if q % 100000 == 0:
            flush()
            print(f"{q} quotes ({time.time() - started:.0f} s)", file=sys.stderr)
    flush()
    relation_rows = []
    for r in range(50000):
        subject = persons[bisect.bisect(person_cum, rng.random() * person_cum[-1])]
        obj = rng.choice(orgs[:2000] + gpes[:200])
        relation_rows.append((subject, rng.choice(["spokesperson_of", "minister_of", "leader_of", "member_of"]), obj,
                              rng.randrange(n_docs) + 2, 0, 10, "a passage"))
    db.executemany("""INSERT INTO relation (subject, predicate, object, document, start, "end", evidence)
                      VALUES (?, ?, ?, ?, ?, ?, ?)""", relation_rows)
    db.execute("COMMIT")
    db.execute("PRAGMA journal_mode = WAL")
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ["document", "entity", "entity_alias", "quote", "attribution", "mention", "relation"]}
    db.close()
    print(f"generated in {time.time() - started:.0f} s: {counts}", file=sys.stderr)

if __name__ == "__main__":
    main()
