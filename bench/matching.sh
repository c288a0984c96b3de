#!/usr/bin/env bash
# Builds the matching index from N synthetic listings and reports build rate and top-10 latency.
# Usage: bench/matching.sh [listings=100000] [indexDir=ejb/target/bench-index]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-100000}"
DIR="${2:-ejb/target/bench-index}"
mvn -B -q -pl ejb -am test-compile
mvn -B -q -pl ejb dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
rm -rf "$DIR"
exec java -Xmx2g -cp "ejb/target/classes:ejb/target/test-classes:$(cat ejb/target/cp.txt)" \
  cn.scast.tianfu.matching.MatchingBenchmark "$COUNT" "$DIR"
