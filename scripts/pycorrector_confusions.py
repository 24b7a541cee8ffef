"""Reads pycorrector's confusion files (Apache-2.0, shibing624/pycorrector) as pairs of single characters: same
pinyin (any tone) from same_pinyin.txt, and every pair within a group of same_stroke.txt. Shared by
extract-confusions.py (misstatement lexicon) and build-typo-confusions.py (typo checker)."""
import os


def pairs(data):
    with open(os.path.join(data, 'pycorrector_same_pinyin.txt'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            parts = line.rstrip('\n').split('\t')
            for col in parts[1:3]:
                for c in col:
                    yield parts[0], c
    with open(os.path.join(data, 'pycorrector_same_stroke.txt'), encoding='utf-8') as f:
        for line in f:
            group = [c for c in line.rstrip('\n').split('\t') if len(c) == 1]
            for a in group:
                for b in group:
                    yield a, b
