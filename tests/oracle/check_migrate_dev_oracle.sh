#!/usr/bin/env bash
# The migrate dev differential test: for every pair under tests/golden/diff_oracle/<NNN>_<kind>/
# that holds Prisma's migrate dev answer (migrate_dev_init.sql and migrate_dev.sql, written by
# ask_prisma_migrate_dev.sh), a migrations folder holding migrate_dev_init.sql as its one
# migration 00000000000000_init and after.prisma as the schema, the command a user runs,
#   qdb dev db migrate --create-only --name change --accept-data-loss
# against a fresh database of its own (created by it, dropped after) applies the init migration,
# checks for drift, and must write migrations/<timestamp>_change/migration.sql byte for byte as
# Prisma's migrate_dev.sql, its `/* Warnings: ... */` block included.
# A pair where Prisma's file cannot run on PostgreSQL, or would be written again by every later
# migration (docs/diff.md, "Where qdb differs from Prisma"), may hold qdb_migrate_dev_deviation.sql,
# the SQL qdb writes instead (as `db diff --script` prints it); it is accepted for that pair only,
# after the warnings block, and reported as DEVIATION.
# Prints a unified diff per mismatch (- Prisma, + qdb) and closes with "N passed, N failed".
#
# Usage: check_migrate_dev_oracle.sh QDB_BINARY [--pairs DIR]
#   --pairs DIR: the pairs of DIR instead (a long run's folder, after ask_prisma_migrate_dev.sh).
#   Needs a PostgreSQL server whose role may create databases (a database per pair, and qdb's
#   temporary shadow databases): QDB_TEST_DATABASE_URL, else DATABASE_URL; and psql, to drop them.
# Exit codes: 0 all passed, 1 a mismatch, 2 usage, 77 skipped (no server, or no `db diff` command).
set -uo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: check_migrate_dev_oracle.sh QDB_BINARY [--pairs DIR]" >&2
  exit 2
fi
qdb="$(realpath "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$here/../golden/diff_oracle"
[[ "${2:-}" == "--pairs" ]] && corpus="${3:?--pairs needs a folder}"
url="${QDB_TEST_DATABASE_URL:-${DATABASE_URL:-}}"

if [[ -z "$url" ]]; then
  echo "check_migrate_dev_oracle: SKIPPED: set QDB_TEST_DATABASE_URL or DATABASE_URL (scripts/test.sh sets it)" >&2
  exit 77
fi
if ! "$qdb" dev db migrate --help 2>/dev/null | grep -q -- --create-only; then
  echo "check_migrate_dev_oracle: SKIPPED: this qdb's migrate has no --create-only" >&2
  exit 77
fi
if ! command -v psql >/dev/null 2>&1; then
  echo "check_migrate_dev_oracle: SKIPPED: psql is not installed" >&2
  exit 77
fi
source "$here/server_url.sh"

# One project folder for qdb to run in, so no qdb.toml or .env of the caller's is read.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/.git"
touch "$work/qdb.toml"

# The `/* Warnings: ... */` block at the top of a migrate dev file, or nothing.
warnings_part() {
  awk 'NR == 1 && $0 == "/*" { keeping = 1 }
       keeping { print }
       keeping && $0 == "*/" { exit }' "$1"
}

passed=0
failed=0
for pair in "$corpus"/*/; do
  pair="${pair%/}"
  [[ -f "$pair/migrate_dev.sql" && -f "$pair/migrate_dev_init.sql" ]] || continue
  name="$(basename "$pair")"
  rm -rf "$work/migrations" "$work/schema"
  mkdir -p "$work/migrations/00000000000000_init" "$work/schema"
  cp "$pair/migrate_dev_init.sql" "$work/migrations/00000000000000_init/migration.sql"
  printf 'provider = "postgresql"\n' >"$work/migrations/migration_lock.toml"
  cp "$pair/after.prisma" "$work/schema/schema.prisma"
  database="qdb_oracle_dev_$$_${name%%_*}"
  if ! (cd "$work" && DATABASE_URL="$(url_for "$database")" "$qdb" dev db migrate --create-only --name change --accept-data-loss \
        --skip-generate >"$work/stdout.txt" 2>"$work/stderr.txt"); then
    echo "FAIL $name: qdb failed:"
    cat "$work/stderr.txt"
    failed=$((failed + 1))
    psql -Xq "$url" -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null 2>&1
    continue
  fi
  psql -Xq "$url" -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null 2>&1
  written=("$work"/migrations/*_change/migration.sql)
  if [[ ${#written[@]} -ne 1 || ! -f "${written[0]}" ]]; then
    echo "FAIL $name: qdb wrote no migrations/<timestamp>_change/migration.sql:"
    cat "$work/stderr.txt"
    failed=$((failed + 1))
    continue
  fi
  if cmp -s "$pair/migrate_dev.sql" "${written[0]}"; then
    passed=$((passed + 1))
  elif [[ -f "$pair/qdb_migrate_dev_deviation.sql" ]] &&
       cmp -s <(warnings_part "$pair/migrate_dev.sql"; cat "$pair/qdb_migrate_dev_deviation.sql") \
              <(cat "${written[0]}"; echo); then
    # Prisma's file for this pair fails on PostgreSQL (docs/diff.md, "Where qdb differs from Prisma").
    echo "DEVIATION $name: qdb writes qdb_migrate_dev_deviation.sql, not Prisma's SQL (docs/diff.md)"
    passed=$((passed + 1))
  else
    echo "FAIL $name: qdb's file differs from Prisma's migrate dev file (- Prisma, + qdb)"
    diff -u --label "prisma/$name/migrate_dev.sql" --label "qdb" "$pair/migrate_dev.sql" "${written[0]}"
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
