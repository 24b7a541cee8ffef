#!/usr/bin/python3
"""Extracts the part-of-speech tags the typo checker's misuse rules need from jieba's dict.txt into
models/typo/misuse-pos.tsv (word TAB tag, sorted by word).

Kept: verbs (v) and adjectives (a, ad) with jieba frequency >= 20 (the 的/地/得 rules ask "is the word after 的 a
verb?" and "is the word after 很/非常 an adjective?"), and nouns (n, vn) with frequency >= 300 (the 地 → 的 rule asks
"is the word after 我们地 a noun?"; rare nouns are left out to keep the file small, which only costs catches).
jieba's tags are noisy (作用 v, 落实 a); the rules' curated lists in misuse.tsv correct what matters.
Run with Debian's python (/usr/bin/python3), stdlib only.
"""
import os
import sys

DICT = "/usr/lib/python3/dist-packages/jieba/dict.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "models", "typo", "misuse-pos.tsv")
MIN_FREQ = {"v": 20, "a": 20, "ad": 20, "n": 300, "vn": 300}


def main():
    tags = {}
    with open(DICT, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 3:
                continue
            word, freq, tag = parts[0], int(parts[1]), parts[2]
            # Later duplicates win, as in jieba; only words of CJK chars, 1 to 4 long.
            if tag in MIN_FREQ and freq >= MIN_FREQ[tag] and 1 <= len(word) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in word):
                tags[word] = tag
            else:
                tags.pop(word, None)
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# word\ttag (jieba 0.42.1 dict.txt; built by scripts/extract-misuse-pos.py)\n")
        for word in sorted(tags):
            out.write(f"{word}\t{tags[word]}\n")
    print(f"{len(tags)} words -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
