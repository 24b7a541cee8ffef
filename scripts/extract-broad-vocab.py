#!/usr/bin/python3
"""Extracts a broad-coverage word-frequency vocabulary from Debian packages into models/typo/broad.bin.gz.

The government corpus behind the typo checker's language model is narrow: news verbs, idioms, names, brands and
the words of social-media posts are rare or missing there. This vocabulary tells the checker which words general
Chinese knows well, so that a char inside such a word is not flagged for the corpus's ignorance.

Sources (installed with apt-get; nothing is downloaded by this script):
  rime-essay   /usr/share/rime-data/essay.txt  word<TAB>frequency, 313k words in traditional characters
               (LGPL-3). Converted to simplified with OpenCC's t2s (Debian `opencc`); frequencies of words that
               fall together are summed.
  libime-data  /usr/share/libime/sc.dict  fcitx5's pinyin dictionary (LGPL-2.1+), 209k simplified words without
               frequencies, dumped with `libime_pinyindict -d` (Debian `libime-bin`). A word it has and rime-essay
               lacks gets frequency 1, so the checker can tell "known to a dictionary" from "frequent".

Output: the trie format of models/jieba/dict.bin.gz (see scripts/extract-jieba.py), words of 2-8 chars, every
prefix with frequency 0. Run with Debian's python (/usr/bin/python3), stdlib only.
"""
import importlib.util
import os
import subprocess
import sys
import tempfile

ESSAY = "/usr/share/rime-data/essay.txt"
LIBIME = "/usr/share/libime/sc.dict"
MAX_LENGTH = 8


def jieba_writer():
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location("extract_jieba", os.path.join(here, "extract-jieba.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_dict


def han(word):
    return all("\u4e00" <= c <= "\u9fff" or c == "\u3007" for c in word)


def essay_words():
    words, counts = [], []
    with open(ESSAY, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[1].isdigit():
                words.append(parts[0])
                counts.append(int(parts[1]))
    # One word a line through OpenCC keeps the alignment (t2s never adds or removes a line).
    simplified = subprocess.run(["opencc", "-c", "t2s.json"], input="\n".join(words) + "\n", capture_output=True,
                                text=True, check=True).stdout.split("\n")[: len(words)]
    freq = {}
    for word, n in zip(simplified, counts):
        if 2 <= len(word) <= MAX_LENGTH and han(word):
            freq[word] = freq.get(word, 0) + n
    return freq


def libime_words():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "sc.txt")
        subprocess.run(["libime_pinyindict", "-d", LIBIME, out], check=True)
        with open(out, encoding="utf-8") as f:
            return {line.split(" ", 1)[0] for line in f}


def main():
    freq = essay_words()
    essay_count = len(freq)
    added = 0
    for word in libime_words():
        if 2 <= len(word) <= MAX_LENGTH and han(word) and word not in freq:
            freq[word] = 1
            added += 1
    total = sum(freq.values())
    for word in list(freq):
        for i in range(1, len(word)):
            freq.setdefault(word[:i], 0)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "models", "typo", "broad.bin.gz")
    nodes = jieba_writer()(out, freq, total)
    print("broad.bin.gz: %d words from rime-essay, %d more from libime-data, %d trie nodes, total %d"
          % (essay_count, added, nodes, total), file=sys.stderr)


if __name__ == "__main__":
    main()
