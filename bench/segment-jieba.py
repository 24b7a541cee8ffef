#!/usr/bin/python3
"""Debian's python3-jieba: dictionary load time and single-thread cut throughput (precise mode, HMM), one JSON line."""
import json
import logging
import os
import sys
import time

import jieba

path = sys.argv[1]
jieba.setLogLevel(logging.WARNING)
t = time.perf_counter()
jieba.initialize()  # jieba caches the built prefix dictionary in a temp file: this is the load from that cache
load = time.perf_counter() - t

t = time.perf_counter()
tokens = 0
with open(path, encoding="utf-8") as f:
    for line in f:
        for _ in jieba.cut(line.rstrip("\n")):
            tokens += 1
seconds = time.perf_counter() - t
mb = os.path.getsize(path) / 1e6
print(json.dumps({"impl": "python-jieba", "loadSeconds": load, "megabytes": mb, "tokens": tokens,
                  "seconds": seconds, "megabytesPerSecond": mb / seconds}))
