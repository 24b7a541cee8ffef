#!/usr/bin/env python3
"""Rebuilds models/typo/confusion.tsv: for every char frequent in the government corpus, the chars it is confused
with (same pinyin any tone, or similar shape) that are themselves frequent there. Sources: pycorrector's
same_pinyin.txt and same_stroke.txt (Apache-2.0, shibing624/pycorrector), Unihan's readings and four-corner codes
(Debian unicode-data, Unicode licence) and models/typo/confusion-extra.tsv (hand-written). Usage: scripts/build-typo-confusions.py [DATA_DIR] [MIN_COUNT]"""
import bz2
import collections
import os
import sys

import pycorrector_confusions
import unicodedata

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, 'corpus')
min_count = int(sys.argv[2]) if len(sys.argv) > 2 else 20
typo = os.path.join(root, 'models', 'typo')

counts = collections.Counter()
with open(os.path.join(data, 'gov_corpus.txt'), encoding='utf-8') as f:
    for line in f:
        counts.update(line.strip())

confusable = collections.defaultdict(set)


def link(a, b):
    if a != b and len(a) == 1 and len(b) == 1:
        confusable[a].add(b)
        confusable[b].add(a)


for a, b in pycorrector_confusions.pairs(data):
    link(a, b)
# Unihan (Debian unicode-data): chars read the same ignoring tone (kMandarin, kHanyuPinyin), and chars with the
# same four-corner code (kFourCornerCode), a shape key under which look-alikes such as 白/自 share a code.
# Only chars frequent in the corpus take part, so rare readings add no noise.
unihan = '/usr/share/unicode'
readings = collections.defaultdict(set)
corners = collections.defaultdict(set)


def toneless(p):
    return ''.join(c for c in unicodedata.normalize('NFD', p) if unicodedata.category(c) != 'Mn')


def unihan_rows(name):
    with bz2.open(os.path.join(unihan, name), 'rt', encoding='utf-8') as f:
        for line in f:
            if line.startswith('U+'):
                cp, field, value = line.rstrip('\n').split('\t')
                ch = chr(int(cp[2:], 16))
                if counts[ch] >= min_count:
                    yield ch, field, value


for ch, field, value in unihan_rows('Unihan_Readings.txt.bz2'):
    if field == 'kMandarin':
        for r in value.split():
            readings[toneless(r)].add(ch)
    elif field == 'kHanyuPinyin':
        for part in value.split():
            for r in part.split(':')[1].split(','):
                readings[toneless(r)].add(ch)
for ch, field, value in unihan_rows('Unihan_DictionaryLikeData.txt.bz2'):
    if field == 'kFourCornerCode':
        for code in value.split():
            corners[code[:4]].add(ch)
for group in list(readings.values()) + list(corners.values()):
    for a in group:
        for b in group:
            link(a, b)

with open(os.path.join(typo, 'confusion-extra.tsv'), encoding='utf-8') as f:
    for line in f:
        if line.strip() and not line.startswith('#'):
            a, bs = line.rstrip('\n').split('\t')[:2]
            for b in bs:
                link(a, b)

rows = 0
with open(os.path.join(typo, 'confusion.tsv'), 'w', encoding='utf-8') as f:
    f.write('# char\tfrequent confusable chars, most frequent first (built by scripts/build-typo-confusions.py)\n')
    for a in sorted(confusable, key=lambda c: (-counts[c], c)):
        if counts[a] == 0:
            continue
        bs = sorted((b for b in confusable[a] if counts[b] >= min_count), key=lambda c: (-counts[c], c))
        if bs:
            f.write(a + '\t' + ''.join(bs) + '\n')
            rows += 1
print('confusion.tsv rows:', rows, file=sys.stderr)
