#!/usr/bin/env bash
# A deploy to a distant server: qdb and psql reach a server with PostgreSQL's default durability
# through bench/delay_proxy.py, which delays each direction by DELAY_MS (default 5: a 10 ms round
# trip, as a managed database in another zone), and the two are compared in the same run:
#   1. apply N generated migrations (default 100) to an empty database  vs  psql -1 -f of the
#      same files (one transaction, psql sends each statement on its own)
#   2. no-op migrate with the N applied                                  vs  psql -c 'select 1'
# Both log in over TCP with a password (SCRAM), as to a managed server. The applies alternate,
# each into a fresh database made untimed; the no-op runs are timed by hyperfine in alternating
# rounds (bench/common.sh).
# Usage: bash bench/distant.sh [N]   (DELAY_MS=n one-way delay, default 5; REPEAT_APPLY=n, default 5;
#        ROUNDS=n for the no-op, default 6; BASELINE=path/to/other/qdb also compares two binaries)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-100}
DELAY_MS=${DELAY_MS:-5}

bench_server
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/qdb-bench-distant.XXXXXX")
mkdir -p "$BENCH_WORK/project/migrations" "$BENCH_WORK/project/.git"
printf 'provider = "postgresql"\n' > "$BENCH_WORK/project/migrations/migration_lock.toml"
files=()
for ((i = 1; i <= N; i++)); do
  name=$(printf '%014d_step_%d' "$i" "$i")
  mkdir -p "$BENCH_WORK/project/migrations/$name"
  printf '%s' "CREATE TABLE \"t_$i\" (\"id\" SERIAL NOT NULL, \"name\" TEXT NOT NULL, CONSTRAINT \"t_${i}_pkey\" PRIMARY KEY (\"id\"));
CREATE INDEX \"t_${i}_name_idx\" ON \"t_$i\"(\"name\");
" > "$BENCH_WORK/project/migrations/$name/migration.sql"
  files+=(-f "$BENCH_WORK/project/migrations/$name/migration.sql")
done
cd "$BENCH_WORK/project"

proxy_port=$((PG_PORT + 1000))
python3 "$QDB_ROOT/bench/delay_proxy.py" "$proxy_port" "$PG_PORT" "$DELAY_MS" > "$BENCH_WORK/proxy.out" &
proxy_pid=$!
trap 'kill "$proxy_pid" 2>/dev/null; stop_throwaway_postgres; rm -rf "$BENCH_PG_DIR" "$BENCH_WORK"' EXIT
for _ in $(seq 50); do grep -q ready "$BENCH_WORK/proxy.out" 2>/dev/null && break; sleep 0.1; done
grep -q ready "$BENCH_WORK/proxy.out" || die "the delay proxy did not start"
distant_url() { echo "postgresql://postgres:$PG_PASSWORD@127.0.0.1:$proxy_port/$1"; }
log "through a proxy that delays each direction by $DELAY_MS ms"

# 1. Applying N migrations, alternating, each into a fresh database.
psql_times=() qdb_times=() base_times=()
time_ms() { local start end; start=$(now_ns); "$@" >/dev/null; end=$(now_ns); echo $(( (end - start) / 1000 )) | awk '{printf "%.1f", $1 / 1000}'; }
for ((i = 0; i < ${REPEAT_APPLY:-5}; i++)); do
  bench_db distant_psql >/dev/null
  psql_times+=("$(time_ms "$PSQL" -q -X -v ON_ERROR_STOP=1 -1 "${files[@]}" "$(distant_url distant_psql)")")
  bench_db distant_qdb >/dev/null
  qdb_times+=("$(time_ms "$QDB" prod db migrate -q --url "$(distant_url distant_qdb)")")
  if [ -n "$BASELINE" ]; then
    bench_db distant_base >/dev/null
    base_times+=("$(time_ms "$BASELINE" prod db migrate -q --url "$(distant_url distant_base)")")
  fi
done
applied=$("$PSQL" -XAt "$(distant_url distant_qdb)" -c 'select count(*) from _prisma_migrations where finished_at is not null')
[ "$applied" = "$N" ] || die "qdb recorded $applied of $N migrations"
floor_apply=$(median_of "${psql_times[@]}")
qdb_apply=$(median_of "${qdb_times[@]}")

# 2. No-op migrate with the N applied.
select_one=("$PSQL" -X -q -c 'select 1' "$(distant_url distant_qdb)")
noop=("$QDB" prod db migrate -q --url "$(distant_url distant_qdb)")
read -r floor_noop qdb_noop < <(paired_medians_ms select_one noop)

printf '\nround trip %d ms (one-way delay %d ms), server durability: fsync on\n' $((2 * DELAY_MS)) "$DELAY_MS"
printf '%-44s %10s %10s %7s %7s\n' "benchmark (median wall time)" "qdb ms" "floor ms" "ratio" "target"
printf '%-44s %10s %10s %7s %7s\n' "apply $N migrations vs psql -1 -f" "$qdb_apply" "$floor_apply" "$(ratio "$qdb_apply" "$floor_apply")" "0.25"
printf '%-44s %10s %10s %7s %7s\n' "no-op migrate ($N applied) vs psql select 1" "$qdb_noop" "$floor_noop" "$(ratio "$qdb_noop" "$floor_noop")" "1.10"
if [ -n "$BASELINE" ]; then
  base_apply=$(median_of "${base_times[@]}")
  printf '\n%-44s %10s %10s %7s\n' "BASELINE=$BASELINE (median wall time)" "base ms" "qdb ms" "ratio"
  printf '%-44s %10s %10s %7s\n' "apply $N migrations" "$base_apply" "$qdb_apply" "$(ratio "$qdb_apply" "$base_apply")"
  base_noop=("$BASELINE" prod db migrate -q --url "$(distant_url distant_qdb)")
  baseline_row "no-op migrate ($N applied)" base_noop noop
fi
