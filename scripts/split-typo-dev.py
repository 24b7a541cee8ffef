#!/usr/bin/env python3
"""Splits corpus/ecspell_odw_train.jsonl (aopolin-lv/ECSpell, MIT, "Copyright (c) 2022 Aopolin-Lv") into a
tuning part and a held-out part by a hash of each line, so the split never depends on order or on a random seed:
lines whose MD5's first byte is below 77 (about 30 %) are held out. Thresholds are chosen on the tuning part only.
Usage: scripts/split-typo-dev.py [CORPUS_DIR]   (default corpus/)"""
import hashlib
import os
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, 'corpus')
out = os.path.join(root, 'tests', 'Monitor.Analysis.Tests', 'DevSets')
tune, held = [], []
with open(os.path.join(data, 'ecspell_odw_train.jsonl'), encoding='utf-8') as f:
    for line in f:
        line = line.rstrip('\n')
        if not line:
            continue
        (held if hashlib.md5(line.encode('utf-8')).digest()[0] < 77 else tune).append(line)
for name, rows in (('typo-tune.jsonl', tune), ('typo-heldout.jsonl', held)):
    with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
        f.write('\n'.join(rows) + '\n')
    print(name, len(rows), file=sys.stderr)
