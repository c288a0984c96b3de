#!/usr/bin/env bash
# Matching quality on real Chinese paper data (bench/matching-eval/csl-items.tsv, from the CSL benchmark,
# Apache-2.0; see SOURCE.md there). Loads the 2,000 papers through the REST API as 所能 listings (title,
# abstract, author keywords, discipline code), then asks, for every paper, a 所需 made of its first keyword,
# its first two and all of them for its top 10 matches, and scores recall@1, recall@10, MRR@10 and
# same-discipline precision@10 — for the app and, in the same run, for a character-bigram BM25 baseline
# computed outside the app over the same papers. Figures per half: dev (tuning), test (held out), all.
# Then the same for long demands: each listing revised to its title, keywords and the second half of its
# abstract, each 所需 made of the first half.
#
#   bench/matching-quality.sh            uses a running system at $TFKJY_BASE_URL, or starts ./tianfu run
#                                        itself (then run it under the server lock:
#                                        flock /tmp/tianfu-server.lock bench/matching-quality.sh)
#
# The loaded supplies and the demands used for asking are closed at the end (also after a failure), so they stop
# matching.
# A system started here uses its own data folder (TFKJY_DATA_DIR, default ~/.tianfu-matching-bench).
set -euo pipefail
cd "$(dirname "$0")"
export TFKJY_DATA_DIR="${TFKJY_DATA_DIR:-$HOME/.tianfu-matching-bench}"
source ./import-common.sh
ITEMS="${ITEMS:-matching-eval/csl-items.tsv}"
work=$(mktemp -d)
launcher_pid=""
finish() {
  [ -z "$launcher_pid" ] || stop_launcher "$launcher_pid"
  rm -rf "$work"
}
trap finish EXIT

if ! curl -fs "$BASE_URL/api/health" >/dev/null 2>&1; then
  # The script signs in as admin over the API: a configured password is not held for a change at first sign-in.
  (cd .. && TFKJY_ADMIN_PASSWORD="${TFKJY_ADMIN_PASSWORD:-Tianfu@2026}" exec ./tianfu run > "$work/run.log" 2>&1) &
  launcher_pid=$!
  echo "started ./tianfu run (pid $launcher_pid, data $TFKJY_DATA_DIR); waiting for the system ..."
  await_up || { tail -30 "$work/run.log"; exit 1; }
fi
started=$(now)
python3 matching-eval/evaluate.py rest "$ITEMS" "$BASE_URL" "$ADMIN"
echo "total $(echo "$(now) - $started" | bc) s; $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; $(uname -srm)"
