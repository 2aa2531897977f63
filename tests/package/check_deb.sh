#!/usr/bin/env bash
# The Debian package as a user gets it: builds it from the suite's Release build
# (scripts/package.sh --no-build), checks what it holds and its Depends, installs it, runs
# `qdb --version`, `man -w qdb` and `qdb prod db migrate` + `status` against the test server with
# the installed binary, and removes it again.
#
# Where it installs: with `dpkg -i` on a CI machine (CI set, running as root, no qdb package
# installed yet), then `dpkg -r`; otherwise into a scratch root with `dpkg -x`, so a developer's
# machine is left as it was. QDB_DEB_INSTALL=system|scratch overrides the choice.
#
# Usage: check_deb.sh BUILD_DIR. Needs QDB_TEST_DATABASE_URL (scripts/test.sh sets it); exits 77
# (skipped) without it.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "$1" && pwd)
fail() { printf 'check_deb: FAILED: %s\n' "$*" >&2; exit 1; }
say() { printf 'check_deb: %s\n' "$*" >&2; }

if [ -z "${QDB_TEST_DATABASE_URL:-}" ]; then
  say "skipped: QDB_TEST_DATABASE_URL is not set (scripts/test.sh sets it)"
  exit 77
fi
start=$(date +%s%N)
elapsed() { echo "$(( ($(date +%s%N) - start) / 1000000 )) ms"; }

deb=$(QDB_BUILD_DIR=$build bash "$repo/scripts/package.sh" --no-build)
version=$(sed -n 's/^project(qdb VERSION \([0-9.]*\).*/\1/p' "$repo/CMakeLists.txt")
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "qdb_${version}_${arch}.deb" ] || fail "package named $(basename "$deb")"
say "built $(basename "$deb") ($(du -k "$deb" | cut -f1) kB) in $(elapsed)"

# What it holds.
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/qdb ./usr/share/man/man1/qdb.1.gz ./usr/share/bash-completion/completions/qdb \
            ./usr/share/zsh/vendor-completions/_qdb ./usr/share/fish/vendor_completions.d/qdb.fish \
            ./usr/share/doc/qdb/copyright ./usr/share/doc/qdb/README.md ./usr/share/doc/qdb/docs/exit-codes.md; do
  grep -qx "$path" <<<"$contents" || fail "the package lacks $path"
done
# Depends as dpkg-shlibdeps computed it from the libraries the binary loads: always the C library.
depends=$(dpkg-deb -f "$deb" Depends)
[[ $depends == *"libc6 (>= "* ]] || fail "Depends is \"$depends\", expected libc6 with a version"
say "Depends: $depends"

installed() { dpkg-query -W -f='${Status}' qdb 2>/dev/null | grep -q 'install ok installed'; }
mode=${QDB_DEB_INSTALL:-}
if [ -z "$mode" ]; then
  if [ -n "${CI:-}" ] && [ "$(id -u)" -eq 0 ] && ! installed; then mode=system; else mode=scratch; fi
fi
work=$(mktemp -d)
cleanup() {
  if [ "$mode" = system ] && installed; then dpkg -r qdb >/dev/null 2>&1; fi
  rm -rf "$work"
}
trap cleanup EXIT
if [ "$mode" = system ]; then
  dpkg -i "$deb" >/dev/null || fail "dpkg -i $deb"
  root=
else
  dpkg -x "$deb" "$work/root"
  root=$work/root
fi
qdb=$root/usr/bin/qdb
say "installed ($mode) in $(elapsed)"

# The version, and the commit when built from a git checkout.
shown=$("$qdb" --version)
if commit=$(git -C "$repo" rev-parse --short=12 HEAD 2>/dev/null); then
  [[ $shown == "qdb $version (git $commit"* ]] || fail "qdb --version printed \"$shown\", expected commit $commit"
else
  [ "$shown" = "qdb $version" ] || fail "qdb --version printed \"$shown\""
fi
say "$shown"
manroot=$root
if [ "$mode" = system ] && [ ! -e /usr/share/man/man1/qdb.1.gz ] && grep -qs 'path-exclude=/usr/share/man' /etc/dpkg/dpkg.cfg.d/*; then
  # Container images tell dpkg to skip man pages; look at the page as the package holds it.
  say "dpkg is configured to skip man pages here: checking man -w on the unpacked package"
  dpkg -x "$deb" "$work/root"
  manroot=$work/root
fi
if [ -n "$manroot" ]; then page=$(MANPATH=$manroot/usr/share/man man -w qdb); else page=$(man -w qdb); fi \
  || fail "man -w qdb found no page"
[ "$page" = "$manroot/usr/share/man/man1/qdb.1.gz" ] || fail "man -w qdb gave $page"
[ "$("$qdb" completion bash)" = "$(cat "$root/usr/share/bash-completion/completions/qdb")" ] \
  || fail "the installed bash completion differs from qdb completion bash"

# One migrate against the test server, in a database of its own, with the repository's migrations.
database="qdb_deb_$$"
url="${QDB_TEST_DATABASE_URL%/*}/$database"
psql -q -X -v ON_ERROR_STOP=1 "$QDB_TEST_DATABASE_URL" -c "CREATE DATABASE $database" || fail "cannot create $database"
trap 'psql -q -X "$QDB_TEST_DATABASE_URL" -c "DROP DATABASE IF EXISTS $database" >/dev/null 2>&1; cleanup' EXIT
mkdir -p "$work/project"
cp -r "$repo/migrations" "$repo/schema" "$work/project/"
count=$(find "$work/project/migrations" -name migration.sql | wc -l)
(cd "$work/project" && env -u DATABASE_URL "$qdb" --json prod db migrate --url "$url") >"$work/migrate.json" \
  || fail "qdb prod db migrate exited $?: $(cat "$work/migrate.json")"
applied=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["applied"]))' "$work/migrate.json")
[ "$applied" = "$count" ] || fail "migrate applied $applied migrations, expected $count: $(cat "$work/migrate.json")"
(cd "$work/project" && env -u DATABASE_URL "$qdb" -q prod db status --url "$url") || fail "status after migrate exited $?"
say "qdb prod db migrate applied $applied migrations; status is up to date ($(elapsed))"

if [ "$mode" = system ]; then
  dpkg -r qdb >/dev/null || fail "dpkg -r qdb"
  [ ! -e /usr/bin/qdb ] || fail "/usr/bin/qdb is still there after dpkg -r"
fi
say "OK in $(elapsed)"
