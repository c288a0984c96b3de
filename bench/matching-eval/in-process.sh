#!/usr/bin/env bash
# Scores the matcher in-process (no server) on the CSL items, next to the bigram BM25 baseline; for tuning.
# Keyword demands (1, 2, all keywords), then long demands (half an abstract, evaluate.py halves).
set -euo pipefail
cd "$(dirname "$0")/../.."
# one Maven run, so the domain module resolves to its fresh classes in the reactor (nothing installed)
mvn -B -q -o -pl ejb -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="ejb/target/classes:ejb/target/test-classes:$(cat ejb/target/cp.txt)"
java -Xmx1g -cp "$CP" cn.scast.tianfu.matching.MatchingEvaluation bench/matching-eval/csl-items.tsv ejb/target/csl-rankings.tsv
python3 bench/matching-eval/evaluate.py file bench/matching-eval/csl-items.tsv ejb/target/csl-rankings.tsv
java -Xmx1g -Devaluation.demands=halves -cp "$CP" cn.scast.tianfu.matching.MatchingEvaluation \
  bench/matching-eval/csl-items.tsv ejb/target/csl-half-rankings.tsv
python3 bench/matching-eval/evaluate.py halves bench/matching-eval/csl-items.tsv ejb/target/csl-half-rankings.tsv
