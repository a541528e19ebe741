#!/usr/bin/env python3
"""Checks the query commands' answers on the seed articles, once extraction has landed.

    swift build -c release
    bench/seed-answers.py --seeds ../shared/seeds

Ingests the folder into a temporary database and asks what the issue says the graph must answer:
  who-said "war preparations"         -> Kim Jong Un, via KCNA, in two articles
  quotes --speaker "Lee Sung-jun"     -> one quote carried by two outlets (documents), one occurrence via Reuters
and that every query command runs on the result. Prints each check; exits 1 if any fails. Standard library only.
"""
import argparse, json, os, subprocess, sys, tempfile

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--graphctl", default=".build/release/graphctl")
    p.add_argument("--seeds", required=True, help="the folder of seed articles")
    a = p.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "seeds.sqlite")
        subprocess.run([a.graphctl, "ingest", "--db", db, a.seeds], check=True, stdout=subprocess.DEVNULL)

        def run(*args):
            done = subprocess.run([a.graphctl, *args, "--db", db], capture_output=True, text=True)
            return done.returncode, done.stdout, done.stderr

        def jsonl(*args):
            status, out, err = run(*args, "--format", "jsonl")
            return [json.loads(line) for line in out.splitlines() if line.strip()] if status == 0 else err.strip()

        def check(what, ok, detail):
            nonlocal failures
            print(("ok    " if ok else "FAIL  ") + what + ("" if ok else f": {detail}"))
            failures += 0 if ok else 1

        hits = jsonl("who-said", "war preparations")
        kim = [h for h in hits if isinstance(h, dict) and (h.get("speaker") or {}).get("name") == "Kim Jong Un"] \
            if isinstance(hits, list) else []
        check('who-said "war preparations" finds Kim Jong Un', bool(kim), hits)
        if kim:
            vias = {o.get("via") for o in kim[0]["occurrences"]}
            check("... via KCNA", "Korean Central News Agency" in vias or "KCNA" in vias, vias)
            check("... in two articles", len(kim[0]["documents"]) == 2, [d["name"] for d in kim[0]["documents"]])

        quotes = jsonl("quotes", "--speaker", "Lee Sung-jun")
        check('quotes --speaker "Lee Sung-jun" finds one quote', isinstance(quotes, list) and len(quotes) == 1, quotes)
        if isinstance(quotes, list) and len(quotes) == 1:
            q = quotes[0]
            check("... carried by two outlets", q["outlets"] == 2, q["outlets"])
            check("... one occurrence via Reuters", [o.get("via") for o in q["occurrences"]].count("Reuters") == 1,
                  [o.get("via") for o in q["occurrences"]])

        for args in (["entity", "Kim Jong Un"], ["neighbors", "Kim Jong Un"], ["path", "Lee Sung-jun", "Kim Jong Un"],
                     ["sources", "Kim Jong Un"], ["timeline", "Kim Jong Un"], ["stats"], ["sql", "SELECT count(*) FROM quote"]):
            status, out, err = run(*args)
            check("graphctl " + " ".join(args) + " runs", status == 0, err.strip())
    sys.exit(1 if failures else 0)

if __name__ == "__main__":
    main()
