#!/usr/bin/env python3
"""Which tables and indexes the transactions in a database's write-ahead log changed, page by page.

Each frame of the log holds one page that a commit wrote. The page numbers, mapped to their B-trees through SQLite's
`dbstat` table, tell where an ingest's writes go: a B-tree filled in order (rows appended by id) changes a few pages
a transaction, one keyed at random (by speaker, entity, text hash) about one page a row once it outgrows the cache.

To keep the log from being checkpointed while an ingest writes, hold a read transaction open from another process
first, for example:

    python3 -c 'import sqlite3, time; c = sqlite3.connect("graph.sqlite", isolation_level=None); \\
        c.execute("BEGIN"); c.execute("SELECT 1 FROM document LIMIT 1").fetchall(); time.sleep(600)' &
    graphctl ingest --db graph.sqlite --batch-size 1000 next-1000-articles.jsonl
    bench/wal-pages.py graph.sqlite

`dbstat` reads every page of the file: minutes for a file of several gigabytes.
"""

import argparse
import collections
import sqlite3
import struct
import sys

WAL_HEADER = 32
FRAME_HEADER = 24


def frames(path):
    """The page number of every frame in the log at `path`, and how many frames end a commit."""
    with open(path, "rb") as log:
        header = log.read(WAL_HEADER)
        if len(header) < WAL_HEADER or struct.unpack(">I", header[:4])[0] not in (0x377F0682, 0x377F0683):
            sys.exit("%s: not a SQLite write-ahead log" % path)
        page_size = struct.unpack(">I", header[8:12])[0]
        pages = collections.Counter()
        commits = 0
        while True:
            frame = log.read(FRAME_HEADER)
            if len(frame) < FRAME_HEADER or len(log.read(page_size)) < page_size:
                break
            page, size_after_commit = struct.unpack(">II", frame[:8])
            pages[page] += 1
            commits += size_after_commit != 0
        return pages, commits, page_size


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("database")
    args = parser.parse_args()
    pages, commits, page_size = frames(args.database + "-wal")
    print("%d frames, %d distinct pages of %d bytes, %d commits" % (sum(pages.values()), len(pages), page_size, commits))
    connection = sqlite3.connect("file:%s?mode=ro" % args.database, uri=True)
    by_tree = collections.Counter()
    for name, page in connection.execute("SELECT name, pageno FROM dbstat"):
        if page in pages:
            by_tree[name] += 1
    for name, count in by_tree.most_common():
        print("%-36s %8d pages  %5.1f %%" % (name, count, 100 * count / len(pages)))
    print("%-36s %8d pages (free list, or added after the reader's snapshot)" % ("other", len(pages) - sum(by_tree.values())))


if __name__ == "__main__":
    main()
