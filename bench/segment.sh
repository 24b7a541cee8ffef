#!/usr/bin/env bash
# Segmentation benchmark: Monitor vs Debian's python3-jieba vs npm @node-rs/jieba, on the same >= 20 MB corpus,
# single thread, precise mode with HMM. Measures throughput (MB/s of UTF-8 input), dictionary load time and peak
# memory (max RSS from /usr/bin/time -v), and writes the "## Segmentation" section of docs/benchmarks.md.
# Usage: bench/segment.sh [CORPUS_SOURCE]   (default corpus/gov_corpus.txt, repeated to >= 20 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/.work
source_corpus=${1:-corpus/gov_corpus.txt}
mkdir -p "$work"

corpus=$work/corpus.txt
: > "$corpus"
while [ "$(stat -c %s "$corpus")" -lt 20000000 ]; do cat "$source_corpus" >> "$corpus"; done

echo "building Monitor (Release)..." >&2
dotnet build -c Release src/Cli -o "$work/monitor" -v quiet -nologo >&2
if [ ! -d "$work/node_modules/@node-rs/jieba" ]; then
  (cd "$work" && npm install --no-audit --no-fund --silent @node-rs/jieba >&2)
fi
/usr/bin/python3 -c 'import jieba, logging; jieba.setLogLevel(logging.WARNING); jieba.initialize()' # build jieba's cache once

run() { # name, command...: appends the command's JSON line plus its max RSS to results
  local name=$1; shift
  echo "running $name..." >&2
  /usr/bin/time -v -o "$work/time-$name.txt" "$@" > "$work/result-$name.json"
  local rss
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$name.txt")
  /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["maxRssKb"]=int(sys.argv[2]); print(json.dumps(d))' \
    "$work/result-$name.json" "$rss" >> "$work/results.jsonl"
}
: > "$work/results.jsonl"
run monitor "$work/monitor/monitor" bench segment "$corpus"
run monitor-strings "$work/monitor/monitor" bench segment --strings "$corpus"
run node-rs node bench/segment-node.js "$corpus"
run python-jieba /usr/bin/python3 bench/segment-jieba.py "$corpus"

/usr/bin/python3 bench/segment-report.py "$work/results.jsonl" docs/benchmarks.md
cat "$work/results.jsonl" >&2
