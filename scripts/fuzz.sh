#!/usr/bin/env bash
# Runs the libFuzzer targets of fuzz/ (all, or those named) for SECONDS each: 30 by default, 600
# with --long; as many at once as there are cores (QDB_FUZZ_JOBS). Each starts from a copy of its
# seeds in fuzz/corpus/<target>/ (what it adds stays in build-sanitize/fuzz-runs/, never in the
# repository) with its dictionary from fuzz/dict/. Exits non-zero when any target finds a crash,
# a leak, a timeout or a broken promise, after printing the end of its log and the path of the
# input that did it. See docs/fuzzing.md.
#
#   bash scripts/fuzz.sh                  # every target, 30 s each (what CI runs)
#   bash scripts/fuzz.sh --long           # every target, 10 minutes each
#   bash scripts/fuzz.sh 120 sql dotenv   # two targets, 2 minutes each
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds=30
if [ "${1:-}" = --long ]; then
  seconds=600
  shift
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(fuzz_targets)

install_missing "${QDB_BUILD_PACKAGES[@]}" "${QDB_SANITIZE_PACKAGES[@]}"
build_sanitized "${targets[@]/%/_fuzz}"

export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
runs=$QDB_SANITIZE_BUILD_DIR/fuzz-runs
# One target per core at a time: a fuzzer keeps one core busy.
jobs=${QDB_FUZZ_JOBS:-$(nproc)}

# fuzz_one TARGET: runs it in runs/TARGET and leaves "ok" or "failed" in runs/TARGET/status.
fuzz_one() {
  local target=$1 dir=$runs/$1 dict
  rm -rf "$dir"
  mkdir -p "$dir/corpus"
  cp "$QDB_ROOT/fuzz/corpus/$target/"* "$dir/corpus/"
  # A target's own dictionary, else the one of its family (prisma_format uses prisma.dict).
  dict=$QDB_ROOT/fuzz/dict/$target.dict
  [ -f "$dict" ] || dict=$QDB_ROOT/fuzz/dict/${target%%_*}.dict
  local options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$dir/")
  [ -f "$dict" ] && options+=(-dict="$dict") || dict=
  log "fuzzing $target for $seconds s from $(ls "$dir/corpus" | wc -l) seeds${dict:+ with ${dict##*/}}"
  if "$QDB_SANITIZE_BUILD_DIR/fuzz/${target}_fuzz" "${options[@]}" "$dir/corpus" >"$dir/log" 2>&1; then
    echo ok >"$dir/status"
    # The last status line: coverage, features, corpus size.
    printf '    %s: %s runs, %s\n' "$target" "$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log")" \
      "$(grep -E '^#[0-9]+' "$dir/log" | tail -n 1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9a-zA-Z]+')" >&2
  else
    echo failed >"$dir/status"
  fi
}

for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  fuzz_one "$target" &
done
wait

failed=()
for target in "${targets[@]}"; do
  dir=$runs/$target
  [ "$(cat "$dir/status" 2>/dev/null)" = ok ] && continue
  printf '\n==> %s: the end of %s\n' "$target" "$dir/log" >&2
  tail -n 60 "$dir/log" >&2
  input=$(ls -t "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-* "$dir"/slow-unit-* 2>/dev/null | head -n 1 || true)
  failed+=("$target: ${input:-no input saved, see $dir/log}")
done

if [ ${#failed[@]} -gt 0 ]; then
  printf 'error: a fuzz target failed; the input that did it (rerun: build-sanitize/fuzz/<target>_fuzz INPUT):\n' >&2
  printf '    %s\n' "${failed[@]}" >&2
  exit 1
fi
log "fuzzing: ${#targets[@]} targets ran $seconds s each without a finding"
