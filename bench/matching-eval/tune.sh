#!/usr/bin/env bash
# Scores weight sets ("keywords,title,description,grams,k1,b,implicitDiscipline") on the dev half only, in-process.
# Usage: bench/matching-eval/tune.sh SET...
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o -pl ejb -am test-compile -DskipTests
[ -s ejb/target/cp.txt ] || mvn -B -q -o -pl ejb dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="ejb/target/classes:ejb/target/test-classes:$(cat ejb/target/cp.txt)"
java -Xmx1g -Devaluation.split=dev -cp "$CP" cn.scast.tianfu.matching.MatchingEvaluation bench/matching-eval/csl-items.tsv ejb/target/tune "$@"
for set in "$@"; do
  echo "== $set"
  python3 bench/matching-eval/evaluate.py file bench/matching-eval/csl-items.tsv "ejb/target/tune.$set" | grep '^dev.*app '
done
