#!/usr/bin/env bash
# Benchmark: the batch import (tabular reader, validation, reject report, JDBC batch upsert, XA chunk
# commits with checkpoints) against MariaDB's LOAD DATA LOCAL INFILE of the same file.
#
#   terminal 1:  ./tianfu run
#   terminal 2:  bench/import-vs-load-data.sh [ROWS]        (default 1,000,000)
#
# The file is a listing-like CSV (7 columns, Chinese text, quoted fields) imported through the inbox as
# kind "scratch" (job file-import, target scratch, 10,000 rows a chunk) into import_scratch; LOAD DATA loads the same
# file into the copy table import_scratch_load. Prints rows/s for both and the ratio.
set -euo pipefail
cd "$(dirname "$0")"
source ./import-common.sh
ROWS="${1:-1000000}"

[ -x "$MARIADB" ] || { echo "MariaDB client not found at $MARIADB (start ./tianfu run once)" >&2; exit 2; }
curl -fs "$BASE_URL/api/health" >/dev/null || { echo "no system at $BASE_URL: start ./tianfu run first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
base=$(( 1000000000000 + ($(date +%s) % 100000) * 10000000 ))
file="$work/scratch_bench-$(date +%Y%m%d-%H%M%S).csv"
echo "generating $ROWS rows ..."
generate "$file" "$ROWS" "$base" 0
cp "$file" "$work/load.csv"
echo "file: $(du -h "$file" | cut -f1), $(($(wc -l < "$file") - 1)) data rows"

echo "batch import (scratch_ file through the inbox, job file-import) ..."
t0=$(now)
exec_id=$(drop "$file")
[ -n "$exec_id" ] || { echo "the inbox did not start a job" >&2; exit 1; }
result=$(await_end "$exec_id")
t1=$(now)
echo "$result"
case "$result" in *'"batchStatus":"COMPLETED"'*) ;; *) echo "import did not complete" >&2; exit 1 ;; esac
imported=$(sql "SELECT COUNT(*) FROM import_scratch WHERE id BETWEEN $((base + 1)) AND $((base + ROWS))")

echo "LOAD DATA LOCAL INFILE into import_scratch_load ..."
sql "CREATE TABLE IF NOT EXISTS import_scratch_load LIKE import_scratch; TRUNCATE TABLE import_scratch_load;"
t2=$(now)
sql "LOAD DATA LOCAL INFILE '$work/load.csv' INTO TABLE import_scratch_load CHARACTER SET utf8mb4
     FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\n' IGNORE 1 LINES
     (id, code, title, city_code, amount, contact, description) SET line_number = 0"
t3=$(now)
loaded=$(sql "SELECT COUNT(*) FROM import_scratch_load")

# The job's own start and end as the job repository has them (whole seconds), without the inbox pick-up
# (fingerprint of the file, move, job start) that the first figure includes.
stamp() { echo "$result" | grep -o "\"$1\":\"[^\"]*\"" | cut -d'"' -f4; }
job_start=$(date -d "$(stamp startTime)" +%s)
job_end=$(date -d "$(stamp endTime)" +%s)

awk -v rows="$ROWS" -v imp="$imported" -v ld="$loaded" -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" \
    -v js="$job_start" -v je="$job_end" 'BEGIN {
  ti = b - a; tl = d - c; tj = je - js;
  printf "\n%-44s %10s %10s %12s %8s\n", "", "rows", "seconds", "rows/s", "ratio";
  printf "%-44s %10d %10.1f %12.0f %8.2f\n", "batch job, file dropped to job ended", imp, ti, imp / ti, (imp / ti) / (ld / tl);
  if (tj > 0)
    printf "%-44s %10d %10d %12.0f %8.2f\n", "batch job, job start to end (repository, s)", imp, tj, imp / tj, (imp / tj) / (ld / tl);
  printf "%-44s %10d %10.1f %12.0f %8.2f\n", "LOAD DATA LOCAL INFILE", ld, tl, ld / tl, 1;
  printf "LOAD DATA is %.1f× faster (batch job takes %.1f× the time, file dropped to job ended)\n", (ld / tl) / (imp / ti), ti / tl;
}'
[ "$imported" -eq "$ROWS" ] && [ "$loaded" -eq "$ROWS" ] || { echo "row counts differ from $ROWS" >&2; exit 1; }
