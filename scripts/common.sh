# Shared by scripts/run.sh and scripts/test.sh. Sourced, not run.
# Installs what is missing, builds qdb, and manages a throw-away PostgreSQL server.

QDB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
QDB_BUILD_DIR=${QDB_BUILD_DIR:-$QDB_ROOT/build}

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root or sudo to run: $*"; fi
}

# The Debian 12 packages qdb builds and tests with. postgresql-server-dev-15 brings libpgcommon.a and
# libpgport.a, which a statically linked libpq needs (QDB_STATIC_LIBPQ: 4 ms less on every start).
QDB_BUILD_PACKAGES=(g++ cmake make pkg-config libpqxx-dev libssl-dev postgresql-server-dev-15 libcli11-dev libspdlog-dev
                    libtomlplusplus-dev nlohmann-json3-dev libgtest-dev)
QDB_SERVER_PACKAGES=(postgresql-15 postgresql-client-15 pgbouncer openssl)
# The sanitizer and fuzz build (scripts/test.sh, scripts/fuzz.sh; docs/fuzzing.md): clang with
# libFuzzer and the AddressSanitizer and UndefinedBehaviorSanitizer runtimes, and llvm-symbolizer,
# which turns the addresses of their reports into files and lines.
QDB_SANITIZE_PACKAGES=(clang-14 libclang-rt-14-dev llvm-14)
QDB_SANITIZE_BUILD_DIR=${QDB_SANITIZE_BUILD_DIR:-$QDB_ROOT/build-sanitize}
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-/usr/lib/llvm-14/bin/llvm-symbolizer}

install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # Debian's postgresql-common would create and start a cluster of its own: we only want the binaries.
  if printf '%s\n' "${missing[@]}" | grep -q '^postgresql'; then
    as_root mkdir -p /etc/postgresql-common/createcluster.d
    echo 'create_main_cluster = false' | as_root tee /etc/postgresql-common/createcluster.d/qdb-no-main.conf >/dev/null
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# build_qdb [TARGET...]: configures and builds (Release); everything, tests included, by default.
build_qdb() {
  log "building ${*:-qdb and its tests} (Release) in ${QDB_BUILD_DIR#"$QDB_ROOT"/}"
  cmake -S "$QDB_ROOT" -B "$QDB_BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
  if [ $# -gt 0 ]; then
    cmake --build "$QDB_BUILD_DIR" -j"$(nproc)" --target "$@"
  else
    cmake --build "$QDB_BUILD_DIR" -j"$(nproc)"
  fi
}

# build_sanitized TARGET...: configures build-sanitize with clang, -O1 -g, AddressSanitizer and
# UndefinedBehaviorSanitizer on every target and libFuzzer's coverage (QDB_FUZZ), and builds
# TARGETs. The tests and the fuzz targets share this one instrumented build of the code. It links
# the system's shared libpq and OpenSSL (QDB_STATIC_LIBPQ=OFF), so that a CI run builds and tests
# both link modes without a third build: the Release build links them statically.
build_sanitized() {
  log "building $* with AddressSanitizer + UndefinedBehaviorSanitizer (clang, -O1) in ${QDB_SANITIZE_BUILD_DIR#"$QDB_ROOT"/}"
  cmake -S "$QDB_ROOT" -B "$QDB_SANITIZE_BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DQDB_FUZZ=ON -DQDB_STATIC_LIBPQ=OFF >/dev/null
  cmake --build "$QDB_SANITIZE_BUILD_DIR" -j"$(nproc)" --target "$@"
}

# The fuzz targets of fuzz/, by name (database_url, sql, ...).
fuzz_targets() {
  local source
  for source in "$QDB_ROOT"/fuzz/*_fuzz.cpp; do
    source=${source##*/}
    echo "${source%_fuzz.cpp}"
  done
}

pg_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  die "no PostgreSQL server binaries found under /usr/lib/postgresql (install postgresql-15)"
}

# The user that runs the throw-away server: ourselves, or an unprivileged account when we are root
# (initdb refuses to run as root).
pg_server_user() {
  if [ "$(id -u)" -ne 0 ]; then id -un; return; fi
  if id postgres >/dev/null 2>&1; then echo postgres; return; fi
  id qdb-postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin qdb-postgres
  echo qdb-postgres
}

as_server_user() {
  local user=$1; shift
  if [ "$(id -un)" = "$user" ]; then "$@"; else runuser -u "$user" -- "$@"; fi
}

# The tests trade durability for speed (a test server's data is thrown away); benchmarks set
# PG_DURABLE=1 and keep PostgreSQL's defaults, so that every commit pays the flush users pay.
test_durability() {
  [ "${PG_DURABLE:-0}" = 1 ] || echo "-c fsync=off -c full_page_writes=off"
}

# start_on_free_port BIN USER "PORTS" "EXTRA_OPTIONS": starts the cluster in $PG_DIR/data on the
# first free port of PORTS ($PG_PORTS overrides them), with its unix socket in $PG_DIR. Sets
# PG_PORT, PG_USER, PG_SOCKET_URL and PG_TCP_URL; on failure prints the server log and returns 1.
start_on_free_port() {
  local bin=$1 user=$2 ports=$3 extra=$4 port
  for port in ${PG_PORTS:-$ports}; do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue   # something listens there
    if as_server_user "$user" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
         -o "-k $PG_DIR -c listen_addresses=127.0.0.1 -p $port $(test_durability) -c max_connections=200 $extra" \
         start >/dev/null 2>&1; then
      PG_PORT=$port PG_USER=$user
      PG_SOCKET_URL="postgresql://postgres@localhost/postgres?host=$PG_DIR&port=$port"
      PG_TCP_URL="postgresql://postgres:$PG_PASSWORD@127.0.0.1:$port/postgres"
      return 0
    fi
  done
  cat "$PG_DIR/server.log" >&2 2>/dev/null
  return 1
}

# start_throwaway_postgres DIR: initialises and starts a server with its data and unix socket in DIR,
# listening also on 127.0.0.1 on a free port (the first free one of PG_PORTS when set).
# Sets PG_DIR, PG_PORT, PG_USER, PG_SOCKET_URL, PG_TCP_URL.
# The superuser `postgres` logs in without a password on the socket and with PG_PASSWORD over TCP.
PG_PASSWORD=${PG_PASSWORD:-qdb-test-secret}
start_throwaway_postgres() {
  init_throwaway_postgres "$1"
  local bin
  bin=$(pg_bindir)
  start_on_free_port "$bin" "$PG_USER" "$(seq 54329 54400)" "" \
    && log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') running as $PG_USER on 127.0.0.1:$PG_PORT and in $PG_DIR" \
    || die "could not start PostgreSQL (see the log above)"
}

# init_throwaway_postgres DIR: initdb into DIR/data (once) as the server user. Sets PG_DIR, PG_USER.
init_throwaway_postgres() {
  PG_DIR=$1
  local bin user
  bin=$(pg_bindir)
  user=$(pg_server_user)
  PG_USER=$user
  mkdir -p "$PG_DIR"
  chown "$user" "$PG_DIR" 2>/dev/null || true
  chmod 755 "$PG_DIR"
  if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    local pwfile="$PG_DIR/pwfile"
    printf '%s\n' "$PG_PASSWORD" > "$pwfile"
    chown "$user" "$pwfile" 2>/dev/null || true
    as_server_user "$user" "$bin/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$pwfile" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
      || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
    rm -f "$pwfile"
  fi
}

# make_test_certificates DIR: a test CA (ca.crt), a second CA that signed nothing here (other-ca.crt),
# a server certificate for the host name "localhost" only (server.crt/.key) and a client certificate
# for the role "certuser" (client.crt/.key), all made with the openssl command. Keys are mode 0600.
make_test_certificates() {
  local dir=$1 name
  mkdir -p "$dir"
  for name in ca other-ca; do
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj "/CN=qdb test $name" \
      -keyout "$dir/$name.key" -out "$dir/$name.crt" >/dev/null 2>&1 || die "openssl could not make $name"
  done
  printf 'subjectAltName = DNS:localhost\n' > "$dir/server.ext"
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=localhost" -keyout "$dir/server.key" -out "$dir/server.csr" \
    >/dev/null 2>&1 || die "openssl could not make the server key"
  openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
    -extfile "$dir/server.ext" -out "$dir/server.crt" >/dev/null 2>&1 || die "openssl could not sign the server key"
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=certuser" -keyout "$dir/client.key" -out "$dir/client.csr" \
    >/dev/null 2>&1 || die "openssl could not make the client key"
  openssl x509 -req -in "$dir/client.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
    -out "$dir/client.crt" >/dev/null 2>&1 || die "openssl could not sign the client key"
  chmod 600 "$dir"/*.key
}

# start_throwaway_tls_postgres DIR: a throw-away server as start_throwaway_postgres makes, with
# ssl = on and the certificates of make_test_certificates in DIR/tls. TCP connections must use TLS
# (hostnossl is rejected); the role "certuser" logs in with its client certificate (no password),
# everyone else with PG_PASSWORD. Sets what start_throwaway_postgres sets.
start_throwaway_tls_postgres() {
  init_throwaway_postgres "$1"
  local bin tls=$PG_DIR/tls
  bin=$(pg_bindir)
  make_test_certificates "$tls"
  cp "$tls/server.crt" "$tls/server.key" "$tls/ca.crt" "$PG_DIR/data/"
  chown "$PG_USER" "$PG_DIR/data/server.crt" "$PG_DIR/data/server.key" "$PG_DIR/data/ca.crt" 2>/dev/null || true
  chmod 600 "$PG_DIR/data/server.key"
  # PgBouncer (run as the server user) serves the same certificate to its clients in the tests.
  chown "$PG_USER" "$tls/server.crt" "$tls/server.key" 2>/dev/null || true
  # The first matching line wins: plain TCP is refused, certuser must show its certificate.
  sed -i '1i hostnossl all all 127.0.0.1/32 reject\nhostssl all certuser 127.0.0.1/32 cert' "$PG_DIR/data/pg_hba.conf"
  start_on_free_port "$bin" "$PG_USER" "$(seq 54471 54540)" \
      "-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key -c ssl_ca_file=ca.crt" \
    || die "could not start PostgreSQL with TLS (see the log above)"
  as_server_user "$PG_USER" "$bin/psql" -X -q -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres \
    -c 'CREATE ROLE certuser LOGIN SUPERUSER' >/dev/null || die "could not create the role certuser"
  log "PostgreSQL with TLS running as $PG_USER on 127.0.0.1:$PG_PORT and in $PG_DIR"
}

stop_throwaway_postgres() {
  [ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ] || return 0
  as_server_user "$PG_USER" "$(pg_bindir)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}

# Stops a server left running in DIR by an earlier run.
stop_throwaway_postgres_at() {
  PG_DIR=$1 PG_USER=$(stat -c %U "$1/data")
  stop_throwaway_postgres
}

# start_throwaway_standby PRIMARY_DIR DIR: a streaming replica (hot standby) of the throw-away server
# running in PRIMARY_DIR, copied with pg_basebackup -R into DIR and started there, with its socket in
# DIR and on 127.0.0.1 on a free port (the first free one of PG_PORTS when set), as the same user.
# Returns once it accepts connections. Sets PG_DIR, PG_PORT, PG_USER, PG_SOCKET_URL, PG_TCP_URL.
start_throwaway_standby() {
  local primary=$1 bin user primary_port port
  PG_DIR=$2
  bin=$(pg_bindir)
  user=$(stat -c %U "$primary/data")
  primary_port=$(sed -n 4p "$primary/data/postmaster.pid")
  [ -n "$primary_port" ] || die "no server is running in $primary"
  mkdir -p "$PG_DIR"
  chown "$user" "$PG_DIR" 2>/dev/null || true
  chmod 755 "$PG_DIR"
  # initdb's pg_hba.conf lets local connections replicate without a password.
  as_server_user "$user" "$bin/pg_basebackup" -h "$primary" -p "$primary_port" -U postgres -D "$PG_DIR/data" \
    -R -X stream --checkpoint=fast >"$PG_DIR/basebackup.log" 2>&1 \
    || { cat "$PG_DIR/basebackup.log" >&2; die "pg_basebackup failed"; }
  start_on_free_port "$bin" "$user" "$(seq 54401 54470)" "-c hot_standby=on" \
    && log "hot standby of 127.0.0.1:$primary_port running as $user on 127.0.0.1:$PG_PORT and in $PG_DIR" \
    || die "could not start the standby (see the log above)"
}

# start_throwaway_pgbouncer INI PORT: runs PgBouncer as a daemon with the configuration INI, which
# listens on 127.0.0.1:PORT and keeps its pidfile and log in the folder of INI, as the user that runs
# the throw-away server (PgBouncer refuses to run as root). Returns once PORT accepts connections.
start_throwaway_pgbouncer() {
  local ini=$1 port=$2 dir user bin i
  dir=$(dirname "$ini")
  user=$(pg_server_user)
  bin=$(PATH=$PATH:/usr/sbin command -v pgbouncer) || die "pgbouncer is not installed"
  chown -R "$user" "$dir" 2>/dev/null || true
  chmod 755 "$dir"
  as_server_user "$user" "$bin" -d -q "$ini" || { cat "$dir"/*.log >&2 2>/dev/null; die "pgbouncer did not start"; }
  for i in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  cat "$dir"/*.log >&2 2>/dev/null
  die "pgbouncer does not listen on 127.0.0.1:$port"
}

# stop_throwaway_pgbouncer PIDFILE: stops the PgBouncer whose pidfile that is, and waits for it to exit.
stop_throwaway_pgbouncer() {
  local pid i
  pid=$(cat "$1" 2>/dev/null) || return 0
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for i in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

# autoctl_at DIR ARGS...: pg_autoctl as the user that owns DIR, with its configuration and state
# under DIR rather than in that user's home.
autoctl_at() {
  local dir=$1; shift
  as_server_user "$(stat -c %U "$dir")" env XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/share" \
    XDG_RUNTIME_DIR="$dir/run" pg_autoctl "$@"
}

# start_test_server: a throw-away PostgreSQL in a temporary folder, stopped and removed when the
# script exits, and the QDB_TEST_* variables the test suites read to reach it.
start_test_server() {
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/qdb-test-pg.XXXXXX")
  chmod 755 "$PG_DIR"
  trap 'stop_throwaway_postgres; rm -rf "$PG_DIR"' EXIT
  start_throwaway_postgres "$PG_DIR"
  export QDB_TEST_DATABASE_URL=$PG_TCP_URL
  export QDB_TEST_SOCKET_URL=$PG_SOCKET_URL
  QDB_TEST_PG_BINDIR=$(pg_bindir)
  export QDB_TEST_PG_BINDIR
}

# start_throwaway_auto_failover DIR MONITOR_PORT PORT1 PORT2: a pg_auto_failover formation on
# 127.0.0.1 (trust authentication, no TLS): a monitor and two nodes, each kept running by
# `pg_autoctl ... --run` in the background as the server user, with data and logs in DIR. Returns
# once node 1 is the primary and node 2 its (synchronous) secondary.
start_throwaway_auto_failover() {
  local dir=$1 monitor_port=$2 bin user
  command -v pg_autoctl >/dev/null 2>&1 || die "pg_autoctl is not installed (postgresql-15-auto-failover, pg-auto-failover-cli)"
  bin=$(pg_bindir)
  user=$(pg_server_user)
  mkdir -p "$dir"
  chown "$user" "$dir" 2>/dev/null || true
  chmod 755 "$dir"
  dir=$(cd "$dir" && pwd)  # pg_autoctl names its folders after the absolute path
  # pg_autoctl makes these folders itself, but two of its processes making the same one at once
  # (the node being created and the poll below) can fail with "File exists": make them first.
  local base node
  for base in config share run; do
    for node in monitor node1 node2; do
      as_server_user "$user" mkdir -p "$dir/$base/pg_autoctl$dir/$node"
    done
  done
  local common="--hostname 127.0.0.1 --auth trust --no-ssl --pgctl $bin/pg_ctl --run"
  local monitor="postgres://autoctl_node@127.0.0.1:$monitor_port/pg_auto_failover?sslmode=disable"
  run_autoctl_in_background "$dir" monitor create monitor --pgdata "$dir/monitor" --pgport "$monitor_port" $common
  wait_for_auto_failover "$dir" "" || die "the pg_auto_failover monitor in $dir did not start"
  # One at a time: the first node becomes "single", and the second joins as its secondary.
  run_autoctl_in_background "$dir" node1 create postgres --pgdata "$dir/node1" --pgport "$3" --listen 127.0.0.1 \
    --monitor "$monitor" $common
  wait_for_auto_failover "$dir" "1:single,single" || die "node 1 of the formation in $dir did not start"
  run_autoctl_in_background "$dir" node2 create postgres --pgdata "$dir/node2" --pgport "$4" --listen 127.0.0.1 \
    --monitor "$monitor" $common
  wait_for_auto_failover "$dir" "$(printf '1:primary,primary\n2:secondary,secondary')" \
    || die "the pg_auto_failover formation in $dir did not settle"
}

# run_autoctl_in_background DIR NAME ARGS...: `pg_autoctl ARGS` detached, its output in DIR/NAME.log.
run_autoctl_in_background() {
  local dir=$1 name=$2; shift 2
  (autoctl_at "$dir" "$@" </dev/null >"$dir/$name.log" 2>&1 &)
}

# wait_for_auto_failover DIR STATES: waits up to 90 s until auto_failover_states prints STATES (any
# answer of the monitor when STATES is empty); on timeout prints the logs and returns 1.
wait_for_auto_failover() {
  local dir=$1 states=$2 deadline=$((SECONDS + 90))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if [ -z "$states" ]; then
      autoctl_at "$dir" show state --pgdata "$dir/monitor" >/dev/null 2>&1 && return 0
    elif [ "$(auto_failover_states "$dir")" = "$states" ]; then
      return 0
    fi
    sleep 0.1
  done
  tail -n 20 "$dir"/*.log >&2
  return 1
}

# auto_failover_states DIR: one line per node, "NODE:REPORTED,ASSIGNED" (e.g. 1:primary,primary).
auto_failover_states() {
  autoctl_at "$1" show state --pgdata "$1/monitor" 2>/dev/null \
    | awk -F'|' 'NR > 2 && NF > 1 { gsub(/ /, ""); print $2 ":" $6 "," $7 }'
}

# stop_throwaway_auto_failover DIR: stops the nodes, then the monitor, and waits until their
# servers have exited.
stop_throwaway_auto_failover() {
  local dir=$1 node i
  [ -d "$dir" ] || return 0
  for node in node2 node1 monitor; do
    [ -d "$dir/$node" ] && autoctl_at "$dir" stop --pgdata "$dir/$node" >/dev/null 2>&1
  done
  for i in $(seq 1 300); do
    ls "$dir"/*/postmaster.pid >/dev/null 2>&1 || return 0
    sleep 0.1
  done
  for node in node2 node1 monitor; do
    [ -f "$dir/$node/postmaster.pid" ] && as_server_user "$(stat -c %U "$dir")" "$(pg_bindir)/pg_ctl" -D "$dir/$node" -m immediate stop >/dev/null 2>&1
  done
  return 0
}

# show_auto_failover_events DIR: the monitor's last events and the nodes' states (for a test's
# failure message).
show_auto_failover_events() {
  autoctl_at "$1" show events --count 40 --pgdata "$1/monitor" 2>&1
  autoctl_at "$1" show state --pgdata "$1/monitor" 2>&1
}

# perform_throwaway_failover DIR: promotes the secondary of the formation in DIR; returns once the
# old primary has rejoined as its secondary.
perform_throwaway_failover() {
  autoctl_at "$1" perform failover --pgdata "$1/monitor" >"$1/failover.log" 2>&1 \
    || { cat "$1/failover.log" >&2; return 1; }
}
