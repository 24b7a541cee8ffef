#!/usr/bin/python3
"""Splits corpus/gov_corpus.txt in two halves by the MD5 of each line, for the typo acceptance model.

Half A (first MD5 byte even) trains a stand-in language model; half B (odd) is text that model has not seen, where
candidate corrections look the way they look to the shipped model on unseen posts: clean half-B sentences give the
negatives, half-B sentences with injected typos the positives. Writes OUT/gov-a.txt and OUT/gov-b.txt.
"""
import hashlib
import os
import sys

SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "gov_corpus.txt")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    source = sys.argv[2] if len(sys.argv) > 2 else SOURCE
    with open(source, encoding="utf-8") as f, \
            open(os.path.join(out, "gov-a.txt"), "w", encoding="utf-8") as a, \
            open(os.path.join(out, "gov-b.txt"), "w", encoding="utf-8") as b:
        for line in f:
            (a if hashlib.md5(line.rstrip("\n").encode("utf-8")).digest()[0] % 2 == 0 else b).write(line)


if __name__ == "__main__":
    main()
