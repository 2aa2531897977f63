#!/usr/bin/env bash
# `qdb dev db migrate` (the dev loop) on a project of N small migrations (bench/migrations_gen.py),
# all applied, against floors timed in the same run (paired rounds, bench/common.sh), on a server
# with PostgreSQL's default durability, over its unix socket:
#   no change, cold   `dev db migrate --no-cache` (a temporary shadow database, every applied
#                     migration replayed, both databases inspected) against psql replaying the
#                     same files into a fresh database (created before each run, untimed).
#                     Target: <= 1.2x.
#   no change, warm   `dev db migrate` with the replay cache filled against `psql -c 'select 1'`.
#                     Target: <= 3x.
#   one field, warm   `dev db migrate --create-only --name bench` after one new optional field in
#                     the schema, until the file is written (the folder is removed before each
#                     run, untimed), against `psql -c 'select 1'`. Target: <= 5x.
# Types are not generated in the timed runs (--skip-generate): the figures are the loop's own.
# Usage: bash bench/dev_migrate.sh [N]   (default N=400; ROUNDS=n paired rounds of 7 runs, default 6;
#        BASELINE=path/to/other/qdb also compares the two binaries' cold runs, alternating)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-400}
bench_server
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/qdb-bench-dev.XXXXXX")
cd "$BENCH_WORK"
mkdir -p .git schema
python3 "$QDB_ROOT/bench/migrations_gen.py" "$N" "$BENCH_WORK"
mv schema.prisma schema/schema.prisma
export DATABASE_URL
DATABASE_URL=$(bench_db dev_target)
floor_url=$(bench_db dev_floor)

"$QDB" dev db migrate --skip-generate >/dev/null 2>&1 ||
  die "the first migrate failed: $("$QDB" dev db migrate --skip-generate 2>&1 | tail -n 5)"
second=$("$QDB" -v dev db migrate --skip-generate 2>&1) || die "the second migrate failed: $second"
grep -q 'Already in sync' <<<"$second" || die "the generated schema and migrations are not in sync: $second"
grep -q 'Replay cache hit' <<<"$second" || die "the second migrate did not hit the replay cache: $second"

files=()
for f in migrations/*/migration.sql; do files+=(-f "$f"); done
recreate=("$PSQL" -Xq "$BENCH_ADMIN_URL" -c 'DROP DATABASE IF EXISTS dev_floor WITH (FORCE)' -c 'CREATE DATABASE dev_floor')
PAIRED_SETUP="$(printf '%q ' "${recreate[@]}")"
psql_replay=("$PSQL" -Xq -v ON_ERROR_STOP=1 "$floor_url" "${files[@]}")
cold=("$QDB" dev db migrate --skip-generate --no-cache)
read -r t_psql_replay t_cold < <(paired_medians_ms psql_replay cold)
if [ -n "$BASELINE" ]; then
  base_cold=("$BASELINE" dev db migrate --skip-generate --no-cache)
  baseline_line=$(baseline_row "no change, cold ($N migrations)" base_cold cold)
fi

PAIRED_SETUP=""
psql_select=("$PSQL" -Xq "$floor_url" -c 'select 1')
warm=("$QDB" dev db migrate --skip-generate)
read -r t_select t_warm < <(paired_medians_ms psql_select warm)

# One new optional field in the first model; each run writes migrations/<ts>_bench, removed before the next.
python3 - schema/schema.prisma <<'PY'
import sys
path = sys.argv[1]
text = open(path).read()
at = text.index("\n}\n", text.index("model Item0 {"))
open(path, "w").write(text[:at] + "\n  benchNote String?" + text[at:])
PY
cat > remove_bench_migration.sh <<'SH'
#!/bin/sh
rm -rf migrations/*_bench
SH
chmod +x remove_bench_migration.sh
"$QDB" dev db migrate --skip-generate --create-only --name bench >/dev/null 2>&1 || die "the one-field migrate failed"
[ "$(cat migrations/*_bench/migration.sql)" = "$(printf -- '-- AlterTable\nALTER TABLE "Item0" ADD COLUMN     "benchNote" TEXT;')" ] ||
  die "unexpected migration: $(cat migrations/*_bench/migration.sql)"
PAIRED_SETUP="$BENCH_WORK/remove_bench_migration.sh"
change=("$QDB" dev db migrate --skip-generate --create-only --name bench)
read -r t_select2 t_change < <(paired_medians_ms psql_select change)

printf '\nproject: %d migrations, all applied; medians of %d paired rounds\n' "$N" "${ROUNDS:-6}"
printf '%-64s %9s\n' "psql: every migration.sql into a fresh database (-f each)" "$t_psql_replay"
printf '%-64s %9s\n' "qdb dev db migrate --no-cache (no change, cold: shadow, replay)" "$t_cold"
printf '%-64s %9s   (target <= 1.20)\n' "ratio cold / psql replay" "$(ratio "$t_cold" "$t_psql_replay")"
printf '%-64s %9s\n' "psql -c 'select 1'" "$t_select"
printf '%-64s %9s\n' "qdb dev db migrate (no change, warm: replay cache hit)" "$t_warm"
printf '%-64s %9s   (target <= 3.00)\n' "ratio warm / psql select 1" "$(ratio "$t_warm" "$t_select")"
printf '%-64s %9s\n' "psql -c 'select 1' (paired with the next)" "$t_select2"
printf '%-64s %9s\n' "qdb dev db migrate --create-only (one new field, warm)" "$t_change"
printf '%-64s %9s   (target <= 5.00)\n' "ratio one field / psql select 1" "$(ratio "$t_change" "$t_select2")"
if [ -n "$BASELINE" ]; then
  printf '\n%-44s %10s %10s %7s\n' "BASELINE=$BASELINE (median wall time)" "base ms" "qdb ms" "ratio"
  printf '%s\n' "$baseline_line"
fi
