#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: installs what is missing, builds qdb (Release), then runs
# `qdb dev db migrate` on this repository's schema/ and migrations/ and shows `qdb prod db status`.
# When DATABASE_URL is unset, a throw-away local PostgreSQL is started for it (data in .qdb/,
# git-ignored). Safe to run twice.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing "${QDB_BUILD_PACKAGES[@]}"
[ -n "${DATABASE_URL:-}" ] || install_missing "${QDB_SERVER_PACKAGES[@]}"
build_qdb
QDB="$QDB_BUILD_DIR/qdb"
cd "$QDB_ROOT"

if [ -z "${DATABASE_URL:-}" ]; then
  PG_DIR="$QDB_ROOT/.qdb/run-postgres"
  # The server runs as an unprivileged user when we are root: it must be able to reach its folder.
  if [ "$(id -u)" -eq 0 ] && ! runuser -u "$(pg_server_user)" -- test -x "$QDB_ROOT" 2>/dev/null; then
    PG_DIR="${TMPDIR:-/tmp}/qdb-run-postgres"
  fi
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then stop_throwaway_postgres_at "$PG_DIR" || true; fi
  start_throwaway_postgres "$PG_DIR"
  export DATABASE_URL="postgresql://postgres@localhost/postgres?host=$PG_DIR&port=$PG_PORT"
  log "DATABASE_URL=$DATABASE_URL (throw-away server; stop it with: pg_ctl -D $PG_DIR/data stop)"
fi

"$QDB" dev db migrate
"$QDB" prod db status
