#!/usr/bin/env bash
# Times `graphctl export` on a generated graph and reports wall time and peak memory (max RSS) per format.
#
#   bench/export-bench.sh [SCALE]     SCALE 1 (default): 320,000 nodes and 870,000 edges; SCALE 3: three times that
#
# Set BENCH_DIR to keep the database and the exports (otherwise a temporary folder, removed at the end).
#
# The database is made by `graphctl ingest` on one tiny file (so the schema is the real one), then filled directly
# in SQL with recursive CTEs: entities, documents, quotes, mentions, attributions and relations, with ids and
# counts chosen so that every export holds parallel edges, unattributed quotes and dated and undated documents.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1}
work=${BENCH_DIR:-$(mktemp -d)}
db="$work/bench.sqlite"
swift build -c release >/dev/null
bin=$(swift build -c release --show-bin-path)/graphctl

entities=$((100000 * scale)) documents=$((20000 * scale)) quotes=$((200000 * scale))
attributions=$((300000 * scale)) mentions=$((400000 * scale)) relations=$((50000 * scale))

rm -f "$db"*
printf 'Bench\n\nA tiny article so that ingest creates the schema.\n' > "$work/tiny.txt"
"$bin" ingest --db "$db" "$work/tiny.txt" >/dev/null
echo "generating: $entities entities, $documents documents, $quotes quotes, $attributions attributions, $mentions mentions, $relations relations"
start=$(date +%s)
sqlite3 "$db" >/dev/null <<SQL
PRAGMA journal_mode = WAL; -- prints "wal"
PRAGMA synchronous = OFF;
BEGIN;
DELETE FROM document;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $documents)
INSERT INTO document (id, content_hash, name, title, outlet, url, published, text, ingested_at, pipeline)
SELECT i, 'hash' || i, 'doc-' || i || '.txt', 'Document "' || i || '" & <title>', 'Outlet ' || (i % 50),
       'https://example.org/' || i, CASE WHEN i % 10 = 0 THEN NULL ELSE date('2020-01-01', '+' || (i % 1500) || ' days') END,
       'text ' || i, '2026-01-01T00:00:00Z', 'bench@1' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $entities)
INSERT INTO entity (id, name, type, key)
SELECT i, 'Entity "' || i || '" \\ ' || char(10) || ' 😀',
       CASE i % 6 WHEN 0 THEN 'PERSON' WHEN 1 THEN 'ORG' WHEN 2 THEN 'GPE' WHEN 3 THEN 'LOC' WHEN 4 THEN 'EVENT' ELSE 'OTHER' END,
       'entity ' || i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $entities)
INSERT INTO entity_alias (entity, alias, key) SELECT i, 'E' || i, 'e' || i FROM n WHERE i % 3 = 0;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $quotes)
INSERT INTO quote (id, text, key) SELECT i, 'We will "respond" to number ' || i || ' with <force> & more', 'q' || i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $mentions)
INSERT INTO mention (entity, document, start, "end", surface)
SELECT 1 + (i * 7919) % $entities, 1 + (i * 104729) % $documents, i % 1000, i % 1000 + 5, 'x' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $attributions)
INSERT INTO attribution (quote, document, start, "end", surface, speaker, via, cue, kind, confidence, extractor, extractor_version)
SELECT 1 + i % $quotes, 1 + (i * 31) % $documents, i % 1000, i % 1000 + 30, 'x',
       CASE WHEN i % 10 = 0 THEN NULL ELSE 1 + (i * 13) % $entities END,
       CASE WHEN i % 2 = 0 THEN 1 + (i * 17) % 1000 ELSE NULL END,
       'said', CASE i % 4 WHEN 0 THEN 'direct' WHEN 1 THEN 'partial' WHEN 2 THEN 'scare' ELSE 'indirect' END,
       (i % 100) / 100.0, 'bench', '1' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $relations)
INSERT INTO relation (subject, predicate, object, document, start, "end", evidence)
SELECT 1 + (i * 3) % $entities, 'leader_of', 1 + (i * 11) % $entities, 1 + i % $documents, 0, 10, 'leader of' FROM n;
COMMIT;
ANALYZE;
SQL
echo "generated in $(( $(date +%s) - start )) s; database $(du -h "$db" | cut -f1)"

run() {
    local name=$1; shift
    /usr/bin/time -v "$bin" export --db "$db" "$@" 2> "$work/time.txt" >/dev/null || { cat "$work/time.txt"; exit 1; }
    local wall cpu rss out
    wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f s", s}' "$work/time.txt")
    rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
    out=$(grep '^wrote' "$work/time.txt" || true)
    printf '%-30s wall %-8s cpu %-8s peak RSS %4d MB   %s\n' "$name" "$wall" "$cpu" $((rss / 1024)) "$out"
}
run "dot" --format dot --out "$work/g.dot"
run "graphml" --format graphml --out "$work/g.graphml"
run "json" --format json --out "$work/g.json"
run "cytoscape" --format cytoscape --out "$work/g.cyjs"
run "csv (neo4j)" --format csv --out "$work/csv"
run "graphml --no-quotes" --format graphml --no-quotes --out "$work/co.graphml"
run "graphml --since/--until" --format graphml --since 2021-01-01 --until 2021-12-31 --out "$work/year.graphml"
run "graphml --entity E6 --depth 2" --format graphml --entity E6 --depth 2 --out "$work/ego.graphml"
du -sh "$work"/g.* "$work"/csv | sed 's/^/  /'
[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"
