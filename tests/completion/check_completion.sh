#!/usr/bin/env bash
# The shell completions of `qdb completion bash|zsh|fish`: each script is accepted by its shell
# (bash -n, zsh -n, fish --no-execute; a shell that is not installed is reported and skipped), and
# bash really completes, in a project whose qdb.toml adds a profile:
#   qdb pr<TAB>                               → prod
#   qdb st<TAB>                               → staging (from qdb.toml)
#   qdb prod db res<TAB>                      → resolve (reset is refused in prod, so not offered)
#   qdb dev db res<TAB>                       → reset resolve
#   qdb prod db resolve --rolled-back 2025<TAB> → the migration on disk
#   qdb --config <TAB>                        → file names
#
# Usage: check_completion.sh QDB_BINARY
set -euo pipefail

qdb=$(realpath "$1")
fail() { printf 'check_completion: FAILED: %s\n' "$*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for shell in bash zsh fish; do
  "$qdb" completion "$shell" >"$work/qdb.$shell" || fail "qdb completion $shell exited $?"
done
bash -n "$work/qdb.bash" || fail "bash -n rejects the bash script"
if command -v zsh >/dev/null 2>&1; then
  zsh -n "$work/qdb.zsh" || fail "zsh -n rejects the zsh script"
else
  echo "check_completion: zsh is not installed: zsh -n skipped" >&2
fi
if command -v fish >/dev/null 2>&1; then
  fish --no-execute "$work/qdb.fish" || fail "fish --no-execute rejects the fish script"
else
  echo "check_completion: fish is not installed: fish --no-execute skipped" >&2
fi

# A project: one added profile and two migrations, one of them from 2025.
mkdir -p "$work/project/migrations/20250101000000_init" "$work/project/migrations/20260301000000_next"
touch "$work/project/migrations/20250101000000_init/migration.sql" "$work/project/migrations/20260301000000_next/migration.sql"
printf '[profiles.staging]\nextends = "prod"\n' >"$work/project/qdb.toml"
touch "$work/project/qdb-other.toml"

# complete WORDS...: what bash offers for the command line "qdb WORDS" with the cursor at its end,
# through the function the script registers (the way bash calls it on TAB).
complete_line() {
  (
    cd "$work/project"
    source "$work/qdb.bash"
    [ "$(complete -p qdb)" = "complete -F _qdb qdb" ] || exit 3
    COMP_WORDS=("$qdb" "$@")
    COMP_CWORD=$#
    _qdb
    printf '%s\n' "${COMPREPLY[@]}"
  )
}
expect() {
  local want=$1; shift
  local got
  got=$(complete_line "$@" | paste -sd' ')
  [ "$got" = "$want" ] || fail "qdb $*<TAB> offered \"$got\", expected \"$want\""
}
expect "prod" pr
expect "staging" st
expect "dev prod staging completion" ""
expect "db" prod ""
expect "resolve" prod db res
expect "reset resolve" dev db res
expect "20250101000000_init" prod db resolve --rolled-back 2025
expect "20250101000000_init 20260301000000_next" staging db resolve --applied ""
expect "--dry-run" --json prod db migrate --dry
# File names come in the folder's order.
got=$(complete_line --config qdb | sort | paste -sd' ')
[ "$got" = "qdb-other.toml qdb.toml" ] || fail "qdb --config qdb<TAB> offered \"$got\", expected the two toml files"
expect "bash" completion ba
echo "check_completion: OK"
