#!/usr/bin/env bash
# Asks Prisma 6.19.3 (the offline CLI of the reference install) for the SQL between the two
# schemas of each pair folder and writes it to <pair>/expected.sql. A folder with only
# after.prisma is diffed --from-empty. Folders that already hold expected.sql are left alone, so
# an interrupted run continues where it stopped. A pair Prisma rejects gets no expected.sql; its
# error goes to <pair>/prisma-error.txt and the script exits 1 at the end.
#
# Usage: DATABASE_URL=postgresql://...  ask_prisma_diff.sh PAIR_DIR...
#   PRISMA6 (default: prisma6 on PATH) is the offline Prisma CLI wrapper. Every Prisma command
#   connects to DATABASE_URL, even a diff between two files; any server of your own will do.
set -uo pipefail
prisma="${PRISMA6:-prisma6}"
if [[ -z "${DATABASE_URL:-}" ]]; then
  echo "ask_prisma_diff: set DATABASE_URL to a PostgreSQL server of your own" >&2
  exit 2
fi
failed=0
for pair in "$@"; do
  pair="${pair%/}"
  [[ -f "$pair/expected.sql" ]] && continue
  if [[ -f "$pair/before.prisma" ]]; then
    from=(--from-schema-datamodel "$pair/before.prisma")
  else
    from=(--from-empty)
  fi
  if "$prisma" migrate diff "${from[@]}" --to-schema-datamodel "$pair/after.prisma" --script \
      >"$pair/expected.sql.tmp" 2>"$pair/prisma-error.txt"; then
    mv "$pair/expected.sql.tmp" "$pair/expected.sql"
    rm -f "$pair/prisma-error.txt"
  else
    rm -f "$pair/expected.sql.tmp"
    echo "ask_prisma_diff: Prisma rejected $pair (see $pair/prisma-error.txt)" >&2
    failed=1
  fi
done
exit $failed
