#!/usr/bin/env bash
# Type-checks the generated TypeScript golden files (tests/golden/codegen/*.ts) together with
# tests/codegen/usage.ts using `tsc --strict --noEmit` and Kysely's Selectable/Insertable types.
# The unit tests keep the golden files equal to what qdb generates, so this checks qdb's output.
#
# typescript and kysely are installed with npm into ${QDB_NPM_CACHE:-<repo>/.cache/npm} the
# first time. Exits non-zero when tsc reports an error or the tools cannot be installed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cache="${QDB_NPM_CACHE:-$repo/.cache/npm}"

if ! command -v npm >/dev/null 2>&1; then
  echo "check_typescript: npm is not installed" >&2
  exit 1
fi

if [[ ! -x "$cache/node_modules/.bin/tsc" || ! -d "$cache/node_modules/kysely" ]]; then
  mkdir -p "$cache"
  echo "check_typescript: installing typescript and kysely into $cache" >&2
  [[ -f "$cache/package.json" ]] || echo '{"private": true}' > "$cache/package.json"
  npm install --silent --no-audit --no-fund --prefix "$cache" typescript@5 kysely@0.27 >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$repo"/tests/golden/codegen/*.ts "$repo/tests/codegen/usage.ts" "$work/"
ln -s "$cache/node_modules" "$work/node_modules"
cat > "$work/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "strict": true,
    "noEmit": true,
    "target": "ES2020",
    "module": "ESNext",
    "moduleResolution": "Bundler",
    "noUnusedLocals": true,
    "skipLibCheck": false,
    "types": []
  },
  "include": ["*.ts"]
}
JSON

cd "$work"
"$cache/node_modules/.bin/tsc" --version
"$cache/node_modules/.bin/tsc" --strict --noEmit -p tsconfig.json
echo "check_typescript: OK ($(ls "$work"/*.ts | wc -l) files)"
