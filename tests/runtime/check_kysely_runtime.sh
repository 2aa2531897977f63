#!/usr/bin/env bash
# The way off Prisma Client, run: a scratch Node project migrates a database with qdb, generates
# its types with `generate-types` (runtime "pg", Kysely), and roundtrip.ts writes and reads back a
# row of every column type through Kysely and node-postgres, checking each value's run-time type
# against the declared one (bigint and numeric as strings, timestamps as Date, Json parsed, Bytes
# as Buffer, enums as their strings, arrays).
#
# typescript, kysely, pg and @types/pg are installed with npm into ${QDB_NPM_CACHE:-<repo>/.cache/npm}
# the first time; exits 77 (skipped) only when npm cannot install them.
# Usage: check_kysely_runtime.sh QDB_BINARY. Needs QDB_TEST_DATABASE_URL (77 without it).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
qdb=$(realpath "$1")
cache=${QDB_NPM_CACHE:-$repo/.cache/npm}
fail() { printf 'check_kysely_runtime: FAILED: %s\n' "$*" >&2; exit 1; }

if [ -z "${QDB_TEST_DATABASE_URL:-}" ]; then
  echo "check_kysely_runtime: skipped: QDB_TEST_DATABASE_URL is not set (scripts/test.sh sets it)" >&2
  exit 77
fi
if [[ ! -d "$cache/node_modules/pg" || ! -d "$cache/node_modules/@types/pg" || ! -x "$cache/node_modules/.bin/tsc" ||
      ! -d "$cache/node_modules/kysely" ]]; then
  mkdir -p "$cache"
  [[ -f "$cache/package.json" ]] || echo '{"private": true}' >"$cache/package.json"
  echo "check_kysely_runtime: installing typescript, kysely, pg and @types/pg into $cache" >&2
  if ! npm install --silent --no-audit --no-fund --prefix "$cache" typescript@5 kysely@0.27 pg@8 @types/pg@8 >&2; then
    echo "check_kysely_runtime: skipped: npm could not install the packages" >&2
    exit 77
  fi
fi

work=$(mktemp -d)
database="qdb_kysely_$$"
cleanup() {
  psql -q -X "$QDB_TEST_DATABASE_URL" -c "DROP DATABASE IF EXISTS $database" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The project as an app that left Prisma has it: its schema and migrations, qdb.toml for the types.
mkdir -p "$work/schema" "$work/src"
cp "$repo/tests/runtime/schema.prisma" "$work/schema/"
cp -r "$repo/tests/runtime/migrations" "$work/"
cp "$repo/tests/runtime/roundtrip.ts" "$work/src/"
cat >"$work/qdb.toml" <<'TOML'
[generate]
typescript = "src/db.ts"
runtime = "pg"
kysely = true
TOML
ln -s "$cache/node_modules" "$work/node_modules"
cat >"$work/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "strict": true,
    "target": "ES2020",
    "module": "CommonJS",
    "moduleResolution": "Node",
    "esModuleInterop": true,
    "types": ["node"],
    "outDir": "out"
  },
  "include": ["src/*.ts"]
}
JSON
[ -d "$cache/node_modules/@types/node" ] || fail "@types/node is missing from $cache (it comes with @types/pg)"

url="${QDB_TEST_DATABASE_URL%/*}/$database"
psql -q -X -v ON_ERROR_STOP=1 "$QDB_TEST_DATABASE_URL" -c "CREATE DATABASE $database" || fail "cannot create $database"
cd "$work"
env -u DATABASE_URL "$qdb" -q prod db migrate --url "$url" || fail "qdb prod db migrate exited $?"
env -u DATABASE_URL "$qdb" -q prod db generate-types || fail "qdb prod db generate-types exited $?"
"$cache/node_modules/.bin/tsc" -p tsconfig.json || fail "tsc rejects roundtrip.ts with the generated db.ts"
DATABASE_URL=$url TZ=UTC node out/roundtrip.js || fail "a value read back through Kysely does not have its declared type"
