#!/usr/bin/env bash
# The diff differential test: for every pair under tests/golden/diff_oracle/<NNN>_<kind>/,
#   qdb dev db diff --from-schema before.prisma --to-schema after.prisma --script
# (--from-empty when the pair has no before.prisma) must print Prisma 6.19.3's expected.sql byte
# for byte. Prints a unified diff per mismatch (expected first) and closes with
# "N passed, N failed". Needs no database and no Node: the expected outputs are stored.
#
# Usage:
#   check_diff_oracle.sh QDB_BINARY               the stored corpus (CI)
#   check_diff_oracle.sh QDB_BINARY --live N      N fresh random pairs: asks Prisma for each
#       (needs the reference Prisma and DATABASE_URL, see tests/oracle/README.md), then compares
#       qdb with it; the pairs are kept in a temporary folder that is printed at the end.
#       QDB_ORACLE_MIX=K makes each pair 2 to K changes at once (gen_diff_pairs.py --mix).
#   check_diff_oracle.sh QDB_BINARY --pairs DIR   the pairs of DIR that hold expected.sql (a long
#       run's folder, compared again after a fix)
# Exit codes: 0 all passed, 1 a mismatch, 2 usage, 77 skipped (qdb has no `db diff` command yet).
set -uo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: check_diff_oracle.sh QDB_BINARY [--live N | --pairs DIR]" >&2
  exit 2
fi
qdb="$(realpath "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$here/../golden/diff_oracle"

if ! "$qdb" dev db diff --help >/dev/null 2>&1; then
  echo "check_diff_oracle: SKIPPED: this qdb has no 'db diff' command" >&2
  exit 77
fi

if [[ "${2:-}" == "--pairs" ]]; then
  corpus="${3:?--pairs needs a folder}"
elif [[ "${2:-}" == "--live" ]]; then
  count="${3:?--live needs a number of pairs}"
  corpus="$(mktemp -d)"
  python3 "$here/gen_diff_pairs.py" "$corpus" --random "$count" --seed "${QDB_ORACLE_SEED:-$RANDOM}" \
    --mix "${QDB_ORACLE_MIX:-0}" || exit 2
  # A pair Prisma rejects has no expected.sql and is left out below.
  "$here/ask_prisma_diff.sh" "$corpus"/*/ || echo "check_diff_oracle: Prisma rejected some pairs (skipped)" >&2
fi

# One project folder for qdb to run in, so no qdb.toml or .env of the caller's is read.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/.git"
touch "$work/qdb.toml"

passed=0
failed=0
for pair in "$corpus"/*/; do
  pair="${pair%/}"
  [[ -f "$pair/expected.sql" ]] || continue
  if [[ -f "$pair/before.prisma" ]]; then
    from=(--from-schema "$pair/before.prisma")
  else
    from=(--from-empty)
  fi
  if ! (cd "$work" && env -u DATABASE_URL "$qdb" dev db diff "${from[@]}" --to-schema "$pair/after.prisma" \
        --script >"$work/actual.sql" 2>"$work/stderr.txt"); then
    echo "FAIL $(basename "$pair"): qdb failed:" >&2
    cat "$work/stderr.txt" >&2
    failed=$((failed + 1))
    continue
  fi
  if cmp -s "$pair/expected.sql" "$work/actual.sql"; then
    passed=$((passed + 1))
  elif [[ -f "$pair/qdb_deviation.sql" ]] && cmp -s "$pair/qdb_deviation.sql" "$work/actual.sql"; then
    # Prisma's SQL for this pair fails on PostgreSQL; qdb_deviation.sql is the working SQL qdb
    # writes instead (docs/diff.md, "Where qdb differs from Prisma").
    echo "DEVIATION $(basename "$pair"): qdb writes qdb_deviation.sql, not Prisma's SQL that cannot run"
    passed=$((passed + 1))
  else
    echo "FAIL $(basename "$pair"): qdb's SQL differs from Prisma's (- Prisma, + qdb)"
    diff -u --label "prisma/$(basename "$pair")/expected.sql" --label "qdb" "$pair/expected.sql" "$work/actual.sql"
    failed=$((failed + 1))
  fi
done
[[ "${2:-}" == "--live" ]] && echo "check_diff_oracle: the live pairs are in $corpus"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
