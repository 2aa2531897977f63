# Sourced by the oracle checks that make databases of their own on the test server.
# url_for NAME: $url (the server's URL) with database NAME: .../<db>?query → .../<name>?query
url_for() {
  local base="${url%%\?*}" query=""
  [[ "$url" == *\?* ]] && query="?${url#*\?}"
  printf '%s/%s%s' "${base%/*}" "$1" "$query"
}
