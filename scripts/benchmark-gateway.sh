#!/usr/bin/env bash
# Measures the gateway (see docs/benchmarks.md): requests per second and latency of
# GET /api/v1/instances at concurrency 1, 16 and 64. The first run uses the in-process fake LXD
# with 200 instances. The second uses the local LXD with 20 instances in a project lxdjt-bench-…,
# which the harness deletes afterwards. The gateway runs from its jar in its own JVM with a GC log, so its heap is
# measured apart from the load generator's.
#
# Usage: scripts/benchmark-gateway.sh [fake] [unix]   (both when none is given)
# BENCHMARK_GATEWAY_HEAP sets the gateway's -Xmx (default 256m).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -pl lxd-server-javalin -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
classpath="lxd-server-javalin/target/test-classes:lxd-server-javalin/target/classes"
classpath="$classpath:$(cat lxd-server-javalin/target/benchmark.classpath)"
work=lxd-server-javalin/target/benchmark
rm -rf "$work"
mkdir -p "$work"
password="benchmark-admin-password"
heap="${BENCHMARK_GATEWAY_HEAP:-256m}"
modes=("$@")
[[ ${#modes[@]} -gt 0 ]] || modes=(fake unix)

gateway_pid=""
stop_gateway() {
  if [[ -n "$gateway_pid" ]]; then
    kill "$gateway_pid" 2>/dev/null || true
    wait "$gateway_pid" 2>/dev/null || true
    gateway_pid=""
  fi
}
trap stop_gateway EXIT

# Starts the gateway jar in connection mode $1 on a free port and sets $port.
start_gateway() {
  local mode=$1
  LXD_CONNECTION_MODE=$mode APP_PORT=0 BCRYPT_COST=10 \
    JWT_SECRET="$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')" \
    SEED_ADMIN_PASSWORD="$password" DATABASE_URL="jdbc:sqlite:$work/gateway-$mode.db" \
    java "-Xmx$heap" "-Xlog:gc:file=$work/gc-$mode.log" -jar lxd-server-javalin/target/lxd-gateway.jar \
    >"$work/gateway-$mode.log" 2>&1 &
  gateway_pid=$!
  port=""
  for _ in $(seq 1 100); do
    port=$(grep -oE 'listening on http://127.0.0.1:[0-9]+' "$work/gateway-$mode.log" 2>/dev/null | grep -oE '[0-9]+$' || true)
    [[ -n "$port" ]] && return 0
    sleep 0.2
  done
  echo "gateway in mode $mode did not start; its log:" >&2
  cat "$work/gateway-$mode.log" >&2
  exit 1
}

# Prints the largest heap before and after a collection in the GC log $1, then the heap after the
# last collection, which is the full GC the script requests at the end.
heap_summary() {
  grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$1" | tr -d 'M)' | tr '(' ' ' | sed 's/->/ /' |
    awk '{ if ($1 > before) before = $1; if ($2 > after) after = $2; last = $2; size = $3 }
      END { printf "heap (-Xmx%s): peak %d MiB before a collection, at most %d MiB after one, %d MiB live after a full GC (heap size then %d MiB); %d collections\n", "'"$heap"'", before, after, last, size, NR }'
}

echo "java: $(java -version 2>&1 | head -1); cpus: $(nproc); host: $(uname -sr); lxd: $(lxd --version 2>/dev/null || echo unknown)"
for mode in "${modes[@]}"; do
  echo "== gateway on $mode LXD; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  start_gateway "$mode"
  java -Xmx512m -Dlogback.configurationFile=scripts/benchmark-logback.xml -cp "$classpath" \
    dev.lxdjava.server.GatewayBenchmark "http://127.0.0.1:$port" "$password" "$mode"
  jcmd "$gateway_pid" GC.run >/dev/null
  sleep 1
  heap_summary "$work/gc-$mode.log"
  stop_gateway
done
