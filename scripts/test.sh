#!/usr/bin/env bash
# Runs the whole test suite (unit, integration, e2e) on a fresh Debian 12 machine:
# installs what is missing, builds, starts a throw-away PostgreSQL, runs CTest, stops the server.
# Safe to run twice. Exits non-zero on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing "${QDB_BUILD_PACKAGES[@]}" "${QDB_SERVER_PACKAGES[@]}"
# The generated TypeScript is checked with tsc and Kysely, installed from npm by that test.
command -v npm >/dev/null 2>&1 || install_missing nodejs npm
# Tools of single tests: the Debian package (dpkg-dev, man-db), the completion scripts' syntax
# (zsh, fish), diagrams (graphviz), the CI recipes (python3-yaml).
install_missing dpkg-dev man-db zsh fish graphviz python3-yaml
build_qdb

PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/qdb-test-pg.XXXXXX")
chmod 755 "$PG_DIR"
trap 'stop_throwaway_postgres; rm -rf "$PG_DIR"' EXIT
start_throwaway_postgres "$PG_DIR"

export QDB_TEST_DATABASE_URL=$PG_TCP_URL
export QDB_TEST_SOCKET_URL=$PG_SOCKET_URL
export QDB_TEST_PG_BINDIR=$(pg_bindir)
cd "$QDB_BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" "$@"
