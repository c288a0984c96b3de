#!/usr/bin/env bash
# Builds the matching index from N synthetic listings and reports build rate and top-10 latency, then
# loads the same listings into a real MariaDB and reports the latency of a plain SQL LIKE search.
# Usage: bench/matching.sh [listings=100000] [indexDir=ejb/target/bench-index]
# LIKE_RANKED_QUERIES=N measures the ranked LIKE baseline over N queries instead of 1000 (each one scans
# a whole side of the table, seconds per query at 1M listings).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-100000}"
DIR="${2:-ejb/target/bench-index}"
# one Maven run, so the domain module resolves to its fresh classes in the reactor (nothing installed)
mvn -B -q -pl ejb -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
rm -rf "$DIR"
CP="ejb/target/classes:ejb/target/test-classes:$(cat ejb/target/cp.txt)"
java -Xmx2g -cp "$CP" cn.scast.tianfu.matching.MatchingBenchmark "$COUNT" "$DIR"
java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dlike.rankedQueries="${LIKE_RANKED_QUERIES:-1000}" -cp "$CP" cn.scast.tianfu.matching.LikeBaselineBenchmark "$COUNT"
