#!/usr/bin/env bash
# The replay cache on a project of N small migrations (bench/migrations_gen.py: create table, add
# column, add index, add unique column, create enum, add foreign key):
#   cold  `qdb dev db diff --from-migrations --to-schema schema.prisma --no-cache` (temporary shadow
#         database, every migration replayed, the catalog read, the database dropped) against psql
#         replaying the same files into a fresh database (one session, `-f` for each file; the
#         database is made before each run, untimed). Target: cold <= 1.2x psql. Also against
#         psql with that database's creation and drop timed too, as qdb's cold run has them.
#   warm  the same diff with the cache filled (no shadow database) against `psql -c 'select 1'`.
#         Target: warm <= 3x psql select 1.
# Both pairs are timed in alternating rounds (bench/common.sh), on a server with PostgreSQL's
# default durability, over its unix socket.
# Usage: bash bench/replay_cache.sh [N]   (default N=400; ROUNDS=n paired rounds of 7 runs, default 6)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-400}
bench_server
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/qdb-bench-replay.XXXXXX")
cd "$BENCH_WORK"
python3 "$QDB_ROOT/bench/migrations_gen.py" "$N" "$BENCH_WORK"
printf 'schema = "schema.prisma"\nmigrations = "migrations"\n' > qdb.toml
export DATABASE_URL
DATABASE_URL=$(bench_db replay_target)
floor_url=$(bench_db replay_floor)

"$QDB" dev db validate >/dev/null 2>&1 || die "the generated schema does not validate: $("$QDB" dev db validate 2>&1 | head -n 5)"
"$QDB" dev db diff --from-migrations --to-schema schema.prisma --script > diff.sql 2>/dev/null ||
  die "diff failed: $("$QDB" dev db diff --from-migrations --to-schema schema.prisma 2>&1 | tail -n 5)"
steps=$(grep -c '^-- [A-Z][A-Za-z]*$' diff.sql || true)
"$QDB" -v dev db diff --from-migrations --to-schema schema.prisma 2>&1 >/dev/null | grep -q 'Replay cache hit' ||
  die "the second diff did not hit the replay cache"

files=()
for f in migrations/*/migration.sql; do files+=(-f "$f"); done
# Before every run of either command: a fresh floor database and a checkpoint, so that each run
# starts with no dirty pages of the other's (a DROP DATABASE waits for a checkpoint that writes them).
recreate=("$PSQL" -Xq "$BENCH_ADMIN_URL" -c 'DROP DATABASE IF EXISTS replay_floor WITH (FORCE)'
          -c 'CREATE DATABASE replay_floor' -c 'CHECKPOINT')
PAIRED_SETUP="$(printf '%q ' "${recreate[@]}")"
psql_replay=("$PSQL" -Xq -v ON_ERROR_STOP=1 "$floor_url" "${files[@]}")
cold=("$QDB" dev db diff --from-migrations --to-schema schema.prisma --script --no-cache)
read -r t_psql_replay t_cold < <(paired_medians_ms psql_replay cold)
# The same replay with the database's lifetime timed too, as qdb's cold run has it: created, the
# files run into it, dropped.
cat > psql_lifetime.sh <<SH
"$PSQL" -Xq "$BENCH_ADMIN_URL" -c 'CREATE DATABASE replay_life'
"$PSQL" -Xq -v ON_ERROR_STOP=1 "${floor_url/replay_floor/replay_life}" $(printf '%q ' "${files[@]}")
"$PSQL" -Xq "$BENCH_ADMIN_URL" -c 'DROP DATABASE replay_life'
SH
psql_lifetime=(bash -e psql_lifetime.sh)
checkpoint=("$PSQL" -Xq "$BENCH_ADMIN_URL" -c 'CHECKPOINT')
PAIRED_SETUP="$(printf '%q ' "${checkpoint[@]}")"
read -r t_psql_lifetime t_cold2 < <(paired_medians_ms psql_lifetime cold)

PAIRED_SETUP=""
psql_select=("$PSQL" -Xq "$floor_url" -c 'select 1')
warm=("$QDB" dev db diff --from-migrations --to-schema schema.prisma --script)
read -r t_select t_warm < <(paired_medians_ms psql_select warm)

printf '\nproject: %d migrations, %d steps between them and schema.prisma; medians of %d paired rounds\n' \
  "$N" "$steps" "${ROUNDS:-6}"
printf '%-62s %9s\n' "psql: every migration.sql into a fresh database (-f each)" "$t_psql_replay"
printf '%-62s %9s\n' "qdb diff --from-migrations --no-cache (cold: shadow, replay)" "$t_cold"
printf '%-62s %9s   (target <= 1.20)\n' "ratio cold / psql replay" "$(ratio "$t_cold" "$t_psql_replay")"
printf '%-62s %9s\n' "psql: createdb, every migration.sql (-f each), dropdb" "$t_psql_lifetime"
printf '%-62s %9s\n' "qdb diff --from-migrations --no-cache (again, paired with it)" "$t_cold2"
printf '%-62s %9s\n' "ratio cold / psql with the database's lifetime" "$(ratio "$t_cold2" "$t_psql_lifetime")"
printf '%-62s %9s\n' "psql -c 'select 1'" "$t_select"
printf '%-62s %9s\n' "qdb diff --from-migrations (warm: replay cache hit)" "$t_warm"
printf '%-62s %9s   (target <= 3.00)\n' "ratio warm / psql select 1" "$(ratio "$t_warm" "$t_select")"
