#!/bin/bash
# Rebuilds models/typo/acceptance.tsv, the typo checker's learned acceptance step (issue 16). About a minute of CPU.
#   1. gov_corpus.txt is split by the MD5 of each line (scripts/split-gov-corpus.py); half A trains a stand-in
#      char 5-gram model, so that half-B sentences are text the model has not seen (as posts are to the shipped one).
#   2. tools/Monitor.Tools records the detector's candidates (threshold 1.5) with their features and labels on:
#      15,000 clean half-B lines (negatives), 15,000 other half-B lines with injected typos, the tuning part of
#      ecspell_odw_train.jsonl (real typos; never the held-out part), and the texts of the PII and misstatement dev
#      sets (clean posts). A third set of 10,000 clean half-B lines calibrates the false-alarm rates.
#   3. ML.NET FastTree (200 trees, 16 leaves, ECSpell rows weighted 5) is fitted and its trees exported.
# usage: scripts/train-typo-acceptance.sh [WORKDIR]   (WORKDIR default data/typo-acceptance)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-data/typo-acceptance}
data=corpus
dev=tests/Monitor.Analysis.Tests/DevSets
mkdir -p "$work"
python3 scripts/split-gov-corpus.py "$work" "$data/gov_corpus.txt"
sed -n 1,15000p "$work/gov-b.txt" > "$work/b-clean.txt"
sed -n 15001,30000p "$work/gov-b.txt" > "$work/b-inject.txt"
sed -n 30001,40000p "$work/gov-b.txt" > "$work/b-calib.txt"
cat $dev/pii.jsonl $dev/misstatement.jsonl > "$work/posts.jsonl"
dotnet build -c Release src/Cli -v q
monitor="dotnet src/Cli/bin/Release/net10.0/monitor.dll"
$monitor train typo --corpus "$work/gov-a.txt" --out "$work/charlm-a.bin.gz"
# The candidates must not pass through an older acceptance model (its features may differ): set it aside.
[ -f models/typo/acceptance.tsv ] && mv models/typo/acceptance.tsv "$work/acceptance.old.tsv"
$monitor train acceptance candidates "$work/charlm-a.bin.gz" "$work/train.tsv" govclean="$work/b-clean.txt:clean" \
  govinject="$work/b-inject.txt:inject" ecspell="$dev/typo-tune.jsonl:pairs" posts="$work/posts.jsonl:texts"
$monitor train acceptance candidates "$work/charlm-a.bin.gz" "$work/calib.tsv" calib="$work/b-calib.txt:clean"
$monitor train acceptance fit models/typo/acceptance.tsv "$work/calib.tsv" "$work/train.tsv" ecspell=5
