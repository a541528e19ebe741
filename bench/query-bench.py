#!/usr/bin/env python3
"""Times every query command on a large synthetic graph and checks that each uses indexes, never a full scan.

    swift build -c release
    bench/query-bench.py --db /tmp/bench.sqlite --quotes 1000000       # generates the graph first if it is missing
    bench/query-bench.py --db /tmp/bench.sqlite --markdown > bench/RESULTS.md
    bench/query-bench.py --db GRAPH.sqlite --runs 3 --timeout 20 --only entity,path   # an existing graph, as it is

An existing database is only read (nothing is generated when --db exists). The names queried are chosen from it:
the most quoted speakers, the 1,000th and 20,000th, the busiest medium, the entities named in the most documents
(hubs), a phrase and words from quotes, a document and the latest month; an entity whose name others share is named
by its id (E12). A command that runs past --timeout seconds counts as failed and the script goes on.

Each command is run as a user runs it (a new graphctl process, output to a pipe, --format jsonl), --runs times; the
median and best wall-clock times are reported, process start included. Then it is run once more with
GRAPHCTL_EXPLAIN=1, which makes graphctl print the EXPLAIN QUERY PLAN of every statement it prepares; a plan line that
scans a table (SCAN <table>, with or without an index: a full index scan is a scan too) fails the check. Standard
library only.
"""
import argparse, os, re, resource, shlex, sqlite3, statistics, subprocess, sys, time

BUDGET_MS = {"who-said": 50, "quotes": 50, "entity": 100, "path": 1000}
# Derived tables in graphctl's SQL (subqueries in FROM): scanning one of these reads rows already found by index.
DERIVED = {"x", "y", "g", "n", "t", "mine"}
# Commands whose answer is a count over the whole graph: their scans are reported, not failed.
WHOLE_GRAPH = {"stats"}

TIMEOUT_S = 60

def run(graphctl, args, env=None):
    """Runs graphctl once: (result, wall-clock ms, CPU ms of the child: user + system); result None past TIMEOUT_S."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    try:
        done = subprocess.run([graphctl] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                              timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None, TIMEOUT_S * 1000, 0
    elapsed = (time.perf_counter() - started) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return done, elapsed, cpu

def plans(graphctl, args):
    env = dict(os.environ, GRAPHCTL_EXPLAIN="1")
    done, _, _ = run(graphctl, args, env)
    if done is None: return []
    text = done.stderr.decode()
    found = []
    for block in text.split("-- plan: ")[1:]:
        sql, _, plan = block.partition("\n")
        found.append((sql, [line.strip() for line in plan.splitlines() if line.strip()]))
    return found

def scans(plan_lines):
    bad = []
    for line in plan_lines:
        m = re.match(r"SCAN (\S+)", line)
        if not m: continue
        target = m.group(1)
        if "VIRTUAL TABLE" in line or target in DERIVED or target.startswith("(") or target == "CONSTANT":
            continue
        bad.append(line)
    return bad

def pick(db_path):
    """Names to query, chosen from the database itself (so that the script runs on any graph): the most quoted
    speakers and a typical and a rare one, the busiest medium, the hubs (the entities named in the most documents),
    a phrase, a rare word and two common words from quotes, a document."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    q = lambda sql, *a: db.execute(sql, a).fetchall()
    documents = q("SELECT count(*) FROM document")[0][0]
    ranked = q("SELECT speaker, count(*) n FROM attribution WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY n DESC")
    def name(e):
        """The entity's name, or its id (E12) when other entities have the same name, as a user would say it."""
        found = q("SELECT name FROM entity WHERE id = ?", e)[0][0]
        shared = q("SELECT count(*) FROM entity WHERE key = (SELECT key FROM entity WHERE id = ?)", e)[0][0]
        return found if shared == 1 else f"E{e}"
    top, second = ranked[0][0], ranked[min(len(ranked) - 1, 1)][0]
    typical, rare = ranked[min(len(ranked) - 1, 1000)][0], ranked[min(len(ranked) - 1, 20000)][0]
    medium = q("SELECT via, count(*) n FROM attribution WHERE via IS NOT NULL GROUP BY via ORDER BY n DESC LIMIT 1")[0][0]
    # Mentions per entity, counted from the index: the hubs are the entities named in the most documents.
    named = q("SELECT m.entity, e.type, count(*) n FROM mention m JOIN entity e ON e.id = m.entity "
              "GROUP BY m.entity ORDER BY n DESC LIMIT 200")
    hub = named[0][0]
    people = [e for e, kind, _ in named if kind == "PERSON"]
    hub_a, hub_b = people[0], people[1]
    hub_documents = q("SELECT count(DISTINCT document) FROM mention WHERE entity = ?", hub)[0][0]
    ordinary = named[-1][0]
    # The typical speaker's newest quote: its first may be a stock phrase that thousands of articles carry.
    text = q("SELECT q.text FROM attribution a JOIN quote q ON q.id = a.quote WHERE a.speaker = ? ORDER BY a.quote DESC LIMIT 1",
             typical)[0][0].split()
    # The rarest consecutive pair of words in one of the typical speaker's quotes: a phrase an analyst remembers.
    words = sorted(set(text), key=lambda w: -len(w))
    i = max(range(len(text) - 1), key=lambda i: len(text[i]) + len(text[i + 1]))
    # Two common words: the two most frequent words of five letters or more in a sample of the top speaker's quotes.
    sample = q("SELECT q.text FROM attribution a JOIN quote q ON q.id = a.quote WHERE a.speaker = ? LIMIT 2000", top)
    frequency = {}
    for (quote,) in sample:
        for w in set(re.findall(r"[a-z]{5,}", quote.lower())): frequency[w] = frequency.get(w, 0) + 1
    common = sorted(frequency, key=lambda w: (-frequency[w], w))[:2]
    # The latest month of the graph, for a date filter that finds something.
    month = q("SELECT substr(max(published), 1, 7) FROM document WHERE published < '~'")[0][0]
    document = q("SELECT name FROM document WHERE id = (SELECT document FROM attribution WHERE speaker = ? LIMIT 1)", typical)[0][0]
    counts = {"top speaker quotes": ranked[0][1], "typical speaker quotes": ranked[min(len(ranked) - 1, 1000)][1],
              "hub documents": hub_documents, "documents": documents}
    counts["month"] = month
    return dict(top=name(top), second=name(second), typical=name(typical), rare=name(rare), medium=name(medium),
                hub=name(hub), ordinary=name(ordinary), hub_a=name(hub_a), hub_b=name(hub_b),
                phrase=f'"{text[i]} {text[i + 1]}"', word=words[0], prefix=words[0][:4] + "*",
                common=" ".join(common), document=document, counts=counts)

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--graphctl", default=".build/release/graphctl")
    p.add_argument("--db", required=True)
    p.add_argument("--quotes", type=int, default=1_000_000, help="size of the graph to generate when --db is missing")
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--markdown", action="store_true", help="print a Markdown report")
    p.add_argument("--timeout", type=int, default=60, help="seconds a command may run before it counts as failed")
    p.add_argument("--only", help="run only the cases whose command is in this comma-separated list")
    a = p.parse_args()
    global TIMEOUT_S
    TIMEOUT_S = a.timeout
    generated = not os.path.exists(a.db)
    if generated:
        here = os.path.dirname(os.path.abspath(__file__))
        subprocess.run([sys.executable, os.path.join(here, "generate.py"), "--graphctl", a.graphctl, "--db", a.db,
                        "--quotes", str(a.quotes)], check=True)
    started = time.perf_counter()
    e = pick(a.db)
    print(f"names chosen from the database in {time.perf_counter() - started:.0f} s: "
          + ", ".join(f"{k}={v!r}" for k, v in e.items()), file=sys.stderr)
    sizes = sqlite3.connect(f"file:{a.db}?mode=ro", uri=True).execute(
        "SELECT (SELECT count(*) FROM quote), (SELECT count(*) FROM attribution), (SELECT count(*) FROM mention), "
        "(SELECT count(*) FROM document), (SELECT count(*) FROM entity)").fetchone()
    cases = [
        ("sql", ["sql", "SELECT 1"], "baseline: process start and opening the database"),
        ("who-said", ["who-said", e["phrase"]], "a phrase"),
        ("who-said", ["who-said", e["word"]], "a rare word"),
        ("who-said", ["who-said", e["prefix"]], "a prefix"),
        ("who-said", ["who-said", e["common"]], "two common words"),
        ("quotes", ["quotes", "--speaker", e["typical"] if re.fullmatch(r"E\d+", e["typical"]) else e["typical"].lower()], f"typical speaker ({e['counts']['typical speaker quotes']} quotes), all"),
        ("quotes", ["quotes", "--speaker", e["top"], "--limit", "20"], f"top speaker ({e['counts']['top speaker quotes']} quotes), newest 20"),
        ("quotes", ["quotes", "--speaker", e["typical"], "--sort", "outlets"], "typical speaker by outlets"),
        ("quotes", ["quotes", "--via", e["medium"], "--since", e["counts"]["month"], "--until", e["counts"]["month"], "--limit", "50"], "top medium, latest month"),
        ("quotes", ["quotes", "--document", e["document"]], "one document"),
        ("quotes", ["quotes", "--kind", "scare", "--min-confidence", "0.99", "--limit", "50"], "kind and confidence"),
        ("entity", ["entity", e["typical"]], "typical speaker"),
        ("entity", ["entity", e["medium"]], "top medium (hub)"),
        ("entity", ["entity", e["top"]], "top speaker (hub)"),
        ("entity", ["entity", e["hub"]], f"most-named entity (hub, {e['counts']['hub documents']:,} of {e['counts']['documents']:,} documents)"),
        ("entity", ["entity", e["hub_a"]], "most-named person (hub)"),
        ("entity", ["entity", e["ordinary"]], "200th most-named entity"),
        ("neighbors", ["neighbors", e["typical"]], "typical speaker"),
        ("neighbors", ["neighbors", e["typical"], "--depth", "2", "--limit", "10"], "typical speaker, depth 2"),
        ("neighbors", ["neighbors", e["hub"]], "most-named entity (hub)"),
        ("neighbors", ["neighbors", e["top"]], "top speaker (hub)"),
        ("path", ["path", e["hub_a"], e["hub_b"]], "the two most-named people"),
        ("path", ["path", e["top"], e["second"]], "the two most quoted speakers"),
        ("path", ["path", e["hub"], e["top"]], "the most-named entity to the top speaker"),
        ("path", ["path", e["rare"], e["typical"]], "a rare speaker to a typical one"),
        ("sources", ["sources", e["typical"]], "typical speaker"),
        ("sources", ["sources", e["medium"], "--limit", "20"], "top medium (hub)"),
        ("sources", ["sources", e["top"], "--limit", "20"], "top speaker (hub)"),
        ("timeline", ["timeline", e["typical"]], "typical speaker"),
        ("timeline", ["timeline", e["top"], "--limit", "50"], "top speaker (hub)"),
        ("timeline", ["timeline", e["hub"], "--limit", "50"], "most-named entity (hub)"),
        ("stats", ["stats"], "the whole graph"),
    ]
    rows, failures = [], []
    for command, args, what in cases:
        if a.only and command not in a.only.split(","): continue
        args = args + ["--db", a.db, "--format", "jsonl"]
        done, ms, _ = run(a.graphctl, args)  # warm the page cache
        if done is None:
            failures.append(f"{command} {what}: over {TIMEOUT_S} s")
            rows.append((command, what, args, ms, ms, 0, 0, BUDGET_MS.get(command), [], None))
            continue
        print(f"{command} {what}: first run {ms:.0f} ms", file=sys.stderr)
        times, cpus, out = [], [], None
        # A command slower than 5 s is timed once more, not --runs times: the figure is plain at that size.
        for _ in range(a.runs if ms < 5000 else 1):
            done, ms, cpu = run(a.graphctl, args)
            if done is None or done.returncode != 0:
                if done is None: failures.append(f"{command} {what}: over {TIMEOUT_S} s"); break
                failures.append(f"{command} {what}: exit {done.returncode}: {done.stderr.decode().strip()}")
                break
            times.append(ms); cpus.append(cpu); out = done.stdout
        if not times: continue
        found = plans(a.graphctl, args)
        bad = [line for _, lines in found for line in scans(lines)]
        median, cpu = statistics.median(times), statistics.median(cpus)
        budget = BUDGET_MS.get(command)
        # The budget is checked on the best wall-clock time: on a shared machine the median measures the neighbours.
        if budget and min(times) > budget: failures.append(f"{command} {what}: best {min(times):.1f} ms > {budget} ms")
        if bad and command not in WHOLE_GRAPH: failures.append(f"{command} {what}: scans: {bad}")
        rows.append((command, what, args, median, min(times), cpu, out.count(b"\n"), budget, found, bad))
    if a.markdown:
        load = os.getloadavg()[0]
        print(f"# Query benchmark\n\n{sizes[0]:,} quotes, {sizes[1]:,} occurrences, {sizes[2]:,} mentions, "
              f"{sizes[3]:,} documents, {sizes[4]:,} entities"
              f"{' (bench/generate.py)' if generated else ''}. Wall-clock per command, process "
              f"start included (see the baseline row), median and best of {a.runs}, and the process's CPU time "
              f"(user + system, median), `--format jsonl` to a pipe. {os.cpu_count()} cores, load average "
              f"{load:.1f} when the report was written.\n")
        print("| command | case | median ms | best ms | CPU ms | lines out | budget ms | plan |\n|---|---|---|---|---|---|---|---|")
        for command, what, args, median, best, cpu, lines, budget, found, bad in rows:
            print(f"| `{command}` | {what} | {median:.1f} | {best:.1f} | {cpu:.0f} | {lines} | {budget or ''} | "
                  f"{'timed out' if bad is None else 'SCAN: ' + '; '.join(bad) if bad else 'index/FTS only'} |")
        print("\n## Commands run\n")
        for command, what, args, *_ in rows:
            print(f"- {what}: `graphctl {' '.join(shlex.quote(x) for x in args)}`")
        print("\n## Query plans\n")
        seen = set()
        for command, what, args, median, best, cpu, lines, budget, found, bad in rows:
            for sql, lines_ in found:
                if sql in seen: continue
                seen.add(sql)
                print(f"`{command}`: `{sql[:160]}{'…' if len(sql) > 160 else ''}`\n\n```\n" + "\n".join(lines_) + "\n```\n")
    else:
        for command, what, args, median, best, cpu, lines, budget, found, bad in rows:
            flag = "" if not bad else "  SCAN!"
            print(f"{command:10} {what[:45]:45} median {median:7.1f} ms  best {best:7.1f} ms  cpu {cpu:6.0f} ms  {lines:6} lines{flag}")
    if failures:
        print("\nFAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
        sys.exit(1)

if __name__ == "__main__":
    main()
