# Shared by the matching and portal benchmarks (sourced after import-common.sh): synthetic listings loaded the way
# the cities send theirs, and a wait for matching indexes to apply the whole outbox.

# load_bench_listings ROWS PREFIX: makes sure ROWS listings with external ids PREFIXn exist (synthetic Chinese
# listings, the generator of bench/matching.sh, owner 基准测试数据), importing one listings_*.csv through the inbox
# and the listing import job when fewer are there. Remove them with DELETE FROM listing WHERE external_id LIKE 'PREFIX%'.
load_bench_listings() {
  local rows="$1" prefix="$2" loaded work file t0 t1 exec_id result
  loaded=$(sql "SELECT COUNT(*) FROM listing WHERE external_id LIKE '$prefix%'")
  [ "$loaded" -ge "$rows" ] && return 0
  echo "writing $rows listings as a listing import file ..."
  # one Maven run, so the domain module resolves to its fresh classes in the reactor (nothing installed)
  (cd .. && mvn -B -q -o -pl ejb -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
     -Dmdep.includeScope=test)
  work=$(mktemp -d)
  file="$work/listings_bench-$(date +%Y%m%d-%H%M%S).csv"
  java -cp "../ejb/target/classes:../ejb/target/test-classes:$(cat ../ejb/target/cp.txt)" \
    cn.scast.tianfu.matching.BenchListingsCsv "$rows" "$file" "$prefix"
  echo "importing $(du -h "$file" | cut -f1) through the inbox ..."
  t0=$(now)
  exec_id=$(drop "$file")
  rm -rf "$work"
  [ -n "$exec_id" ] || { echo "the inbox did not start a job" >&2; return 1; }
  result=$(await_end "$exec_id")
  t1=$(now)
  case "$result" in *'"batchStatus":"COMPLETED"'*) ;; *) echo "import did not complete: $result" >&2; return 1 ;; esac
  echo "imported in $(echo "$t1 - $t0" | bc) s"
}

# await_indexes POSITION_FILE...: returns once every index's stored outbox position has reached the outbox head.
await_indexes() {
  local head_id t0 position file
  head_id=$(sql "SELECT COALESCE(MAX(id), 0) FROM listing_change")
  t0=$(now)
  for file in "$@"; do
    while true; do
      position=$(sed -n 's/^format=[0-9]* //p' "$file" 2>/dev/null || echo 0)
      [ "${position:-0}" -ge "$head_id" ] && break
      sleep 2
    done
  done
  echo "$# index(es) caught up with outbox position $head_id ($(echo "$(now) - $t0" | bc) s waited)"
}
