#!/usr/bin/env bash
# Paging at 1,000,000 workers: loads N synthetic workers straight into the database of a running system
# (INSERT … SELECT from MariaDB's sequence engine, 100,000 rows per statement; no REST, no ID hashing in
# Java) and prints p50/p95 latency of the calls the 科技工作者 screen makes, through the same service via
# GET /api/v1/workers:
#   first page      name order, limit 20, with the exact total (what the screen does when it opens)
#   next, deep      limit 20 behind the worker at row 500,000 (after=<id>, total=false: keyset seek)
#   last page       fromEnd=true (the screen's "last" link and pages near the end)
#   filtered        name prefix 张 and city 成都市, with total
#   offset, deep    offset=500,000 (the old way, for comparison)
#
#   terminal 1:  ./tianfu run
#   terminal 2:  bench/worker-paging.sh [WORKERS] [RUNS]      (defaults 1,000,000 and 30)
#
# Loading is idempotent: bench workers have the title 基准测试数据 and hash keys from their number, so a
# second run only adds what is missing. Remove them with
#   DELETE FROM mem_worker WHERE title = '基准测试数据'
# Requests reuse one HTTP session (the first call signs in with HTTP Basic), so the numbers are the
# search, not PBKDF2 password checking; the script prints one Basic-on-every-call figure for reference.
set -euo pipefail
cd "$(dirname "$0")"
source ./import-common.sh
WORKERS="${1:-1000000}"
RUNS="${2:-30}"
CHUNK=100000
MARK='基准测试数据'

[ -x "$MARIADB" ] || { echo "MariaDB client not found at $MARIADB (start ./tianfu run once)" >&2; exit 2; }
curl -fs "$BASE_URL/api/health" >/dev/null || { echo "no system at $BASE_URL: start ./tianfu run first" >&2; exit 2; }
cities=$(sql "SELECT COUNT(*) FROM ref_city")
[ "$cities" -gt 0 ] || { echo "reference data (ref_city) not loaded yet: wait for the seeds" >&2; exit 2; }

have=$(sql "SELECT COUNT(*) FROM mem_worker WHERE title = '$MARK'")
echo "bench workers present: $have of $WORKERS"
t0=$(now)
from=$((have + 1))
while [ "$from" -le "$WORKERS" ]; do
  to=$((from + CHUNK - 1)); [ "$to" -le "$WORKERS" ] || to=$WORKERS
  # name: one of 100 common surnames + two of 40 given-name characters (160,000 distinct names, many
  # shared, as in real life); city: one of the cities of ref_city in turn
  sql "INSERT INTO mem_worker (name, id_hash, id_masked, mobile, city_code, title, created_at)
       SELECT CONCAT(
                ELT(1 + s.seq % 100, '王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗',
                    '郑','梁','谢','宋','唐','许','韩','冯','邓','曹','彭','曾','肖','田','董','袁','潘','于','蒋','蔡',
                    '余','杜','叶','程','苏','魏','吕','丁','任','沈','姚','卢','姜','崔','钟','谭','陆','汪','范','金',
                    '石','廖','贾','夏','韦','付','方','白','邹','孟','熊','秦','邱','江','尹','薛','闫','段','雷','侯',
                    '龙','史','陶','黎','贺','顾','毛','郝','龚','邵','万','钱','严','覃','武','戴','莫','孔','向','汤'),
                ELT(1 + (s.seq DIV 100) % 40, '伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀','霞','平',
                    '刚','桂','英','华','玉','兰','文','建','国','云','飞','鹏','辉','波','宇','欣','婷','雪','琳','晨'),
                ELT(1 + (s.seq DIV 4000) % 40, '川','蜀','成','都','天','府','科','技','云','峰','林','森','海','江','河','山','明','清','新','安',
                    '德','信','诚','和','泰','康','宁','远','博','智','慧','思','源','达','通','嘉','瑞','祥','福','乐')),
              SHA2(CONCAT('bench-worker-', s.seq), 256),
              '510104********0000',
              CONCAT('139', LPAD(s.seq % 100000000, 8, '0')),
              c.code, '$MARK', NOW(6)
       FROM seq_${from}_to_${to} s
       JOIN (SELECT code, ROW_NUMBER() OVER (ORDER BY sort_order, code) - 1 AS k FROM ref_city) c ON c.k = s.seq % $cities"
  echo "  loaded up to $to"
  from=$((to + 1))
done
t1=$(now)
total=$(sql "SELECT COUNT(*) FROM mem_worker")
awk -v a="$t0" -v b="$t1" -v n="$((WORKERS - have))" 'BEGIN { if (n > 0) printf "loaded %d workers in %.1f s (%.0f rows/s)\n", n, b - a, n / (b - a) }'
sql "ANALYZE TABLE mem_worker" >/dev/null
echo "mem_worker now holds $total rows"

deep_row=$(( total / 2 ))
anchor=$(sql "SELECT id FROM mem_worker ORDER BY name, id LIMIT 1 OFFSET $((deep_row - 1))")
echo "deep anchor: worker $anchor at row $deep_row"

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
curl -sS -u "$ADMIN" -c "$jar" -b "$jar" -o /dev/null "$BASE_URL/api/v1/workers?limit=1"

# measure NAME RUNS QUERY [basic]: prints p50 and p95 in milliseconds of RUNS calls after 3 warm-up calls
measure() {
  # with the session cookie the server skips the password check; Basic stays as a fallback
  local name="$1" runs="$2" query="$3" auth=(-u "$ADMIN" -b "$jar" -c "$jar")
  [ "${4:-}" = basic ] && auth=(-u "$ADMIN")
  for _ in 1 2 3; do curl -sS "${auth[@]}" -o /dev/null "$BASE_URL/api/v1/workers?$query"; done
  local code
  code=$(curl -sS "${auth[@]}" -o /dev/null -w '%{http_code}' "$BASE_URL/api/v1/workers?$query")
  [ "$code" = 200 ] || { echo "$name: HTTP $code for ?$query" >&2; exit 1; }
  for _ in $(seq 1 "$runs"); do
    curl -sS "${auth[@]}" -o /dev/null -w '%{time_total}\n' "$BASE_URL/api/v1/workers?$query"
  done | sort -n | awk -v name="$name" -v q="$query" '{ t[NR] = $1 * 1000 } END {
    p50 = t[int((NR + 1) / 2)]; i95 = int(NR * 0.95 + 0.999); if (i95 > NR) i95 = NR;
    printf "%-16s %8.1f %8.1f   %s\n", name, p50, t[i95], q }'
}

zhang=$(printf '张' | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g')
echo
printf "%-16s %8s %8s   %s\n" "call ($RUNS runs)" "p50 ms" "p95 ms" "query"
measure "first page" "$RUNS" "limit=20"
measure "next, deep" "$RUNS" "limit=20&after=$anchor&total=false"
measure "last page" "$RUNS" "limit=20&fromEnd=true&total=false"
measure "filtered" "$RUNS" "name=$zhang&city=510100&limit=20"
filtered_anchor=$(sql "SELECT id FROM mem_worker WHERE name LIKE '张%' AND city_code = '510100' ORDER BY name, id
                        LIMIT 1 OFFSET $(( $(sql "SELECT COUNT(*) FROM mem_worker WHERE name LIKE '张%' AND city_code = '510100'") / 2 ))")
measure "filtered, next" "$RUNS" "name=$zhang&city=510100&limit=20&after=$filtered_anchor&total=false"
measure "offset, deep" 5 "limit=20&offset=$deep_row&total=false"
measure "first, Basic" 10 "limit=20" basic
