#!/usr/bin/python3
"""Records Debian python3-jieba's cut of government text as the agreement fixture of the segmenter tests.

Takes 5,000 lines spread evenly over corpus/gov_corpus.txt plus every line of any extra text files given (the
recorded fixture also holds the lines of five inspection notices, which corpus/gov_corpus.txt contains too), and writes one JSON
object per line, {"text": line, "tokens": " ".join(jieba.cut(line))}, to
tests/Monitor.Analysis.Tests/Fixtures/Segmentation/jieba-agreement.jsonl. Then draws a user dictionary of 600 entries
from those lines (words without frequency, with a frequency, with 0 which deletes them, some with a tag), loads it
into jieba and records the first 1,000 lines again: userdict.txt and jieba-agreement-userdict.jsonl.
Run with Debian's python (/usr/bin/python3).
Usage: scripts/make-segment-fixture.py [CORPUS_FILE [EXTRA_TEXT_FILE ...]]   (default corpus/gov_corpus.txt)
"""
import json
import logging
import os
import random
import sys

import jieba

CORPUS_LINES = 5000


def read_lines(path):
    # Lines as `monitor segment` reads them: split at \n, \r\n or \r, without the line break.
    with open(path, "rb") as f:
        return f.read().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def main():
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    corpus = read_lines(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "corpus", "gov_corpus.txt"))
    if corpus and corpus[-1] == "":
        corpus.pop()
    step = len(corpus) / CORPUS_LINES
    lines = [corpus[int(i * step)] for i in range(CORPUS_LINES)]
    for extra in sys.argv[2:]:
        lines.extend(read_lines(extra))

    jieba.setLogLevel(logging.WARNING)
    fixtures = os.path.join(root, "tests", "Monitor.Analysis.Tests", "Fixtures", "Segmentation")
    record(os.path.join(fixtures, "jieba-agreement.jsonl"), lines)

    userdict = os.path.join(fixtures, "userdict.txt")
    with open(userdict, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(user_entries(lines)) + "\n")
    jieba.load_userdict(userdict)
    record(os.path.join(fixtures, "jieba-agreement-userdict.jsonl"), lines[:1000])


def user_entries(lines):
    rng = random.Random(11)
    entries = []
    while len(entries) < 600:
        line = rng.choice(lines)
        n = rng.randint(2, 6)
        if len(line) < n:
            continue
        at = rng.randint(0, len(line) - n)
        word = line[at:at + n]
        if word != word.strip() or " " in word:
            continue
        r = rng.random()
        freq = "" if r < 0.5 else " %d" % (rng.randint(0, 3) if r < 0.6 else rng.randint(1, 50000))
        entries.append(word + freq + (" n" if rng.random() < 0.3 else ""))
    return entries


def record(out, lines):
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(json.dumps({"text": line, "tokens": " ".join(jieba.cut(line))}, ensure_ascii=False) + "\n")
    print("%s: %d lines" % (out, len(lines)))


if __name__ == "__main__":
    main()
