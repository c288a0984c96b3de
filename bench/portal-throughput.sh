#!/usr/bin/env bash
# Benchmark: read throughput and latency of the scaled-out portal through nginx, with one and with two Payara Micro
# nodes, at N listings (default 1,000,000), CLIENTS concurrent clients (default 20), closed loop (PortalLoad.java:
# the public search page and the match list, alternately), WARMUP seconds unmeasured, then MEASURE seconds measured.
#
#   terminal 1:  TFKJY_PORTAL_NODES=2 ./tianfu run
#   terminal 2:  bench/portal-throughput.sh [N]
#
# The listings are loaded as in bench/matching-latency.sh (one listings_*.csv through the inbox); the script waits
# until the back office's and both nodes' indexes have applied the whole outbox. The two-node figure goes through the
# run command's nginx (TFKJY_PORTAL_PORT, default 8000); the one-node figure through a second nginx with the same
# configuration and node 1 as its only upstream. Prints both and their ratio.
set -euo pipefail
cd "$(dirname "$0")"
source ./import-common.sh
source ./bench-listings.sh
ROWS="${1:-1000000}"
CLIENTS="${CLIENTS:-20}"
WARMUP="${WARMUP:-20}"
MEASURE="${MEASURE:-60}"
PREFIX="BENCHM-"
PORTAL_PORT="${TFKJY_PORTAL_PORT:-8000}"
ONE_NODE_PORT=$((PORTAL_PORT + 50))
PORTAL_DIR="$DATA_DIR/portal"

curl -fs "$BASE_URL/api/health" >/dev/null || { echo "no system at $BASE_URL: start TFKJY_PORTAL_NODES=2 ./tianfu run first" >&2; exit 2; }
curl -fs "http://127.0.0.1:$PORTAL_PORT/tfkjy/api/health" >/dev/null \
  || { echo "no portal at port $PORTAL_PORT: start with TFKJY_PORTAL_NODES=2" >&2; exit 2; }
[ -f "$PORTAL_DIR/node-2/index/listing-change.position" ] || { echo "the portal needs two nodes (TFKJY_PORTAL_NODES=2)" >&2; exit 2; }
work=$(mktemp -d)
one_node_nginx() { [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; }
trap 'one_node_nginx; rm -rf "$work"' EXIT

load_bench_listings "$ROWS" "$PREFIX"
await_indexes "$DATA_DIR/index/listing-change.position" "$PORTAL_DIR"/node-*/index/listing-change.position

sql "SELECT id FROM listing WHERE external_id LIKE '$PREFIX%' AND status = 'PUBLISHED'" > "$work/ids"
# one search word per listing sample: the first of its keywords
sql "SELECT SUBSTRING_INDEX(keywords, ';', 1) FROM listing WHERE external_id LIKE '$PREFIX%' AND keywords <> '' LIMIT 5000" \
  | sort -u > "$work/keywords"
echo "listings in the database: $(sql "SELECT COUNT(*) FROM listing") (benchmark listings: $(wc -l < "$work/ids"), search words: $(wc -l < "$work/keywords"))"

# The one-node balancer: the run command's configuration with only node 1 and its own port, pid, logs and temp files.
mkdir -p "$work/logs" "$work/tmp"
sed -e "s#listen 127.0.0.1:$PORTAL_PORT;#listen 127.0.0.1:$ONE_NODE_PORT;#" \
    -e "/server 127.0.0.1:$((PORTAL_PORT + 2)) /d" \
    -e "s#$PORTAL_DIR/nginx#$work#g" "$PORTAL_DIR/nginx/nginx.conf" > "$work/nginx.conf"
/usr/sbin/nginx -p "$work" -c "$work/nginx.conf"
curl -fs "http://127.0.0.1:$ONE_NODE_PORT/tfkjy/api/health" >/dev/null || { echo "the one-node nginx did not start" >&2; exit 1; }

run() { # label port
  echo "== $1 (nginx on port $2), $CLIENTS clients, ${WARMUP} s warm-up, ${MEASURE} s measured"
  echo "before: $(uptime)"
  java PortalLoad.java "http://127.0.0.1:$2/tfkjy" "$ADMIN" "$work/ids" "$work/keywords" "$CLIENTS" "$WARMUP" "$MEASURE" \
    | tee "$work/$1.txt"
  echo "after:  $(uptime)"
}
run one-node "$ONE_NODE_PORT"
run two-nodes "$PORTAL_PORT"
one=$(sed -n 's/^all .*throughput=\([0-9.]*\).*/\1/p' "$work/one-node.txt")
two=$(sed -n 's/^all .*throughput=\([0-9.]*\).*/\1/p' "$work/two-nodes.txt")
echo "throughput two nodes / one node: $(echo "scale=2; $two / $one" | bc)"
