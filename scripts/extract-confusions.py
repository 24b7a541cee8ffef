#!/usr/bin/env python3
"""Rebuilds models/lexicon/confusion.tsv: for every char of a leader name or a formulation in models/lexicon,
the chars it is confused with (same pinyin, any tone, or similar shape), from pycorrector's same_pinyin.txt and
same_stroke.txt (Apache-2.0, shibing624/pycorrector). Usage: scripts/extract-confusions.py [DATA_DIR]"""
import os
import sys

import pycorrector_confusions

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, 'corpus')
lexicon = os.path.join(root, 'models', 'lexicon')


def rows(name):
    with open(os.path.join(lexicon, name), encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                yield line.rstrip('\n').split('\t')


wanted = set()
for r in rows('leaders.tsv'):
    wanted.update(r[0])
for r in rows('formulations.tsv'):
    wanted.update(r[0])

confusable = {}


def link(a, b):
    if a != b:
        confusable.setdefault(a, set()).add(b)
        confusable.setdefault(b, set()).add(a)


for a, b in pycorrector_confusions.pairs(data):
    link(a, b)

out = os.path.join(lexicon, 'confusion.tsv')
with open(out, 'w', encoding='utf-8') as f:
    f.write('# Chars confused with each char of the lexicon (same pinyin any tone, or similar shape).\n')
    f.write('# Extracted by scripts/extract-confusions.py from shibing624/pycorrector same_pinyin.txt and same_stroke.txt (Apache-2.0).\n')
    f.write('# char\tconfusable chars\n')
    for c in sorted(wanted):
        if c in confusable:
            f.write(c + '\t' + ''.join(sorted(confusable[c])) + '\n')
print(out, len(wanted), 'chars')
