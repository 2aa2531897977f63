# Shared by the benchmark scripts. Sourced, not run.
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/scripts/common.sh"
QDB="${QDB:-$QDB_BUILD_DIR/qdb}"
[ -x "$QDB" ] || die "build qdb first (bash scripts/test.sh or cmake --build build); looked for $QDB"

# The real psql binary: Debian's /usr/bin/psql is a Perl wrapper whose start-up would flatter qdb.
PSQL="$(pg_bindir)/psql"
psql() { "$PSQL" "$@"; }

# now_ns: monotonic-enough wall clock in nanoseconds.
now_ns() { date +%s%N; }

# median_ms CMD...: runs CMD $REPEAT times (default 7), prints the median wall time in ms.
median_ms() {
  local times=() i start end
  for ((i = 0; i < ${REPEAT:-7}; i++)); do
    start=$(now_ns); "$@" >/dev/null 2>&1; end=$(now_ns)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f\n", a[int((NR+1)/2)]/1000}'
}

# ratio A B: A / B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# peak_rss_kib CMD...: the peak resident set size of CMD in KiB (GNU time, Debian package `time`).
peak_rss_kib() {
  [ -x /usr/bin/time ] || install_missing time
  /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1
}

bench_server() {
  BENCH_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/qdb-bench-pg.XXXXXX")
  chmod 755 "$BENCH_PG_DIR"
  trap 'stop_throwaway_postgres; rm -rf "$BENCH_PG_DIR" "${BENCH_WORK:-}"' EXIT
  start_throwaway_postgres "$BENCH_PG_DIR"
  # The unix socket: what a local deploy uses, and no TCP noise in the ratios.
  BENCH_ADMIN_URL="postgresql://postgres@localhost/postgres?host=$BENCH_PG_DIR&port=$PG_PORT"
}

# bench_db NAME: a fresh database; prints its URL.
bench_db() {
  psql -q "$BENCH_ADMIN_URL" -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" -c "CREATE DATABASE \"$1\"" >/dev/null
  echo "postgresql://postgres@localhost/$1?host=$BENCH_PG_DIR&port=$PG_PORT"
}
