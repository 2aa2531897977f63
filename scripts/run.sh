#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: installs what is missing, builds qdb (Release), then runs
# `qdb dev db migrate` on this repository's schema/ and migrations/ and shows `qdb prod db status`.
# When DATABASE_URL is unset, `qdb dev db start` runs the project's local PostgreSQL (data in
# .qdb/postgres, git-ignored). Safe to run twice.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing "${QDB_BUILD_PACKAGES[@]}"
[ -n "${DATABASE_URL:-}" ] || install_missing "${QDB_SERVER_PACKAGES[@]}"
build_qdb qdb
QDB="$QDB_BUILD_DIR/qdb"
cd "$QDB_ROOT"

if [ -z "${DATABASE_URL:-}" ]; then
  # The project's own server (data in .qdb/postgres, unix socket only; run as an unprivileged user
  # when we are root). `qdb dev db migrate` would start it by itself; prod needs the URL.
  DATABASE_URL=$("$QDB" dev db start)
  export DATABASE_URL
  log "DATABASE_URL=$DATABASE_URL (the local server keeps running; stop it with: $QDB dev db stop)"
fi

"$QDB" dev db migrate
"$QDB" prod db status
