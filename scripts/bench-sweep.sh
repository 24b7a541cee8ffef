#!/usr/bin/env bash
# Sweep throughput on the zero-latency synthetic platform (docs/benchmarks.md, "## Sweep").
#   scripts/bench-sweep.sh [accounts=10000] [posts=30] [nodes="1 2"] [provider=Postgres]
# PostgreSQL: a fresh database on the test cluster (scripts/test-postgres.sh) per run. Each node is a separate
# `monitor bench sweep` process joining the same planned sweep; each prints one JSON line (its time, its share,
# its peak working set), and this script prints the wall time of the whole sweep.
set -euo pipefail
accounts=${1:-10000}
posts=${2:-30}
nodes=${3:-"1 2"}
provider=${4:-Postgres}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build -c Release "$root/src/Cli" -v q -nologo >/dev/null
monitor="dotnet $root/src/Cli/bin/Release/net10.0/monitor.dll"
export Monitor__Storage__Provider=$provider Monitor__Storage__MigrateOnStart=true
eval "$("$root/scripts/test-postgres.sh" start)"

for n in $nodes; do
  if [ "$provider" = Postgres ]; then
    db=monitor_bench_$n
    psql -h 127.0.0.1 -p "${MONITOR_PG_PORT:-55432}" -U postgres -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
    export Monitor__Storage__ConnectionString="${MONITOR_TEST_POSTGRES/Database=postgres/Database=$db}"
  else
    file=$(mktemp -d)/bench.db
    export Monitor__Storage__ConnectionString="Data Source=$file"
  fi
  $monitor bench sweep --seed "$accounts" --posts "$posts"
  start=$(date +%s.%N)
  for _ in $(seq "$n"); do $monitor bench sweep --posts "$posts" & done
  wait
  end=$(date +%s.%N)
  awk -v n="$n" -v a="$accounts" -v p="$posts" -v s="$start" -v e="$end" \
    'BEGIN { w = e - s; printf "{\"nodes\":%d,\"accounts\":%d,\"wallSeconds\":%.1f,\"accountsPerSecond\":%.0f,\"postsPerSecond\":%.0f}\n", n, a, w, a / w, a * p / w }'
done
