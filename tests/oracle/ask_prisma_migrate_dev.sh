#!/usr/bin/env bash
# Asks Prisma 6.19.3 (the offline CLI of the reference install) for the migration.sql that
# `prisma migrate dev` writes when a project whose migrations produce before.prisma changes its
# schema to after.prisma, and stores it as <pair>/migrate_dev.sql. Pairs without before.prisma
# (the from-empty kinds) and pairs that already hold migrate_dev.sql are left alone, so an
# interrupted run continues where it stopped.
#
# For each pair, in a scratch project and a scratch database of its own (created on DATABASE_URL's
# server and dropped afterwards):
#   1. schema = before.prisma, no migrations:  migrate dev --create-only --name init
#      Prisma's first migration, kept as <pair>/migrate_dev_init.sql; its folder is renamed
#      00000000000000_init. A pair's init_by_hand.sql, if it has one, is appended to it first
#      (what a user adds to a migration by hand: objects the schema cannot say).
#   2. migrate deploy applies it to the scratch database.
#   3. schema = after.prisma:  migrate dev --create-only --name change
#      writes migrations/<timestamp>_change/migration.sql, kept as <pair>/migrate_dev.sql.
# Step 2 is needed by the offline setup: its WebAssembly engine can make a shadow database only
# while it checks the database for drift, and it can do that only for migrations that are applied.
# migrate dev asks for confirmation when it warns about data loss and refuses to run without a
# terminal, so step 3 runs on a pseudo-terminal (`script`) and is answered "y".
# Prisma prints "Error: null pointer passed to rust" when its engine stops after writing the file;
# the file it wrote is the answer, and a pair whose file is missing gets
# <pair>/prisma-error.txt (the script then exits 1 at the end).
#
# Usage: DATABASE_URL=postgresql://USER[:PASSWORD]@HOST:PORT/DB?schema=public  ask_prisma_migrate_dev.sh PAIR_DIR...
#   PRISMA6 (default: prisma6 on PATH) is the offline Prisma CLI wrapper. The role needs CREATEDB;
#   psql and script (util-linux) must be on PATH.
set -uo pipefail
prisma="${PRISMA6:-prisma6}"
if [[ -z "${DATABASE_URL:-}" ]]; then
  echo "ask_prisma_migrate_dev: set DATABASE_URL to a PostgreSQL server of your own" >&2
  exit 2
fi
# The server's address without database and query: each pair gets a database of its own there.
server="${DATABASE_URL%%\?*}"
server="${server%/*}"
admin_url="$server/postgres"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Answers migrate dev's confirmation on a pseudo-terminal while it runs.
answer_yes() {
  local i
  for i in $(seq 300); do
    printf 'y\r' || return 0
    sleep 1
  done
}

ask_pair() {
  local pair="$1" project="$work/project" database="qdb_oracle_dev_$$"
  local url="$server/$database?schema=public"
  rm -rf "$project"
  mkdir -p "$project/migrations"
  psql -X -q "$admin_url" -c "DROP DATABASE IF EXISTS \"$database\"" -c "CREATE DATABASE \"$database\"" \
    >"$project/log.txt" 2>&1 || return 1
  cp "$pair/before.prisma" "$project/schema.prisma"
  (cd "$project" && DATABASE_URL="$url" "$prisma" migrate dev --create-only --name init </dev/null) \
    >>"$project/log.txt" 2>&1
  local init=("$project"/migrations/*_init)
  [[ -f "${init[0]}/migration.sql" ]] || return 1
  mv "${init[0]}" "$project/migrations/00000000000000_init"
  # A pair may add SQL written by hand to the first migration (objects the schema cannot say).
  if [[ -f "$pair/init_by_hand.sql" ]]; then
    cat "$pair/init_by_hand.sql" >>"$project/migrations/00000000000000_init/migration.sql"
  fi
  (cd "$project" && DATABASE_URL="$url" "$prisma" migrate deploy </dev/null) >>"$project/log.txt" 2>&1 || return 1
  cp "$pair/after.prisma" "$project/schema.prisma"
  answer_yes | (cd "$project" && DATABASE_URL="$url" timeout 300 script -qec \
    "$(printf '%q ' "$prisma" migrate dev --create-only --name change)" /dev/null) >>"$project/log.txt" 2>&1
  local change=("$project"/migrations/*_change)
  [[ -f "${change[0]}/migration.sql" ]] || return 1
  cp "$project/migrations/00000000000000_init/migration.sql" "$pair/migrate_dev_init.sql"
  cp "${change[0]}/migration.sql" "$pair/migrate_dev.sql"
}

failed=0
for pair in "$@"; do
  pair="${pair%/}"
  [[ -f "$pair/before.prisma" && ! -f "$pair/migrate_dev.sql" ]] || continue
  if ask_pair "$pair"; then
    rm -f "$pair/prisma-error.txt"
    echo "ask_prisma_migrate_dev: $(basename "$pair")"
  else
    cp "$work/project/log.txt" "$pair/prisma-error.txt" 2>/dev/null
    echo "ask_prisma_migrate_dev: Prisma gave no migration for $pair (see $pair/prisma-error.txt)" >&2
    failed=1
  fi
  psql -X -q "$admin_url" -c "DROP DATABASE IF EXISTS \"qdb_oracle_dev_$$\"" >/dev/null 2>&1
done
exit $failed
