#!/usr/bin/env bash
# Compares `qdb dev db format` with the real `prisma format` (Prisma 6) byte for byte, on the
# messy schemas of tests/golden/format/, the repository's schema, a multi-file schema folder, a
# generated 60-model schema and de-indented and CRLF copies of the last two.
#
# Usage: check_prisma_format.sh QDB_BINARY
# prisma is installed with npm into ${QDB_NPM_CACHE:-<repo>/.cache/npm} the first time. Exits 0
# when every file matches, 1 on a difference (shown as a diff), 77 (skipped) only when npm is
# missing or cannot install prisma.
set -euo pipefail

qdb="$(realpath "$1")"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cache="${QDB_NPM_CACHE:-$repo/.cache/npm}"
prisma="$cache/node_modules/.bin/prisma"

if ! command -v npm >/dev/null 2>&1; then
  echo "check_prisma_format: SKIPPED: npm is not installed" >&2
  exit 77
fi
if [[ ! -x "$prisma" ]]; then
  mkdir -p "$cache"
  [[ -f "$cache/package.json" ]] || echo '{"private": true}' > "$cache/package.json"
  echo "check_prisma_format: installing prisma@6 into $cache" >&2
  # --ignore-scripts: the install scripts download query and schema engines, which format does
  # not use (it runs Prisma's formatter compiled to WebAssembly, shipped in the package).
  if ! npm install --silent --no-audit --no-fund --ignore-scripts --prefix "$cache" prisma@6 >&2; then
    echo "check_prisma_format: SKIPPED: npm could not install prisma" >&2
    exit 77
  fi
fi
# Point the CLI at engine paths so that it does not try to download engines it will not run.
export PRISMA_SCHEMA_ENGINE_BINARY=/bin/true PRISMA_QUERY_ENGINE_LIBRARY=/bin/true
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1 DATABASE_URL=postgresql://localhost/unused

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# add_case NAME FILE...: a project whose schema/ holds the given files.
add_case() {
  local name="$1"
  shift
  mkdir -p "$work/$name/schema" "$work/$name/.git"
  touch "$work/$name/qdb.toml"
  for file in "$@"; do cp "$file" "$work/$name/schema/"; done
}
for file in "$repo"/tests/golden/format/*.prisma; do
  [[ "$file" == *.formatted.prisma ]] && continue
  add_case "golden_$(basename "$file" .prisma)" "$file"
done
add_case repository "$repo/schema/schema.prisma"
add_case multi_file "$repo"/tests/golden/prisma/valid/multi_file/*.prisma
python3 "$repo/bench/schema_gen.py" 60 > "$work/generated.prisma"
add_case generated "$work/generated.prisma"
for name in repository generated; do
  for file in "$work/$name"/schema/*.prisma; do
    add_case "${name}_flat" "$file"
    add_case "${name}_crlf" "$file"
  done
  # No indentation and single blanks everywhere; then the same with CRLF line ends.
  sed -i -E 's/^[[:space:]]+//; s/[[:space:]]+/ /g' "$work/${name}_flat"/schema/*.prisma
  sed -i -E 's/$/\r/' "$work/${name}_crlf"/schema/*.prisma
done

failed=0
cases=0
for dir in "$work"/*/; do
  name="$(basename "$dir")"
  [[ -d "$dir/schema" ]] || continue
  cases=$((cases + 1))
  cp -r "$dir/schema" "$dir/prisma"
  if [[ $(ls "$dir/prisma" | wc -l) -eq 1 ]]; then target=("$dir"/prisma/*.prisma); else target=("$dir/prisma"); fi
  if ! (cd "$dir" && "$prisma" format --schema "${target[0]}" >"$dir/prisma.log" 2>&1); then
    echo "check_prisma_format: prisma format failed on $name:" >&2
    cat "$dir/prisma.log" >&2
    failed=1
    continue
  fi
  if ! (cd "$dir" && "$qdb" dev db format -q); then
    echo "check_prisma_format: qdb format failed on $name" >&2
    failed=1
    continue
  fi
  if ! diff -r "$dir/prisma" "$dir/schema" >&2; then
    echo "check_prisma_format: $name: qdb's layout differs from prisma format's (diff above: prisma < qdb)" >&2
    failed=1
  fi
done
echo "check_prisma_format: prisma $(node -p "require('$cache/node_modules/prisma/package.json').version")"
if [[ $failed -ne 0 ]]; then exit 1; fi
echo "check_prisma_format: OK ($cases schemas formatted identically by qdb and prisma format)"
