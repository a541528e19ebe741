"""Scores quotes found by graphctl and by the peer against the generator's gold quotes.

    python3 bench/score.py --gold corpus.gold.jsonl --graph quotes.jsonl --peer peer.jsonl

--graph is `graphctl quotes --format jsonl`; --peer is `bench/peer.py --output`; --gold is `graphctl generate --gold`.
Only quotations in quotation marks count (gold kinds direct and partial: what textacy's direct_quotations looks
for); graphctl's reported speech (kind indirect) is left out of its figures, so both are judged on the same task.

A gold quote is found when a found quote of the same article has the same words (case, punctuation and quotation
marks aside), or holds them whole, or is held whole by them with at least half their words (a quote split around
its attribution may be found as one). Its speaker is right when the found speaker names the gold speaker: the same
last word ("Kovar" for "Ana Kovar"), or the organisation's acronym. Prints recall (gold quotes found), speaker
accuracy (gold quotes found with the right speaker, over all gold quotes) and precision (found quotes that match a
gold quote with the right speaker). Standard library only.
"""

import argparse
import json
import re
from collections import defaultdict

WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(text):
    return tuple(w.lower() for w in WORD.findall(text.replace("\u2019", "").replace("'", "")))


def acronym(name):
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def names_speaker(found, gold):
    if not found or not gold:
        return False
    found_words, gold_words = found.split(), gold.split()
    if found_words[-1].strip(",.").lower() == gold_words[-1].lower():
        return True
    return found.strip() in (gold, acronym(gold)) or acronym(gold) in found_words


def matches(found, gold):
    if found == gold:
        return True
    if not found or not gold:
        return False
    short, long = (found, gold) if len(found) <= len(gold) else (gold, found)
    if len(short) * 2 < len(gold):
        return False
    for start in range(len(long) - len(short) + 1):
        if long[start:start + len(short)] == short:
            return True
    return False


def read_gold(path):
    gold = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            gold[record["id"]] = [(words(q["text"]), q.get("speaker")) for q in record["quotes"]
                                  if q["kind"] in ("direct", "partial")]
    return gold


def read_graph(path):
    found = defaultdict(list)
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            node = json.loads(line)
            for occurrence in node["occurrences"]:
                if occurrence.get("kind") == "indirect":
                    continue
                found[occurrence["document"]].append((words(occurrence["text"]), occurrence.get("speaker") or ""))
    return found


def read_peer(path):
    found = defaultdict(list)
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for quote in record["quotes"]:
                found[record["id"]].append((words(quote["text"]), quote.get("speaker") or ""))
    return found


def score(gold, found):
    total = hits = right = 0
    predicted = sum(len(found.get(doc, [])) for doc in gold)
    correct_predictions = 0
    for doc, quotes in gold.items():
        candidates = found.get(doc, [])
        used = set()
        for text, speaker in quotes:
            total += 1
            match = next((i for i, (t, _) in enumerate(candidates) if matches(t, text)), None)
            if match is None:
                continue
            hits += 1
            if names_speaker(candidates[match][1], speaker):
                right += 1
                if match not in used:
                    correct_predictions += 1
                    used.add(match)
    return {
        "gold": total, "found": predicted, "recall": hits / total if total else 0,
        "speaker": right / total if total else 0,
        "precision": correct_predictions / predicted if predicted else 0,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", required=True)
    parser.add_argument("--graph")
    parser.add_argument("--peer")
    args = parser.parse_args()
    gold = read_gold(args.gold)
    rows = []
    if args.graph:
        rows.append(("graphctl", score(gold, read_graph(args.graph))))
    if args.peer:
        rows.append(("spaCy + textacy", score(gold, read_peer(args.peer))))
    print("%-16s %8s %8s %8s %9s %10s" % ("quotes in marks", "gold", "found", "recall", "speaker", "precision"))
    for name, s in rows:
        print("%-16s %8d %8d %7.1f%% %8.1f%% %9.1f%%" % (
            name, s["gold"], s["found"], 100 * s["recall"], 100 * s["speaker"], 100 * s["precision"]))


if __name__ == "__main__":
    main()
