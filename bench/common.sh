# Shared by the benchmark scripts. Sourced, not run.
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/scripts/common.sh"
QDB="${QDB:-$QDB_BUILD_DIR/qdb}"
[ -x "$QDB" ] || die "build qdb first (bash scripts/test.sh or cmake --build build); looked for $QDB"

# The real psql binary: Debian's /usr/bin/psql is a Perl wrapper whose start-up would flatter qdb.
PSQL="$(pg_bindir)/psql"
psql() { "$PSQL" "$@"; }

# now_ns: monotonic-enough wall clock in nanoseconds (for runs long enough that starting `date` is noise).
now_ns() { date +%s%N; }

# Short runs are timed by hyperfine (a Debian package): it starts each command itself, without a
# shell (-N), so neither qdb nor its floor pays for a shell or for reading the clock.
command -v hyperfine >/dev/null 2>&1 || install_missing hyperfine
command -v python3 >/dev/null 2>&1 || die "the benchmarks need python3 to read hyperfine's results"

# run_times_ms RUNS SETUP CMD...: the wall time of each of RUNS runs of CMD in ms, one per line,
# after one warm-up run; SETUP (a command without shell syntax, or "") runs untimed before each.
run_times_ms() {
  local runs=$1 setup=$2 json
  shift 2
  json=$(mktemp "${TMPDIR:-/tmp}/qdb-bench-json.XXXXXX")
  local args=(-N --warmup 1 --runs "$runs" --export-json "$json" --style none)
  [ -n "$setup" ] && args+=(--prepare "$setup")
  hyperfine "${args[@]}" "$(printf '%q ' "$@")" >/dev/null 2>&1 || { rm -f "$json"; die "failed: $*"; }
  python3 -c 'import json, sys
for t in json.load(open(sys.argv[1]))["results"][0]["times"]: print("%.3f" % (t * 1000))' "$json"
  rm -f "$json"
}

# median_of NUMBERS...: their median, two decimals.
median_of() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "%.2f\n", a[int((NR+1)/2)]}'; }

# median_ms CMD...: the median wall time of $REPEAT runs (default 21) of CMD, in ms.
median_ms() { median_of $(run_times_ms "${REPEAT:-21}" "" "$@"); }

# median_fresh_ms SETUP CMD...: the same, running SETUP (untimed) before every run.
median_fresh_ms() {
  local setup=$1
  shift
  median_of $(run_times_ms "${REPEAT:-21}" "$setup" "$@")
}

# paired_medians_ms ARRAY_A ARRAY_B: the commands held in two arrays (passed by name). The
# machine's speed drifts from minute to minute, so A and B are timed in alternating rounds
# ($ROUNDS, default 6, of 7 runs each); prints both medians. $PAIRED_SETUP (a command without
# shell syntax) runs untimed before every run when set.
paired_medians_ms() {
  local -n paired_command_a=$1 paired_command_b=$2
  local paired_times_a=() paired_times_b=() paired_round
  for ((paired_round = 0; paired_round < ${ROUNDS:-6}; paired_round++)); do
    paired_times_a+=($(run_times_ms 7 "${PAIRED_SETUP:-}" "${paired_command_a[@]}"))
    paired_times_b+=($(run_times_ms 7 "${PAIRED_SETUP:-}" "${paired_command_b[@]}"))
  done
  echo "$(median_of "${paired_times_a[@]}") $(median_of "${paired_times_b[@]}")"
}

# The binary to compare $QDB with, when set (BASELINE=path/to/older/qdb): the scripts then time
# the whole commands of both in alternating rounds, so that a change is judged in one run.
BASELINE="${BASELINE:-}"
[ -z "$BASELINE" ] || [ -x "$BASELINE" ] || die "BASELINE=$BASELINE is not an executable qdb"

# baseline_row LABEL ARRAY_BASELINE ARRAY_NEW: one row of the baseline comparison.
baseline_row() {
  local base new
  read -r base new < <(paired_medians_ms "$2" "$3")
  printf '%-44s %10s %10s %7s\n' "$1" "$base" "$new" "$(ratio "$new" "$base")"
}

# ratio A B: A / B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# peak_rss_kib CMD...: the peak resident set size of CMD in KiB (GNU time, Debian package `time`).
peak_rss_kib() {
  [ -x /usr/bin/time ] || install_missing time
  /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1
}

# filesystem_of DIR: the filesystem DIR is on, and for ext4 whether it keeps a journal. ext4
# without one (some virtual machines' root) skips the inodes of files deleted in the last minutes
# when it makes a new file, by scanning for them: after a dropped database (thousands of files)
# every table a migration creates costs far more than on a journaled filesystem, which is what
# users' machines have (docs/performance.md, "The filesystem under the server").
filesystem_of() {
  local fstype source device
  read -r fstype source < <(findmnt -no FSTYPE,SOURCE -T "$1" 2>/dev/null) || { echo "unknown"; return; }
  if [[ $fstype == ext4 ]]; then
    device=$(basename "$(realpath "$source" 2>/dev/null || echo "$source")")
    if [[ "$(cat "/sys/fs/ext4/$device/journal_task" 2>/dev/null)" == "<none>" ]]; then
      echo "ext4 without a journal ($source): figures with many files created and dropped are this filesystem's; set TMPDIR to a folder on a journaled one"
      return
    fi
    echo "ext4 with a journal ($source)"
    return
  fi
  echo "$fstype ($source)"
}

bench_server() {
  BENCH_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/qdb-bench-pg.XXXXXX")
  log "server data on: $(filesystem_of "$BENCH_PG_DIR")"
  chmod 755 "$BENCH_PG_DIR"
  trap 'stop_throwaway_postgres; rm -rf "$BENCH_PG_DIR" "${BENCH_WORK:-}"' EXIT
  # PostgreSQL's default durability: fsync, full-page writes and synchronous commit on.
  PG_DURABLE=1 start_throwaway_postgres "$BENCH_PG_DIR"
  # The unix socket: what a local deploy uses, and no TCP noise in the ratios.
  BENCH_ADMIN_URL="postgresql://postgres@localhost/postgres?host=$BENCH_PG_DIR&port=$PG_PORT"
  log "server settings: $(psql -XAtq "$BENCH_ADMIN_URL" -c "SELECT string_agg(name || '=' || setting, ' ' ORDER BY name)
    FROM pg_settings WHERE name IN ('fsync', 'full_page_writes', 'synchronous_commit', 'wal_sync_method')")"
}

# bench_db NAME: a fresh database; prints its URL.
bench_db() {
  psql -q "$BENCH_ADMIN_URL" -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" -c "CREATE DATABASE \"$1\"" >/dev/null
  echo "postgresql://postgres@localhost/$1?host=$BENCH_PG_DIR&port=$PG_PORT"
}
