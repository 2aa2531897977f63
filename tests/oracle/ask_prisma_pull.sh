#!/usr/bin/env bash
# Asks Prisma 6.19.3 (the offline CLI of the reference install) what `prisma db pull --print`
# writes for each case folder's schema.sql and stores it as <case>/expected.prisma. Each case is
# built in a fresh database `qdb_pull_<case>` on the server of SERVER_URL, which is dropped after.
# Prisma reads <case>/datasource.prisma as the existing schema when there is one (multiSchema),
# else a datasource with url = env("DATABASE_URL") alone.
# Only Prisma's output is stored: the lines before the schema's first `datasource` (the driver
# adapter's warning, which this install prints on stdout) and the blank lines after its end are cut.
#
# Usage: SERVER_URL=postgresql://user:password@host:port  ask_prisma_pull.sh CASE_DIR...
#   PRISMA6 (default: prisma6 on PATH) is the offline Prisma CLI wrapper; PSQL (default: psql).
set -euo pipefail
prisma="${PRISMA6:-prisma6}"
psql="${PSQL:-psql}"
if [[ -z "${SERVER_URL:-}" ]]; then
  echo "ask_prisma_pull: set SERVER_URL to a PostgreSQL server of your own (no database name)" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/prisma"
for case in "$@"; do
  case="$(cd "${case%/}" && pwd)"
  if [[ -f "$case/datasource.prisma" ]]; then
    cp "$case/datasource.prisma" "$work/prisma/schema.prisma"
  else
    printf 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n' >"$work/prisma/schema.prisma"
  fi
  db="qdb_pull_$(basename "$case")"
  "$psql" "$SERVER_URL/postgres" -q -c "DROP DATABASE IF EXISTS \"$db\"" -c "CREATE DATABASE \"$db\""
  "$psql" "$SERVER_URL/$db" -q -v ON_ERROR_STOP=1 -f "$case/schema.sql"
  (cd "$work" && DATABASE_URL="$SERVER_URL/$db?schema=public" "$prisma" db pull --print >"$work/out" 2>"$work/err")
  python3 - "$work/out" "$case/expected.prisma" <<'PY'
import sys
text = open(sys.argv[1]).read()
open(sys.argv[2], "w").write(text[text.index("datasource db {"):].rstrip("\n") + "\n")
PY
  "$psql" "$SERVER_URL/postgres" -q -c "DROP DATABASE \"$db\""
  echo "wrote $case/expected.prisma"
done
