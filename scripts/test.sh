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
# The sanitizer run and the fuzz targets below: clang, its sanitizer runtimes and libFuzzer.
install_missing "${QDB_SANITIZE_PACKAGES[@]}"
build_qdb
# The Release build links libpq and OpenSSL into the binary (QDB_STATIC_LIBPQ, the default): it
# loads neither at start. The sanitizer build below checks the other link mode.
if ldd "$QDB_BUILD_DIR/qdb" | grep -Eq 'lib(pq|ssl|crypto)\.so'; then
  die "the Release qdb loads a shared libpq or OpenSSL; the static link mode (QDB_STATIC_LIBPQ) fell back"
fi

start_test_server
cd "$QDB_BUILD_DIR"
log "unit, integration and end-to-end tests (Release)"
ctest --output-on-failure -j"$(nproc)" "$@"

# The unit and end-to-end tests again, built with AddressSanitizer and UndefinedBehaviorSanitizer
# (the qdb binary the end-to-end tests run included), against the same server. This build links
# the shared libpq and OpenSSL (-DQDB_STATIC_LIBPQ=OFF), the Release build above the static ones:
# every run builds and tests both link modes. Every report fails
# the run, also one from a qdb a test expected to fail: the reports are files, not test output.
# Left out, each for its reason (docs/fuzzing.md): tests that run no qdb code (the TypeScript
# golden files under tsc, the CI recipes), and the Debian package, which would install the
# instrumented binary. Twice as many tests at once as there are cores: under the sanitizers too
# they mostly wait for the server (4.4 min of CPU in a 7.7 min run).
# QDB_TEST_SANITIZE=0 leaves this and the fuzzing out, for a quicker run by hand; CI runs both.
if [ "${QDB_TEST_SANITIZE:-1}" = 1 ]; then
  SANITIZE_SKIP='^(codegen\.typescript_tsc|ci\.recipes|package\.deb)$'
  build_sanitized qdb qdb_unit_tests qdb_e2e_tests $(fuzz_targets | sed 's/$/_fuzz/')
  ldd "$QDB_SANITIZE_BUILD_DIR/qdb" | grep -q 'libpq\.so' ||
    die "the sanitizer build's qdb does not load the shared libpq (QDB_STATIC_LIBPQ=OFF)"
  REPORTS=$(mktemp -d "${TMPDIR:-/tmp}/qdb-sanitizer-reports.XXXXXX")
  log "unit and end-to-end tests under AddressSanitizer + UndefinedBehaviorSanitizer (reports go to $REPORTS)"
  status=0
  (cd "$QDB_SANITIZE_BUILD_DIR" &&
    ASAN_OPTIONS="log_path=$REPORTS/asan:detect_leaks=1:abort_on_error=0" \
    UBSAN_OPTIONS="log_path=$REPORTS/ubsan:print_stacktrace=1:halt_on_error=1" \
    LSAN_OPTIONS="suppressions=$QDB_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0" \
    ctest --output-on-failure -j"$((2 * $(nproc)))" -L 'unit|e2e' -E "$SANITIZE_SKIP") || status=$?
  # LeakSanitizer's notice that it could not read a thread's registers (the process was being
  # signalled or the thread was ending as the leak check stopped the world) is not a finding: the
  # check then counts that thread's whole stack as reachable and goes on. A file with nothing else
  # is shown and set aside; any other line in it still fails the run.
  for report in "$REPORTS"/*; do
    [ -e "$report" ] || continue
    if ! grep -Evq '^==[0-9]+==Unable to get registers from thread [0-9]+\.$' "$report"; then
      printf '==> leak check notice, not a finding (%s): %s\n' "${report##*/}" "$(head -1 "$report")" >&2
      rm -f "$report"
    fi
  done
  if [ -n "$(ls -A "$REPORTS")" ]; then
    for report in "$REPORTS"/*; do
      printf '\n==> %s\n' "$report" >&2
      cat "$report" >&2
    done
    die "the sanitizers reported $(ls "$REPORTS" | wc -l) problem(s), above"
  fi
  [ "$status" -eq 0 ] || die "tests failed under the sanitizers"
  rm -rf "$REPORTS"
  log "no sanitizer reports"

  # Every fuzz target for 30 s, one per core at a time, on copies of the seed corpora
  # (scripts/fuzz.sh --long: 10 minutes each).
  bash "$QDB_ROOT/scripts/fuzz.sh" 30
  cd "$QDB_BUILD_DIR"
fi

