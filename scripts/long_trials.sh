#!/usr/bin/env bash
# The long mode of the reliability trials (docs/reliability.md), run by hand: 20 server crashes,
# 20 ended sessions and 50 killed qdb processes, each in the middle of a 200-migration deploy,
# 20 rounds of 16 runners deploying at once, and 5 failovers of a pg_auto_failover pair. Installs
# what is missing, builds qdb and its end-to-end tests (Release), starts a throw-away PostgreSQL,
# runs the trials and prints one row per kind. About 10 minutes on 2 cores. Exits non-zero when a
# trial fails; the full output is kept in the build folder (long-trials.log).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing "${QDB_BUILD_PACKAGES[@]}" "${QDB_SERVER_PACKAGES[@]}" postgresql-15-auto-failover pg-auto-failover-cli
build_qdb qdb qdb_e2e_tests

start_test_server
export QDB_LONG=1

LOG="$QDB_BUILD_DIR/long-trials.log"
log "running the long trials (output in ${LOG#"$QDB_ROOT"/})"
status=0
start=$SECONDS
"$QDB_BUILD_DIR/tests/qdb_e2e_tests" --gtest_filter='CrashTrials.*:Failover.*' >"$LOG" 2>&1 || status=$?

printf '\n%-48s %7s %8s %10s  %s\n' "trial" "count" "result" "time" "what was recorded"
grep '^trials: ' "$LOG" | sed 's/^trials: //' | awk -F' [|] ' '{ printf "%-48s %7s %8s %10s  %s\n", $1, $2, $3, $4, $5 }'
printf '\n%d s in all (%s, PostgreSQL %s)\n' $((SECONDS - start)) "$(uname -m), $(nproc) cores" \
  "$("$(pg_bindir)/postgres" --version | awk '{print $3}')"
[ "$status" -eq 0 ] || { grep -E '^\[  FAILED  \]|Failure$' "$LOG" | head -n 20 >&2; die "a trial failed: see $LOG"; }
