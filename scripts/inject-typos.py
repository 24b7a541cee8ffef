#!/usr/bin/python3
"""Makes a typo dev set from clean sentences: one same-pinyin typo per sentence (as native writers make them with a
pinyin input method), 70 % same tone, 30 % another tone, from pycorrector's same_pinyin.txt; digits, Latin and
punctuation are never touched. Writes JSON lines {"src": with the typo, "tgt": clean}. Deterministic (seed 16).

usage: inject-typos.py IN.jsonl|IN.txt OUT.jsonl   (IN.jsonl: its "tgt" or "text" fields are the clean sentences)
"""
import json
import os
import random
import sys

PINYIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "pycorrector_same_pinyin.txt")


def load(path):
    same = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and len(parts[0]) == 1:
                same[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")
    return same


def sentences(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if path.endswith(".jsonl"):
                d = json.loads(line)
                yield d.get("tgt") or d.get("text")
            else:
                yield line


def main():
    same = load(os.environ.get("SAME_PINYIN", PINYIN))
    rng = random.Random(16)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for clean in sentences(sys.argv[1]):
            positions = [i for i, c in enumerate(clean) if c in same and (same[c][0] or same[c][1])]
            if not positions:
                continue
            i = rng.choice(positions)
            tone, other = same[clean[i]]
            pool = tone if tone and (rng.random() < 0.7 or not other) else other
            src = clean[:i] + rng.choice(pool) + clean[i + 1:]
            out.write(json.dumps({"src": src, "tgt": clean}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
