#!/usr/bin/env bash
# The db pull round trip over the diff corpus: for every pair under tests/golden/diff_oracle/,
# the database after.prisma describes (qdb's `db diff --from-empty --script`, applied with psql
# to a fresh database of its own, dropped after) must diff to nothing against after.prisma
# (`db diff --from-url`: no change asked again), and is pulled with `qdb dev db pull -o`, and the
# pulled schema must validate and describe that database: `db diff --from-url` to it prints
# "No difference detected.". The pulled schema must also be, byte for byte, what Prisma 6.19.3
# pulled from the same database (tests/golden/pull_corpus/<pair>.prisma, written by
# ask_prisma_pull_corpus.sh), except for the pairs in `known` below, which must differ.
# Prints each failure and closes with "N passed, N failed".
#
# Usage: check_pull_round_trip.sh QDB_BINARY [--pairs DIR]
#   --pairs DIR: the pairs of DIR instead (a long run's folder), Prisma's pulls in
#   <pair>/prisma_pull.prisma (ask_prisma_pull_corpus.sh --pairs DIR).
#   Needs a PostgreSQL server whose role may create databases: QDB_TEST_DATABASE_URL, else
#   DATABASE_URL; and psql.
# Exit codes: 0 all passed, 1 a failure, 2 usage, 77 skipped (no server, no psql, or no `db pull`).
set -uo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: check_pull_round_trip.sh QDB_BINARY [--pairs DIR]" >&2
  exit 2
fi
qdb="$(realpath "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$here/../golden/diff_oracle"
url="${QDB_TEST_DATABASE_URL:-${DATABASE_URL:-}}"

if [[ -z "$url" ]]; then
  echo "check_pull_round_trip: SKIPPED: set QDB_TEST_DATABASE_URL or DATABASE_URL (scripts/test.sh sets it)" >&2
  exit 77
fi
if ! "$qdb" dev db pull --help >/dev/null 2>&1; then
  echo "check_pull_round_trip: SKIPPED: this qdb has no db pull" >&2
  exit 77
fi
if ! command -v psql >/dev/null 2>&1; then
  echo "check_pull_round_trip: SKIPPED: psql is not installed" >&2
  exit 77
fi
source "$here/server_url.sh"

# One project folder for qdb to run in, so no qdb.toml or .env of the caller's is read.
work="$(mktemp -d)"
db="qdb_pull_round_trip_$$"
cleanup() {
  psql "$url" -q -c "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/.git"

# Pairs where qdb differs from Prisma on purpose, and why (docs/pull.md, "Not done yet").
declare -A known=(
  [047_index_ops]="a B-tree index's operator class: qdb keeps it, Prisma drops it"
  [197_index_ops]="a B-tree index's operator class: qdb keeps it, Prisma drops it"
  [258_extensions]="the datasource's extensions: qdb keeps the list as written, the reference Prisma leaves it out"
  [259_empty_extensions]="the datasource's extensions: qdb keeps the list as written, the reference Prisma leaves it out"
)
pulled_corpus="$here/../golden/pull_corpus"
if [[ "${2:-}" == "--pairs" ]]; then
  corpus="${3:?--pairs needs a folder}"
  pulled_corpus=""
fi
# Where Prisma's pull of pair $1 is kept.
answer_for() { if [[ -n "$pulled_corpus" ]]; then echo "$pulled_corpus/$1.prisma"; else echo "$corpus/$1/prisma_pull.prisma"; fi; }

passed=0
failed=0
fail() {
  echo "FAIL $1: $2"
  failed=$((failed + 1))
}
for pair in "$corpus"/*/; do
  pair="${pair%/}"
  name="$(basename "$pair")"
  [[ -f "$pair/expected.sql" ]] || continue  # a pair Prisma rejected
  rm -rf "$work/schema" "$work/pulled" "$work/qdb.toml"
  mkdir -p "$work/schema"
  cp "$pair/after.prisma" "$work/schema/schema.prisma"
  psql "$url" -q -c "DROP DATABASE IF EXISTS \"$db\"" -c "CREATE DATABASE \"$db\"" >/dev/null 2>&1
  target="$(url_for "$db")"
  if ! (cd "$work" && "$qdb" dev db diff --from-empty --to-schema schema --script >"$work/init.sql" 2>"$work/err"); then
    fail "$name" "db diff --from-empty failed: $(head -c 300 "$work/err")"
    continue
  fi
  if ! psql "$target" -q -v ON_ERROR_STOP=1 -f "$work/init.sql" >/dev/null 2>"$work/err"; then
    fail "$name" "the schema's SQL does not apply: $(head -c 300 "$work/err")"
    continue
  fi
  # The database the schema's SQL made is the schema: diffed back to it, nothing is left (a
  # default the server keeps in other words than the schema's is no change).
  out="$(cd "$work" && DATABASE_URL="$target" "$qdb" dev db diff --from-url "$target" --to-schema schema 2>&1)"
  if [[ "$out" != "No difference detected." ]]; then
    fail "$name" "the database made from after.prisma still differs from it: $out"
    continue
  fi
  # The pulled schema keeps after.prisma's datasource (a multiSchema list among it).
  if ! (cd "$work" && DATABASE_URL="$target" "$qdb" dev db pull -o pulled/schema.prisma >/dev/null 2>"$work/err"); then
    fail "$name" "db pull failed: $(head -c 300 "$work/err")"
    continue
  fi
  answer="$(answer_for "$name")"
  if [[ -f "$answer" ]]; then
    if [[ -n "${known[$name]:-}" ]]; then
      if cmp -s "$answer" "$work/pulled/schema.prisma"; then
        fail "$name" "now matches Prisma's pull: remove it from \`known\` (${known[$name]})"
        continue
      fi
    elif ! diff -u "$answer" "$work/pulled/schema.prisma"; then
      fail "$name" "the pulled schema is not Prisma's (- Prisma, + qdb)"
      continue
    fi
  fi
  printf 'schema = "pulled/schema.prisma"\n' >"$work/qdb.toml"
  if ! (cd "$work" && DATABASE_URL="$target" "$qdb" dev db validate >/dev/null 2>"$work/err"); then
    fail "$name" "the pulled schema is not valid: $(head -c 600 "$work/err")"
    continue
  fi
  out="$(cd "$work" && DATABASE_URL="$target" "$qdb" dev db diff --from-url "$target" --to-schema pulled/schema.prisma 2>&1)"
  if [[ "$out" != "No difference detected." ]]; then
    fail "$name" "the pulled schema differs from the database: $out"
    continue
  fi
  passed=$((passed + 1))
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
