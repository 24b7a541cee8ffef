#!/usr/bin/env bash
# Starts (or stops) a throwaway Redis on 127.0.0.1 for the tests, using Debian's redis-server.
#   eval "$(scripts/test-redis.sh start)"   # exports MONITOR_TEST_REDIS
#   scripts/test-redis.sh stop
set -euo pipefail
dir=${MONITOR_REDIS_DIR:-/tmp/monitor-redis}
port=${MONITOR_REDIS_PORT:-6390}
command -v redis-server >/dev/null || { echo "redis-server is not installed (apt-get install redis-server)" >&2; exit 1; }

case "${1:-start}" in
  start)
    mkdir -p "$dir"
    if ! redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1; then
      # Nothing persisted: a test server.
      redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --save '' --appendonly no \
        --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null
      for _ in $(seq 50); do redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
    fi
    echo "export MONITOR_TEST_REDIS='127.0.0.1:$port'"
    ;;
  stop)
    if [ -f "$dir/redis.pid" ]; then kill "$(cat "$dir/redis.pid")" 2>/dev/null || true; rm -f "$dir/redis.pid"; fi
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
