#!/usr/bin/env bash
# Scores weight sets ("keywords,title,description,grams,k1,b,implicitDiscipline") on the dev half only, in-process,
# for keyword demands and for long demands (half an abstract).
# Usage: bench/matching-eval/tune.sh SET...
set -euo pipefail
cd "$(dirname "$0")/../.."
# one Maven run, so the domain module resolves to its fresh classes in the reactor (nothing installed)
mvn -B -q -o -pl ejb -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="ejb/target/classes:ejb/target/test-classes:$(cat ejb/target/cp.txt)"
java -Xmx1g -Devaluation.split=dev -cp "$CP" cn.scast.tianfu.matching.MatchingEvaluation bench/matching-eval/csl-items.tsv ejb/target/tune "$@"
java -Xmx1g -Devaluation.split=dev -Devaluation.demands=halves -cp "$CP" cn.scast.tianfu.matching.MatchingEvaluation \
  bench/matching-eval/csl-items.tsv ejb/target/tune-half "$@"
for set in "$@"; do
  echo "== $set"
  python3 bench/matching-eval/evaluate.py file bench/matching-eval/csl-items.tsv "ejb/target/tune.$set" | grep '^dev.*app '
  python3 bench/matching-eval/evaluate.py halves bench/matching-eval/csl-items.tsv "ejb/target/tune-half.$set" | grep '^dev.*app '
done
