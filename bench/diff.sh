#!/usr/bin/env bash
# Times a schema-to-schema `qdb dev db diff` of two N-model schemas (bench/schema_gen.py: the second
# one with every tenth model given a new column and an index) against `qdb dev db validate` of one
# of them, in the same run (paired rounds, bench/common.sh). Target: diff <= 2x validate.
# Usage: bash bench/diff.sh [N]   (default N=2000; ROUNDS=n paired rounds of 7 runs, default 6)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${1:-2000}
GEN="$QDB_ROOT/bench/schema_gen.py"
command -v python3 >/dev/null || die "bench/schema_gen.py needs python3"

BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/qdb-bench.XXXXXX")
trap 'rm -rf "$BENCH_WORK"' EXIT
cd "$BENCH_WORK"
python3 "$GEN" "$N" > before.prisma
# The changed schema: a new optional column and an index on it in every tenth model.
cat > change.py <<'PY'
import sys
models = 0
in_model = False
for line in sys.stdin:
    if line.startswith("model "):
        in_model = True
        models += 1
    elif line.startswith("}") and in_model:
        in_model = False
        if models % 10 == 1:
            sys.stdout.write("  benchNote String?\n\n  @@index([benchNote])\n")
    sys.stdout.write(line)
PY
python3 change.py < before.prisma > after.prisma
printf 'schema = "before.prisma"\n' > qdb.toml

"$QDB" dev db validate >/dev/null 2>&1 || die "the generated schema does not validate"
"$QDB" dev db diff --from-schema before.prisma --to-schema after.prisma --script > diff.sql 2>/dev/null ||
  die "diff failed: $("$QDB" dev db diff --from-schema before.prisma --to-schema after.prisma 2>&1 | head -n 5)"
steps=$(grep -c '^-- [A-Z]' diff.sql || true)

validate=("$QDB" dev db validate)
diff_cmd=("$QDB" dev db diff --from-schema before.prisma --to-schema after.prisma --script)
read -r t_validate t_diff < <(paired_medians_ms validate diff_cmd)

printf '\nschemas: %d models each, %d steps in the diff; medians of %d paired rounds\n' "$N" "$steps" "${ROUNDS:-6}"
printf '%-55s %9s\n' "qdb dev db validate (one schema)" "$t_validate"
printf '%-55s %9s\n' "qdb dev db diff --from-schema --to-schema --script" "$t_diff"
printf '%-55s %9s   (target <= 2.00)\n' "ratio diff / validate" "$(ratio "$t_diff" "$t_validate")"
