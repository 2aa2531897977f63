#!/usr/bin/env bash
# Asks Prisma 6.19.3 what `prisma db pull --print` writes for the database each pair of the diff
# corpus describes, and stores it as tests/golden/pull_corpus/<pair>.prisma. The database is
# built in `qdb_pull_corpus` on the server of SERVER_URL with qdb's SQL for after.prisma
# (`qdb dev db diff --from-empty --script`), as check_pull_round_trip.sh builds it; Prisma reads
# only after.prisma's datasource and generator blocks, so nothing of its models is kept. The lines
# before the first `datasource`/`generator` (the driver adapter's warning) and the blank lines at
# the end are cut. Files that exist already are left alone.
#
# Usage: SERVER_URL=postgresql://user:password@host:port  ask_prisma_pull_corpus.sh QDB_BINARY [--pairs DIR]
#   --pairs DIR: the pairs of DIR instead (a long run's folder), each answer in <pair>/prisma_pull.prisma.
#   PRISMA6 (default: prisma6 on PATH) is the offline Prisma CLI wrapper; PSQL (default: psql).
set -euo pipefail
qdb="$(realpath "$1")"
prisma="${PRISMA6:-prisma6}"
psql="${PSQL:-psql}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$here/../golden/diff_oracle"
out_dir="$here/../golden/pull_corpus"
if [[ "${2:-}" == "--pairs" ]]; then
  corpus="${3:?--pairs needs a folder}"
  out_dir=""
fi
# Where Prisma's pull of pair $1 is kept.
answer_for() { if [[ -n "$out_dir" ]]; then echo "$out_dir/$1.prisma"; else echo "$corpus/$1/prisma_pull.prisma"; fi; }
if [[ -z "${SERVER_URL:-}" ]]; then
  echo "ask_prisma_pull_corpus: set SERVER_URL to a PostgreSQL server of your own (no database name)" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"; "$psql" "$SERVER_URL/postgres" -q -c "DROP DATABASE IF EXISTS qdb_pull_corpus" >/dev/null 2>&1' EXIT
mkdir -p "$work/prisma" "$work/.git" ${out_dir:+"$out_dir"}
for pair in "$corpus"/*/; do
  pair="${pair%/}"
  name="$(basename "$pair")"
  [[ -f "$pair/after.prisma" && -f "$pair/expected.sql" ]] || continue
  [[ -f "$(answer_for "$name")" ]] && continue
  python3 - "$pair/after.prisma" "$work/prisma/schema.prisma" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
blocks = [m.group(0) for m in re.finditer(r"(?ms)^(datasource|generator)\s+\w+\s*\{.*?^\}", text)]
open(sys.argv[2], "w").write("\n\n".join(blocks) + "\n")
PY
  (cd "$work" && "$qdb" dev db diff --from-empty --to-schema "$pair/after.prisma" --script >"$work/init.sql")
  "$psql" "$SERVER_URL/postgres" -q -c "DROP DATABASE IF EXISTS qdb_pull_corpus" -c "CREATE DATABASE qdb_pull_corpus"
  "$psql" "$SERVER_URL/qdb_pull_corpus" -q -v ON_ERROR_STOP=1 -f "$work/init.sql" >/dev/null
  (cd "$work" && DATABASE_URL="$SERVER_URL/qdb_pull_corpus?schema=public" "$prisma" db pull --print >"$work/out" 2>"$work/err")
  python3 - "$work/out" "$(answer_for "$name")" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
start = re.search(r"(?m)^(datasource|generator) ", text).start()
open(sys.argv[2], "w").write(text[start:].rstrip("\n") + "\n")
PY
  echo "wrote $(answer_for "$name")"
done
