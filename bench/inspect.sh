#!/usr/bin/env bash
# Times the catalog inspector on a generated database of N tables (default 1000: a dozen columns
# of mixed types with defaults, enums, SERIAL keys, unique and plain indexes, foreign keys) against
# `pg_dump --schema-only` of the same database, in alternating rounds of the same run, and prints
# the ratio and the number of catalog queries (the same for any N):
#   - the whole `qdb dev db diff --from-url URL --to-schema pulled.prisma` process (the schema is
#     the database's own, pulled before: no difference), target <= 0.25x pg_dump;
#   - the whole `qdb dev db generate-types --from-db` process (TypeScript and Kysely types),
#     target <= 150 ms at 2000 tables (`bash bench/inspect.sh 2000`);
#   - bench/inspect_driver.cpp (connect, read the catalog, build the model: the part that depends
#     on the database's size), for reference.
# The server runs with PostgreSQL's default durability (fsync and full_page_writes on).
# Usage: bash bench/inspect.sh [N]   (ROUNDS=n rounds of 7 runs each, default 6;
#        BASELINE=path/to/other/qdb also times that binary's diff and generate-types)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-1000}
DRIVER="$QDB_BUILD_DIR/qdb_inspect_bench"
cmake --build "$QDB_BUILD_DIR" -j2 --target qdb_inspect_bench >/dev/null || die "cannot build qdb_inspect_bench"

bench_server
# The throw-away server starts without fsync; start it again with the defaults.
stop_throwaway_postgres
start_on_free_port "$(pg_bindir)" "$PG_USER" "$PG_PORT" "-c fsync=on -c full_page_writes=on" \
  || die "could not restart PostgreSQL with fsync on"
[ "$(psql -Atc 'SHOW fsync' "$BENCH_ADMIN_URL")" = on ] || die "fsync is not on"
URL=$(bench_db inspect_bench)

python3 - "$N" <<'PY' | psql -q -v ON_ERROR_STOP=1 "$URL" >/dev/null
import sys
n = int(sys.argv[1])
enums = max(1, n // 20)
out = []
for e in range(enums):
    out.append("CREATE TYPE \"Status%d\" AS ENUM ('ACTIVE', 'INACTIVE', 'PENDING', 'ARCHIVED');" % e)
for i in range(n):
    parent = "" if i == 0 else ',\n  "parentId" INTEGER REFERENCES "Entity%d"("id") ON DELETE SET NULL ON UPDATE CASCADE' % (i // 2)
    out.append('''CREATE TABLE "Entity%(i)d" (
  "id" SERIAL PRIMARY KEY,
  "name" TEXT NOT NULL,
  "email" VARCHAR(320) NOT NULL,
  "status" "Status%(e)d" NOT NULL DEFAULT 'ACTIVE',
  "score" DOUBLE PRECISION NOT NULL DEFAULT 0,
  "balance" DECIMAL(12,2) NOT NULL DEFAULT 0,
  "active" BOOLEAN NOT NULL DEFAULT true,
  "tags" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  "data" JSONB,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL%(parent)s
);
CREATE UNIQUE INDEX "Entity%(i)d_email_key" ON "Entity%(i)d"("email");
CREATE INDEX "Entity%(i)d_status_createdAt_idx" ON "Entity%(i)d"("status", "createdAt" DESC);''' % {"i": i, "e": i % enums, "parent": parent})
print("\n".join(out))
PY

printf 'database: %s\n' "$("$DRIVER" "$URL")"
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/qdb-bench.XXXXXX")
cd "$BENCH_WORK"
printf 'schema = "schema.prisma"\n\n[generate]\ntypescript = "generated/db-types.ts"\nkysely = true\n' > qdb.toml
printf 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n' > schema.prisma
export DATABASE_URL=$URL
"$QDB" dev db pull --print > pulled.prisma 2>/dev/null || die "qdb dev db pull failed"
[ "$("$QDB" dev db diff --from-url "$URL" --to-schema pulled.prisma)" = "No difference detected." ] ||
  die "the pulled schema differs from the database"
"$QDB" dev db generate-types --from-db >/dev/null || die "qdb dev db generate-types --from-db failed"

DUMP=("$(pg_bindir)/pg_dump" --schema-only -f /dev/null "$URL")
DIFF=("$QDB" dev db diff --from-url "$URL" --to-schema pulled.prisma)
TYPES=("$QDB" dev db generate-types --from-db)
INSPECT=("$DRIVER" "$URL")
read -r diff_ms dump_ms < <(paired_medians_ms DIFF DUMP)
read -r types_ms dump2_ms < <(paired_medians_ms TYPES DUMP)
read -r inspect_ms dump3_ms < <(paired_medians_ms INSPECT DUMP)
printf '%-52s %9s ms\n' "pg_dump --schema-only (median of the three pairings)" "$(median_of "$dump_ms" "$dump2_ms" "$dump3_ms")"
printf '%-52s %9s ms   %5sx pg_dump (target <= 0.25x)\n' "qdb dev db diff --from-url --to-schema (whole)" \
  "$diff_ms" "$(ratio "$diff_ms" "$dump_ms")"
printf '%-52s %9s ms   %5sx pg_dump (target <= 150 ms at 2000 tables)\n' "qdb dev db generate-types --from-db (whole)" \
  "$types_ms" "$(ratio "$types_ms" "$dump2_ms")"
printf '%-52s %9s ms   %5sx pg_dump\n' "inspect_driver (connect, read, build the model)" \
  "$inspect_ms" "$(ratio "$inspect_ms" "$dump3_ms")"
if [ -n "$BASELINE" ]; then
  printf '\n%-44s %10s %10s %7s\n' "BASELINE comparison (ms)" baseline new ratio
  BASE_DIFF=("$BASELINE" dev db diff --from-url "$URL" --to-schema pulled.prisma)
  BASE_TYPES=("$BASELINE" dev db generate-types --from-db)
  baseline_row "diff --from-url --to-schema" BASE_DIFF DIFF
  baseline_row "generate-types --from-db" BASE_TYPES TYPES
fi
