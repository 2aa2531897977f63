#!/usr/bin/env bash
# Compares qdb with psql on the same SQL, in the same run, and prints ratios:
#   1. apply N migrations to an empty database   vs  psql -1 -f <all files concatenated>  (target <= 1.0x)
#   2. no-op migrate with N applied               vs  psql -c 'select 1'                   (target <= 1.3x)
#   3. qdb --help                                 vs  psql --version                       (target <= 1.5x)
#      and qdb --help's peak RSS                                                           (target <= 12 MiB)
# Short runs (2 and 3) are timed by hyperfine -N in alternating rounds (bench/common.sh); the
# long applies (1) alternate too, each against fresh databases.
# Usage: bash bench/migrate.sh [N]   (default N=1000; BASELINE=path/to/other/qdb also compares the
#        two binaries on the whole commands, alternating)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-1000}

bench_server
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/qdb-bench.XXXXXX")
mkdir -p "$BENCH_WORK/project/migrations" "$BENCH_WORK/project/.git"
printf 'provider = "postgresql"\n' > "$BENCH_WORK/project/migrations/migration_lock.toml"
: > "$BENCH_WORK/all.sql"
for ((i = 1; i <= N; i++)); do
  name=$(printf '%014d_step_%d' "$i" "$i")
  mkdir -p "$BENCH_WORK/project/migrations/$name"
  sql="CREATE TABLE \"t_$i\" (\"id\" SERIAL NOT NULL, \"name\" TEXT NOT NULL, CONSTRAINT \"t_${i}_pkey\" PRIMARY KEY (\"id\"));
CREATE INDEX \"t_${i}_name_idx\" ON \"t_$i\"(\"name\");
"
  printf '%s' "$sql" > "$BENCH_WORK/project/migrations/$name/migration.sql"
  printf '%s' "$sql" >> "$BENCH_WORK/all.sql"
done
cd "$BENCH_WORK/project"

# 1. Applying N migrations: every round uses fresh databases for both.
# The machine's speed drifts from minute to minute, so the two are timed alternately.
psql_times=() qdb_times=() base_times=()
for ((i = 0; i < ${REPEAT_APPLY:-5}; i++)); do
  url=$(bench_db bench_psql); start=$(now_ns)
  psql -q -X -v ON_ERROR_STOP=1 -1 -f "$BENCH_WORK/all.sql" "$url" >/dev/null; end=$(now_ns)
  psql_times+=("$(( (end - start) / 1000000 )).$(printf '%03d' $(( (end - start) / 1000 % 1000 )))")
  url=$(bench_db bench_qdb); start=$(now_ns)
  "$QDB" prod db migrate -q --url "$url" >/dev/null; end=$(now_ns)
  qdb_times+=("$(( (end - start) / 1000000 )).$(printf '%03d' $(( (end - start) / 1000 % 1000 )))")
  if [ -n "$BASELINE" ]; then
    url=$(bench_db bench_base); start=$(now_ns)
    "$BASELINE" prod db migrate -q --url "$url" >/dev/null; end=$(now_ns)
    base_times+=("$(( (end - start) / 1000000 )).$(printf '%03d' $(( (end - start) / 1000 % 1000 )))")
  fi
done
floor_apply=$(median_of "${psql_times[@]}")
qdb_apply=$(median_of "${qdb_times[@]}")
applied=$(psql -X -At "$(echo "$BENCH_ADMIN_URL" | sed 's|/postgres?|/bench_qdb?|')" -c 'select count(*) from _prisma_migrations where finished_at is not null')
[ "$applied" = "$N" ] || die "qdb recorded $applied of $N migrations"

# 2. No-op migrate with N applied.
NOOP_URL=$(echo "$BENCH_ADMIN_URL" | sed 's|/postgres?|/bench_qdb?|')
select_one=("$PSQL" -X -q -c 'select 1' "$NOOP_URL")
noop=("$QDB" prod db migrate -q --url "$NOOP_URL")
read -r floor_noop qdb_noop < <(paired_medians_ms select_one noop)

# 2b. The same with a small project (the built-in migrations of this repository).
SMALL_URL=$(bench_db bench_small)
( cd "$QDB_ROOT" && "$QDB" prod db migrate -q --url "$SMALL_URL" )
noop_small=("$QDB" prod db migrate -q --url "$SMALL_URL")
read -r floor_noop_small qdb_noop_small < <(cd "$QDB_ROOT" && paired_medians_ms select_one noop_small)

# 3. --help and its memory.
psql_version=("$PSQL" --version)
qdb_help_command=("$QDB" --help)
read -r floor_help qdb_help < <(paired_medians_ms psql_version qdb_help_command)
rss=$(peak_rss_kib "$QDB" --help)

printf '\n%-44s %10s %10s %7s %7s\n' "benchmark (median wall time)" "qdb ms" "floor ms" "ratio" "target"
printf '%-44s %10s %10s %7s %7s\n' "apply $N migrations vs psql -1 -f" "$qdb_apply" "$floor_apply" "$(ratio "$qdb_apply" "$floor_apply")" "1.00"
printf '%-44s %10s %10s %7s %7s\n' "no-op migrate ($N applied) vs psql select 1" "$qdb_noop" "$floor_noop" "$(ratio "$qdb_noop" "$floor_noop")" "1.30"
printf '%-44s %10s %10s %7s %7s\n' "no-op migrate (2 applied) vs psql select 1" "$qdb_noop_small" "$floor_noop_small" "$(ratio "$qdb_noop_small" "$floor_noop_small")" "1.30"
printf '%-44s %10s %10s %7s %7s\n' "qdb --help vs psql --version" "$qdb_help" "$floor_help" "$(ratio "$qdb_help" "$floor_help")" "1.50"
printf '%-44s %10s\n' "qdb --help peak RSS (KiB; target 12288)" "$rss"

if [ -n "$BASELINE" ]; then
  printf '\n%-44s %10s %10s %7s\n' "BASELINE=$BASELINE (median wall time)" "base ms" "qdb ms" "ratio"
  base_apply=$(median_of "${base_times[@]}")
  printf '%-44s %10s %10s %7s\n' "apply $N migrations (fresh databases)" "$base_apply" "$qdb_apply" "$(ratio "$qdb_apply" "$base_apply")"
  base_noop=("$BASELINE" prod db migrate -q --url "$NOOP_URL")
  baseline_row "no-op migrate ($N applied)" base_noop noop
  base_noop_small=("$BASELINE" prod db migrate -q --url "$SMALL_URL")
  (cd "$QDB_ROOT" && baseline_row "no-op migrate (2 applied)" base_noop_small noop_small)
  base_status=("$BASELINE" prod db status -q --url "$NOOP_URL")
  status=("$QDB" prod db status -q --url "$NOOP_URL")
  baseline_row "status ($N applied)" base_status status
  base_help=("$BASELINE" --help)
  baseline_row "qdb --help" base_help qdb_help_command
fi
