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
install_missing dpkg-dev man-db zsh fish graphviz python3-yaml postgresql-15-auto-failover pg-auto-failover-cli
build_qdb

start_test_server
cd "$QDB_BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" "$@"

# The other link mode (-DQDB_STATIC_LIBPQ=OFF: the system's shared libpq and OpenSSL): it builds
# the core a second time, so it runs when asked, QDB_TEST_SHARED_LIBPQ=1 (docs/performance.md
# has what it costs). Its unit tests prove that the core links and hashes with the shared libcrypto.
if [ "${QDB_TEST_SHARED_LIBPQ:-0}" = 1 ]; then
  SHARED_DIR="$QDB_BUILD_DIR-shared-libpq"
  log "building the unit tests with the shared libpq in ${SHARED_DIR#"$QDB_ROOT"/}"
  cmake -S "$QDB_ROOT" -B "$SHARED_DIR" -DCMAKE_BUILD_TYPE=Release -DQDB_STATIC_LIBPQ=OFF >/dev/null
  cmake --build "$SHARED_DIR" -j"$(nproc)" --target qdb qdb_unit_tests
  (cd "$SHARED_DIR" && ctest --output-on-failure -j"$(nproc)" -L unit)
fi
