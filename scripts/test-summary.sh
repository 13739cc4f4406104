#!/usr/bin/env bash
# Prints the totals of the last Maven test run per module: unit tests (surefire) and the
# tests against real LXD (failsafe: classes ending in IT, and the contract suite).
# Then it prints how many contract tests real LXD and the fake share.
set -euo pipefail
cd "$(dirname "$0")/.."

total() { # report-dir
  local dir=$1 tests=0 skipped=0 failed=0 file t s f e
  for file in "$dir"/TEST-*.xml; do
    [ -e "$file" ] || continue
    t=$(grep -o 'tests="[0-9]*"' "$file" | head -1 | tr -dc 0-9)
    s=$(grep -o 'skipped="[0-9]*"' "$file" | head -1 | tr -dc 0-9)
    f=$(grep -o 'failures="[0-9]*"' "$file" | head -1 | tr -dc 0-9)
    e=$(grep -o 'errors="[0-9]*"' "$file" | head -1 | tr -dc 0-9)
    tests=$((tests + t)); skipped=$((skipped + s)); failed=$((failed + f + e))
  done
  printf '%d run, %d skipped, %d failed' "$tests" "$skipped" "$failed"
}

echo "Test summary"
for module in */; do
  module=${module%/}
  [ -f "$module/pom.xml" ] || continue
  printf '  %-20s unit: %s; against LXD: %s\n' "$module" \
    "$(total "$module/target/surefire-reports")" "$(total "$module/target/failsafe-reports")"
done

for summary in */target/lxd-contract-summary.txt; do
  [ -e "$summary" ] || continue
  printf '  %s:\n' "${summary%%/*}"
  sed 's/^/    /' "$summary"
done
