#!/usr/bin/env bash
# The migrate dev differential test: for every pair under tests/golden/diff_oracle/<NNN>_<kind>/
# that holds Prisma's migrate dev answer (migrate_dev_init.sql and migrate_dev.sql, written by
# ask_prisma_migrate_dev.sh), a migrations folder holding migrate_dev_init.sql as its one
# migration 00000000000000_init is replayed by
#   qdb dev db diff --from-migrations MIGRATIONS --to-schema after.prisma --script
# which must print migrate_dev.sql without its `/* Warnings: ... */` block (the warnings are
# compared by the unit test DiffOracleMigrateDev.*), followed by the line break the console adds.
# A pair where Prisma's file cannot run on PostgreSQL may hold qdb_migrate_dev_deviation.sql, the
# working SQL qdb prints instead; it is accepted for that pair only and reported as DEVIATION.
# Prints a unified diff per mismatch (- Prisma, + qdb) and closes with "N passed, N failed".
#
# Usage: check_migrate_dev_oracle.sh QDB_BINARY
#   Needs a PostgreSQL server whose role may create databases (qdb replays the migrations into a
#   temporary shadow database there): QDB_TEST_DATABASE_URL, else DATABASE_URL.
# Exit codes: 0 all passed, 1 a mismatch, 2 usage, 77 skipped (no server, or no `db diff` command).
set -uo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: check_migrate_dev_oracle.sh QDB_BINARY" >&2
  exit 2
fi
qdb="$(realpath "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$here/../golden/diff_oracle"
url="${QDB_TEST_DATABASE_URL:-${DATABASE_URL:-}}"

if [[ -z "$url" ]]; then
  echo "check_migrate_dev_oracle: SKIPPED: set QDB_TEST_DATABASE_URL or DATABASE_URL (scripts/test.sh sets it)" >&2
  exit 77
fi
if ! "$qdb" dev db diff --help >/dev/null 2>&1; then
  echo "check_migrate_dev_oracle: SKIPPED: this qdb has no 'db diff' command" >&2
  exit 77
fi

# One project folder for qdb to run in, so no qdb.toml or .env of the caller's is read.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/.git"
touch "$work/qdb.toml"

# migration.sql as migrate dev writes it, less the warnings block at its top, plus the line break
# that `db diff --script` prints after the script.
script_part() {
  awk 'NR == 1 && $0 == "/*" { skipping = 1 }
       !skipping { print }
       skipping && $0 == "*/" { skipping = 0 }' "$1"
}

passed=0
failed=0
for pair in "$corpus"/*/; do
  pair="${pair%/}"
  [[ -f "$pair/migrate_dev.sql" && -f "$pair/migrate_dev_init.sql" ]] || continue
  name="$(basename "$pair")"
  rm -rf "$work/migrations"
  mkdir -p "$work/migrations/00000000000000_init"
  cp "$pair/migrate_dev_init.sql" "$work/migrations/00000000000000_init/migration.sql"
  printf 'provider = "postgresql"\n' >"$work/migrations/migration_lock.toml"
  { script_part "$pair/migrate_dev.sql"; echo; } >"$work/expected.sql"
  if ! (cd "$work" && DATABASE_URL="$url" "$qdb" dev db diff --from-migrations migrations \
        --to-schema "$pair/after.prisma" --script >"$work/actual.sql" 2>"$work/stderr.txt"); then
    echo "FAIL $name: qdb failed:"
    cat "$work/stderr.txt"
    failed=$((failed + 1))
    continue
  fi
  if cmp -s "$work/expected.sql" "$work/actual.sql"; then
    passed=$((passed + 1))
  elif [[ -f "$pair/qdb_migrate_dev_deviation.sql" ]] && cmp -s "$pair/qdb_migrate_dev_deviation.sql" "$work/actual.sql"; then
    # Prisma's file for this pair fails on PostgreSQL (docs/diff.md, "Where qdb differs from Prisma").
    echo "DEVIATION $name: qdb writes qdb_migrate_dev_deviation.sql, not Prisma's SQL that cannot run"
    passed=$((passed + 1))
  else
    echo "FAIL $name: qdb's SQL differs from Prisma's migrate dev file (- Prisma, + qdb)"
    diff -u --label "prisma/$name/migrate_dev.sql" --label "qdb" "$work/expected.sql" "$work/actual.sql"
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
