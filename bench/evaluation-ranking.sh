#!/usr/bin/env bash
# Benchmark of the evaluation engine's normalisation, ranking and tier assignment
# (10,000 entries × 7 jurors). The engine uses only the JDK, so no dependency classpath is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl domain test-compile
exec java -cp domain/target/classes:domain/target/test-classes cn.scast.tianfu.evaluation.RankingBenchmark "$@"
