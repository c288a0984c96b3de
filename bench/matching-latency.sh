#!/usr/bin/env bash
# Benchmark: latency of the match list through the REST API, GET /api/v1/listings/{id}/matches?limit=10, at N
# listings (default 1,000,000) with CLIENTS concurrent clients (default 20), each sending its next request when the
# last one answered (closed loop), WARMUP seconds unmeasured, then MEASURE seconds measured.
#
#   terminal 1:  ./tianfu run
#   terminal 2:  bench/matching-latency.sh [N]
#
# The listings (synthetic Chinese listings of 12 fields, the generator of bench/matching.sh, external ids BENCHM-n,
# owner 基准测试数据) are loaded once the way the cities send theirs: a listings_*.csv through the inbox and the
# listing import job; the index learns them from the outbox, and the script waits until the index has applied the
# whole outbox before measuring. A second run reuses them. Remove them with
#   DELETE FROM listing WHERE external_id LIKE 'BENCHM-%'
set -euo pipefail
cd "$(dirname "$0")"
source ./import-common.sh
ROWS="${1:-1000000}"
CLIENTS="${CLIENTS:-20}"
WARMUP="${WARMUP:-20}"
MEASURE="${MEASURE:-60}"
PREFIX="BENCHM-"

curl -fs "$BASE_URL/api/health" >/dev/null || { echo "no system at $BASE_URL: start ./tianfu run first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

loaded=$(sql "SELECT COUNT(*) FROM listing WHERE external_id LIKE '$PREFIX%'")
if [ "$loaded" -lt "$ROWS" ]; then
  echo "writing $ROWS listings as a listing import file ..."
  (cd .. && mvn -B -q -o -pl ejb -am test-compile \
     && mvn -B -q -o -pl ejb dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test)
  file="$work/listings_bench-$(date +%Y%m%d-%H%M%S).csv"
  java -cp "../ejb/target/classes:../ejb/target/test-classes:$(cat ../ejb/target/cp.txt)" \
    cn.scast.tianfu.matching.BenchListingsCsv "$ROWS" "$file" "$PREFIX"
  echo "importing $(du -h "$file" | cut -f1) through the inbox ..."
  t0=$(now)
  exec_id=$(drop "$file")
  [ -n "$exec_id" ] || { echo "the inbox did not start a job" >&2; exit 1; }
  result=$(await_end "$exec_id")
  t1=$(now)
  case "$result" in *'"batchStatus":"COMPLETED"'*) ;; *) echo "import did not complete: $result" >&2; exit 1 ;; esac
  echo "imported in $(echo "$t1 - $t0" | bc) s"
fi

# The index has applied everything once its stored outbox position reaches the outbox head.
head_id=$(sql "SELECT COALESCE(MAX(id), 0) FROM listing_change")
position_file="$DATA_DIR/index/listing-change.position"
t0=$(now)
while true; do
  position=$(sed -n 's/^format=[0-9]* //p' "$position_file" 2>/dev/null || echo 0)
  [ "${position:-0}" -ge "$head_id" ] && break
  sleep 2
done
echo "index caught up with outbox position $head_id ($(echo "$(now) - $t0" | bc) s waited)"

sql "SELECT id FROM listing WHERE external_id LIKE '$PREFIX%' AND status = 'PUBLISHED'" > "$work/ids"
echo "listings in the database: $(sql "SELECT COUNT(*) FROM listing") (benchmark listings: $(wc -l < "$work/ids"))"
echo "before: $(uptime)"
java MatchLatency.java "$BASE_URL" "$ADMIN" "$work/ids" "$CLIENTS" "$WARMUP" "$MEASURE"
echo "after:  $(uptime)"
