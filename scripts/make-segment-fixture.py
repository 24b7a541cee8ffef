#!/usr/bin/python3
"""Records Debian python3-jieba's cut of government text as the agreement fixture of the segmenter tests.

Takes 5,000 lines spread evenly over the government corpus plus every line of the seed notices, and writes one JSON
object per line, {"text": line, "tokens": " ".join(jieba.cut(line))}, to
tests/Monitor.Analysis.Tests/Fixtures/Segmentation/jieba-agreement.jsonl. Run with Debian's python (/usr/bin/python3).
Usage: scripts/make-segment-fixture.py [SHARED_DIR]   (default /work/shared)
"""
import glob
import json
import logging
import os
import sys

import jieba

CORPUS_LINES = 5000


def read_lines(path):
    # Lines as `monitor segment` reads them: split at \n, \r\n or \r, without the line break.
    with open(path, "rb") as f:
        return f.read().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    corpus = read_lines(os.path.join(shared, "data", "gov_corpus.txt"))
    if corpus and corpus[-1] == "":
        corpus.pop()
    step = len(corpus) / CORPUS_LINES
    lines = [corpus[int(i * step)] for i in range(CORPUS_LINES)]
    for seed in sorted(glob.glob(os.path.join(shared, "seeds", "*.txt"))):
        lines.extend(read_lines(seed))

    jieba.setLogLevel(logging.WARNING)
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    out = os.path.join(root, "tests", "Monitor.Analysis.Tests", "Fixtures", "Segmentation", "jieba-agreement.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(json.dumps({"text": line, "tokens": " ".join(jieba.cut(line))}, ensure_ascii=False) + "\n")
    print("%s: %d lines" % (out, len(lines)))


if __name__ == "__main__":
    main()
