#!/usr/bin/env bash
# Measures the SDK against the local LXD (see docs/benchmarks.md): latency of server info, list,
# instance life cycle and exec, and throughput of the connection pool. Creates a project
# lxdjt-bench-… with its instances and deletes them at the end, also after a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -pl lxd-transport -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
classpath="lxd-transport/target/test-classes:lxd-transport/target/classes:lxd-core/target/classes"
classpath="$classpath:lxd-testkit/target/classes:$(cat lxd-transport/target/benchmark.classpath)"
java_opts=(-Xmx512m -Dlogback.configurationFile=scripts/benchmark-logback.xml)

echo "java: $(java -version 2>&1 | head -1); cpus: $(nproc); host: $(uname -sr); lxd: $(lxd --version 2>/dev/null || echo unknown)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java "${java_opts[@]}" -cp "$classpath" dev.lxdjava.transport.SdkBenchmark
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
