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
# REQUEST_PATH=/api/v1/listings/{id} puts the same load on reading a listing instead: what a request costs without
# the matching (HTTP, sign-in, database, JSON, and the load generator on the same machine).
set -euo pipefail
cd "$(dirname "$0")"
source ./import-common.sh
source ./bench-listings.sh
ROWS="${1:-1000000}"
CLIENTS="${CLIENTS:-20}"
WARMUP="${WARMUP:-20}"
MEASURE="${MEASURE:-60}"
MATCHES_PATH='/api/v1/listings/{id}/matches?limit=10'
REQUEST_PATH="${REQUEST_PATH:-$MATCHES_PATH}"
PREFIX="BENCHM-"

curl -fs "$BASE_URL/api/health" >/dev/null || { echo "no system at $BASE_URL: start ./tianfu run first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

load_bench_listings "$ROWS" "$PREFIX"
await_indexes "$DATA_DIR/index/listing-change.position"

sql "SELECT id FROM listing WHERE external_id LIKE '$PREFIX%' AND status = 'PUBLISHED'" > "$work/ids"
echo "listings in the database: $(sql "SELECT COUNT(*) FROM listing") (benchmark listings: $(wc -l < "$work/ids"))"
echo "before: $(uptime)"
java MatchLatency.java "$BASE_URL" "$ADMIN" "$work/ids" "$CLIENTS" "$WARMUP" "$MEASURE" "$REQUEST_PATH"
echo "after:  $(uptime)"
