#!/usr/bin/env bash
# Builds the Debian package of qdb, qdb_<version>_<arch>.deb, from the Release build in build/
# ($QDB_BUILD_DIR), and prints its path on stdout.
#
#   bash scripts/package.sh              # install what is missing, build qdb, make the package
#   bash scripts/package.sh --no-build   # package the build as it is (the test suite, after its build)
#
# The package holds /usr/bin/qdb, the man page, the bash, zsh and fish completions, the licence
# and the documentation; dpkg-shlibdeps (dpkg-dev) computes its Depends for the link mode built.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build=1
case "${1:-}" in
  --no-build) build=0 ;;
  "") ;;
  *) die "usage: scripts/package.sh [--no-build]" ;;
esac

if ((build)); then
  install_missing "${QDB_BUILD_PACKAGES[@]}" dpkg-dev
  build_qdb qdb_package_files
else
  command -v dpkg-shlibdeps >/dev/null 2>&1 || die "dpkg-shlibdeps is missing: install dpkg-dev"
  [ -f "$QDB_BUILD_DIR/CPackConfig.cmake" ] || die "no build in $QDB_BUILD_DIR: run scripts/package.sh without --no-build"
fi

QDB_BUILD_DIR=$(cd "$QDB_BUILD_DIR" && pwd)
out="$QDB_BUILD_DIR/package"
rm -f "$out"/qdb_*.deb
# The files the package holds are built (qdb_package_files); cpack only installs and archives them.
(cd "$QDB_BUILD_DIR" && cpack -G DEB --config CPackConfig.cmake >"$out.log" 2>&1) \
  || { cat "$out.log" >&2; die "cpack failed"; }
deb=$(ls "$out"/qdb_*.deb)
log "built ${deb#"$QDB_ROOT"/}"
echo "$deb"
