#!/usr/bin/python3
"""Extracts jieba's dictionary and HMM tables from Debian's python3-jieba into models/jieba/.

dict.bin.gz  the prefix dictionary (jieba's FREQ: every word with its frequency, every prefix of a word with 0)
             as a trie in breadth-first order, so .NET loads it with three array reads and no hashing:
               "JIEBADAG" | int32 version=1 | int32 nodeCount | int64 total
               | uint16 label[nodeCount] | uint16 childCount[nodeCount] | int32 freq[nodeCount]
             node 0 is the root; the children of a node are contiguous, sorted by label, and follow the
             children of the previous node. total is jieba's: the sum of the frequencies of every line.
hmm.bin.gz   finalseg's BMES model, states in the order B, E, M, S, log probabilities as float64:
               "JIEBAHMM" | start[4] | trans[4][4] (-3.14e100 where jieba has no entry)
               | int32 n | n x (uint16 char | emit[4] (-3.14e100 where the state has no entry))
All numbers little-endian. Run with Debian's python (/usr/bin/python3), stdlib only.
"""
import gzip
import os
import struct
import sys

JIEBA = "/usr/lib/python3/dist-packages/jieba"
MIN_FLOAT = -3.14e100
STATES = "BEMS"


def load_freq(path):
    # Same parsing as jieba.Tokenizer.gen_pfdict: later duplicates win, total counts every line.
    freq, total = {}, 0
    with open(path, "rb") as f:
        for line in f:
            word, n = line.strip().decode("utf-8").split(" ")[:2]
            n = int(n)
            freq[word] = n
            total += n
            for i in range(len(word)):
                freq.setdefault(word[: i + 1], 0)
    return freq, total


def build_trie(freq):
    root = {}
    for word in freq:
        node = root
        for ch in word:
            if ord(ch) > 0xFFFF:
                sys.exit("non-BMP character in dictionary word %r: the format stores UTF-16 units" % word)
            node = node.setdefault(ch, {})
    labels, counts, freqs = [0], [], [0]
    queue, prefixes, head = [root], [""], 0
    while head < len(queue):
        node, prefix = queue[head], prefixes[head]
        head += 1
        children = sorted(node)
        counts.append(len(children))
        for ch in children:
            labels.append(ord(ch))
            freqs.append(freq.get(prefix + ch, 0))
            queue.append(node[ch])
            prefixes.append(prefix + ch)
    return labels, counts, freqs


def write_dict(out, freq, total):
    labels, counts, freqs = build_trie(freq)
    n = len(labels)
    if max(counts) > 0xFFFF:
        sys.exit("a trie node has more than 65535 children")
    with gzip.GzipFile(out, "wb", 9, mtime=0) as f:
        f.write(b"JIEBADAG" + struct.pack("<iiq", 1, n, total))
        f.write(struct.pack("<%dH" % n, *labels))
        f.write(struct.pack("<%dH" % n, *counts))
        f.write(struct.pack("<%di" % n, *freqs))
    return n


def write_hmm(out):
    sys.path.insert(0, os.path.dirname(JIEBA))
    from jieba.finalseg.prob_emit import P as emit
    from jieba.finalseg.prob_start import P as start
    from jieba.finalseg.prob_trans import P as trans

    chars = sorted({c for table in emit.values() for c in table if ord(c) <= 0xFFFF})
    with gzip.GzipFile(out, "wb", 9, mtime=0) as f:
        f.write(b"JIEBAHMM")
        f.write(struct.pack("<4d", *(start[s] for s in STATES)))
        for a in STATES:
            f.write(struct.pack("<4d", *(trans[a].get(b, MIN_FLOAT) for b in STATES)))
        f.write(struct.pack("<i", len(chars)))
        for c in chars:
            f.write(struct.pack("<H4d", ord(c), *(emit[s].get(c, MIN_FLOAT) for s in STATES)))
    return len(chars)


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "models", "jieba")
    os.makedirs(out, exist_ok=True)
    freq, total = load_freq(os.path.join(JIEBA, "dict.txt"))
    nodes = write_dict(os.path.join(out, "dict.bin.gz"), freq, total)
    chars = write_hmm(os.path.join(out, "hmm.bin.gz"))
    print("dict.bin.gz: %d trie nodes, %d entries, total %d; hmm.bin.gz: %d characters" % (nodes, len(freq), total, chars))


if __name__ == "__main__":
    main()
