#!/usr/bin/env bash
# Applies two sets of Flyway migrations to two empty schemas of one MariaDB and compares what they leave behind:
# SHOW CREATE TABLE of every table (AUTO_INCREMENT counters left out), triggers, views, routines and the rows of
# every table. Used to prove that squashed baselines create the same schema as the history they replace.
#
#   tools/compare-schemas.sh OLD NEW
#
# OLD and NEW are migration folders or git revisions (then their ejb/src/main/resources/db/migration is used), e.g.
#   tools/compare-schemas.sh 109bbf6 ejb/src/main/resources/db/migration
# MARIADB is the client command line of a throwaway server (default: mariadb -uroot -h127.0.0.1 -P33399); the
# schemas cmp_old and cmp_new are dropped and created again. Exits 0 when both sides are identical.
set -euo pipefail

MARIADB=${MARIADB:-"mariadb --skip-ssl -uroot -h127.0.0.1 -P33399"}
MIGRATIONS=ejb/src/main/resources/db/migration
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A folder as it is, or the migrations folder of a git revision.
scripts_of() {
    local source=$1 target=$2
    mkdir -p "$target"
    if [[ -d $source ]]; then
        cp "$source"/V*.sql "$target"/
    else
        git archive "$source" "$MIGRATIONS" | tar -x -C "$work" --strip-components=5
        mv "$work"/migration/V*.sql "$target"/ && rmdir "$work"/migration
    fi
}

# Flyway order: by the number after V (V2 before V10), as SchemaMigration applies them.
apply() {
    local schema=$1 folder=$2 script
    $MARIADB -e "DROP DATABASE IF EXISTS $schema; CREATE DATABASE $schema CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    for script in $(ls "$folder" | sort -t_ -k1.2 -n); do
        $MARIADB "$schema" < "$folder/$script" || { echo "failed: $script" >&2; exit 2; }
    done
}

# One client call per schema: the client starts slowly, and a call per table took minutes.
describe() {
    local schema=$1
    $MARIADB -N -e "SELECT CONCAT('SELECT ''== table ', table_name, ''';',
                                  ' SHOW CREATE TABLE $schema.', table_name, ';',
                                  ' SELECT * FROM $schema.', table_name, ' ORDER BY 1;')
                    FROM information_schema.tables
                    WHERE table_schema = '$schema' AND table_type = 'BASE TABLE' ORDER BY table_name" > "$work/$schema.sql"
    cat >> "$work/$schema.sql" <<SQL
SELECT '== triggers';
SELECT trigger_name, event_manipulation, event_object_table, action_timing, action_order, action_statement,
       sql_mode, character_set_client, collation_connection
FROM information_schema.triggers WHERE trigger_schema = '$schema' ORDER BY trigger_name;
SELECT '== views';
SELECT table_name, REPLACE(view_definition, '\`$schema\`.', '')
FROM information_schema.views WHERE table_schema = '$schema' ORDER BY table_name;
SELECT '== routines';
SELECT routine_type, routine_name, routine_definition
FROM information_schema.routines WHERE routine_schema = '$schema' ORDER BY routine_name;
SQL
    $MARIADB -N -r < "$work/$schema.sql" | sed -E 's/ AUTO_INCREMENT=[0-9]+//'
}

scripts_of "$1" "$work/old"
scripts_of "$2" "$work/new"
apply cmp_old "$work/old"
apply cmp_new "$work/new"
describe cmp_old > "$work/old.txt"
describe cmp_new > "$work/new.txt"
echo "$(grep -c '^== table' "$work/old.txt") tables from $(ls "$work/old" | wc -l) old scripts," \
     "$(grep -c '^== table' "$work/new.txt") tables from $(ls "$work/new" | wc -l) new scripts"
if diff -u "$work/old.txt" "$work/new.txt"; then
    echo "identical"
else
    exit 1
fi
