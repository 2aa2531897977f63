#!/usr/bin/env bash
# Times `qdb dev db generate-types` and `validate` on a synthetic schema of N models
# (bench/schema_gen.py) and compares them with floors measured in the same run:
#   cat schema.prisma               reading the same bytes
#   cp schema.prisma out.ts         reading and writing comparable bytes
#   qdb --version                   starting the process
# Target: the whole generate-types process for 2000 models in <= 50 ms.
# Then prints the peak RSS for 500, 1000, 2000 and 4000 models (memory must grow linearly).
# Usage: bash bench/generate_types.sh [N]   (default N=2000; REPEAT=n runs per median, default 11;
#        BASELINE=path/to/other/qdb also compares the two binaries, alternating)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-2000}
REPEAT=${REPEAT:-11}
GEN="$QDB_ROOT/bench/schema_gen.py"
command -v python3 >/dev/null || die "bench/schema_gen.py needs python3"

BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/qdb-bench.XXXXXX")
trap 'rm -rf "$BENCH_WORK"' EXIT

# make_project DIR N: a project with a schema of N models and TypeScript + Kysely output.
make_project() {
  mkdir -p "$1"
  python3 "$GEN" "$2" > "$1/schema.prisma"
  printf 'schema = "schema.prisma"\n\n[generate]\ntypescript = "generated/db-types.ts"\nkysely = true\n' > "$1/qdb.toml"
}

P="$BENCH_WORK/p$N"
make_project "$P" "$N"
cd "$P"
"$QDB" dev db validate >/dev/null 2>&1 || die "the generated schema does not validate: $("$QDB" dev db validate 2>&1 | head -n 5)"
"$QDB" dev db generate-types >/dev/null 2>&1 || die "generate-types failed"
schema_bytes=$(wc -c < schema.prisma)
out_bytes=$(wc -c < generated/db-types.ts)

floor_start=$(median_ms "$QDB" --version)
floor_read=$(median_ms cat schema.prisma)
floor_copy=$(median_fresh_ms "rm -f $BENCH_WORK/copy.ts" cp schema.prisma "$BENCH_WORK/copy.ts")
qdb_validate=$(median_ms "$QDB" dev db validate)
qdb_unchanged=$(median_ms "$QDB" dev db generate-types)
qdb_write=$(median_fresh_ms 'rm -rf generated' "$QDB" dev db generate-types)

printf '\nschema: %d models, %d bytes; generated TypeScript (Kysely): %d bytes; median of %d runs\n' \
  "$N" "$schema_bytes" "$out_bytes" "$REPEAT"
printf '\n%-40s %9s %9s %9s %9s %9s\n' "command (median wall time)" "ms" "/target" "/version" "/cat" "/cp"
row() {
  printf '%-40s %9s %9s %9s %9s %9s\n' "$1" "$2" "$(ratio "$2" 50)" "$(ratio "$2" "$floor_start")" \
    "$(ratio "$2" "$floor_read")" "$(ratio "$2" "$floor_copy")"
}
row "qdb dev db generate-types (unchanged)" "$qdb_unchanged"
row "qdb dev db generate-types (writes)" "$qdb_write"
row "qdb dev db validate" "$qdb_validate"
printf '%-40s %9s\n' "floor: qdb --version" "$floor_start"
printf '%-40s %9s\n' "floor: cat schema.prisma" "$floor_read"
printf '%-40s %9s\n' "floor: cp schema.prisma out.ts" "$floor_copy"
printf '%-40s %9s\n' "target" "50.00"

if [ -n "$BASELINE" ]; then
  printf '\n%-44s %10s %10s %7s\n' "BASELINE=$BASELINE (median wall time)" "base ms" "qdb ms" "ratio"
  base_validate=("$BASELINE" dev db validate) new_validate=("$QDB" dev db validate)
  baseline_row "validate ($N models)" base_validate new_validate
  base_generate=("$BASELINE" dev db generate-types) new_generate=("$QDB" dev db generate-types)
  baseline_row "generate-types, unchanged ($N models)" base_generate new_generate
  PAIRED_SETUP='rm -rf generated' baseline_row "generate-types, writes ($N models)" base_generate new_generate
fi

# Memory: peak RSS of a full write at several sizes. Linear growth shows as a steady KiB per
# model in the last column (the RSS added per model since the previous size).
printf '\n%8s %12s %16s %12s %14s %18s\n' "models" "schema KiB" "generate ms" "peak KiB" "KiB/model" "added KiB/model"
prev_n=0 prev_rss=0
for n in 500 1000 2000 4000; do
  p="$BENCH_WORK/m$n"
  make_project "$p" "$n"
  cd "$p"
  ms=$(REPEAT=5 median_fresh_ms 'rm -rf generated' "$QDB" dev db generate-types)
  rm -rf generated
  rss=$(peak_rss_kib "$QDB" dev db generate-types)
  added="-"
  [ "$prev_n" -gt 0 ] && added=$(awk -v a="$rss" -v b="$prev_rss" -v n="$n" -v m="$prev_n" 'BEGIN {printf "%.2f", (a - b) / (n - m)}')
  printf '%8d %12d %16s %12d %14s %18s\n' "$n" "$(( $(wc -c < schema.prisma) / 1024 ))" "$ms" "$rss" \
    "$(awk -v a="$rss" -v n="$n" 'BEGIN {printf "%.2f", a / n}')" "$added"
  prev_n=$n prev_rss=$rss
done
