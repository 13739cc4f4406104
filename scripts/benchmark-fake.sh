#!/usr/bin/env bash
# Measures the fake LXD's start time and memory (see docs/benchmarks.md):
# five cold starts, each in a fresh JVM, then warm starts, first request and memory in one JVM.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -pl lxd-testkit -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
classpath="lxd-testkit/target/test-classes:lxd-testkit/target/classes:lxd-core/target/classes"
classpath="$classpath:$(cat lxd-testkit/target/benchmark.classpath)"
java_opts=(-Xmx512m -Dorg.eclipse.jetty.LEVEL=WARN -Dlogback.configurationFile=lxd-testkit/src/test/resources/logback-test.xml)

echo "java: $(java -version 2>&1 | head -1); cpus: $(nproc); host: $(uname -sr)"
for run in 1 2 3 4 5; do
  java "${java_opts[@]}" -cp "$classpath" dev.lxdjava.testkit.fake.FakeLxdBenchmark cold
done
java "${java_opts[@]}" -cp "$classpath" dev.lxdjava.testkit.fake.FakeLxdBenchmark warm
