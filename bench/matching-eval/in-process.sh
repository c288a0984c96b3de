#!/usr/bin/env bash
# Scores the matcher in-process (no server) on the CSL items, next to the bigram BM25 baseline; for tuning.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o -pl ejb -am test-compile -DskipTests
[ -s ejb/target/cp.txt ] || mvn -B -q -o -pl ejb dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="ejb/target/classes:ejb/target/test-classes:$(cat ejb/target/cp.txt)"
java -Xmx1g -cp "$CP" cn.scast.tianfu.matching.MatchingEvaluation bench/matching-eval/csl-items.tsv ejb/target/csl-rankings.tsv
python3 bench/matching-eval/evaluate.py file bench/matching-eval/csl-items.tsv ejb/target/csl-rankings.tsv
