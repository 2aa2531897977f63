#pragma once

#include <string>

#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace qdb::test {

/// A port on 127.0.0.1 where nothing listens right now.
int free_port();

/// Runs `script` with bash after sourcing scripts/common.sh (which knows how to run servers as an
/// unprivileged user when the tests run as root).
ProcessResult run_common_sh(const std::string& script);

/// A PostgreSQL server of one test's own, in a temporary folder, run by scripts/common.sh as the
/// user that runs the shared test server. Stopped, and its files removed, when this goes away.
class ThrowawayServer {
 public:
  ThrowawayServer();
  ~ThrowawayServer();
  ThrowawayServer(const ThrowawayServer&) = delete;
  ThrowawayServer& operator=(const ThrowawayServer&) = delete;

  /// Initialises and starts a primary on a free port. Returns the script's result: exit 0 when it runs.
  ProcessResult start_primary();
  /// Copies the running `primary` with pg_basebackup -R and starts the copy on a free port as a
  /// streaming hot standby. Returns the script's result: exit 0 when it accepts connections.
  ProcessResult start_standby(const ThrowawayServer& primary);

  /// Initialises and starts a primary with ssl = on that refuses plain TCP connections; its test
  /// certificates (ca.crt, other-ca.crt, server.crt for "localhost" only, client.crt/.key for the
  /// role "certuser", who logs in by certificate alone) are in tls_dir().
  ProcessResult start_tls();

  /// Initialises and starts a primary that keeps PostgreSQL's durability defaults (fsync and
  /// full_page_writes on; the other test servers turn them off for speed), for tests that crash
  /// it: a commit must then survive the crash. The calling process becomes a child subreaper
  /// (prctl), so that the postmaster and its children, orphaned once pg_ctl has started them,
  /// become its children and kill_postmaster() can wait for them.
  ProcessResult start_durable();
  /// Kills the postmaster and every process it had started with SIGKILL, at once, as a crash of
  /// the machine would, then waits until they are gone and reaps them. Returns false when some
  /// still run after 30 s. Only for a server of start_durable().
  bool kill_postmaster();
  /// Starts the server again on the same data folder and port, after kill_postmaster(); it runs
  /// crash recovery first. Returns the script's result: exit 0 when it accepts connections.
  ProcessResult restart();

  int port() const { return port_; }
  std::filesystem::path tls_dir() const { return dir_.path() / "tls"; }
  /// postgresql://postgres:<password>@127.0.0.1:<port>/<database>
  std::string url(const std::string& database = "postgres") const;

 private:
  TempDir dir_;
  int port_ = 0;
  bool durable_ = false;
};

/// A pg_auto_failover formation of a test's own: a monitor and two PostgreSQL nodes on free ports
/// of 127.0.0.1 (trust authentication, no TLS), run by scripts/common.sh as the user that runs
/// the shared test server. Stopped, and its files removed, when this goes away.
class AutoFailoverFormation {
 public:
  /// Whether pg_autoctl is installed.
  static bool available();
  AutoFailoverFormation();
  ~AutoFailoverFormation();
  AutoFailoverFormation(const AutoFailoverFormation&) = delete;
  AutoFailoverFormation& operator=(const AutoFailoverFormation&) = delete;

  /// Starts the monitor and both nodes. Returns the script's result: exit 0 once node 1 is the
  /// primary and node 2 its synchronous secondary.
  ProcessResult start();
  /// `pg_autoctl perform failover`: the secondary becomes the primary. Returns the script's
  /// result: exit 0 once the old primary has rejoined as the secondary.
  ProcessResult failover();
  /// The monitor's last events and the nodes' states, for a failure message.
  std::string events() const;

  /// postgresql://postgres@127.0.0.1:<node's port>/<database>
  std::string node_url(int node, const std::string& database) const;
  /// One URL for both nodes, `first` listed first, that reaches whichever is the primary:
  /// postgresql://postgres@127.0.0.1:<p1>,127.0.0.1:<p2>/<database>?target_session_attrs=read-write
  std::string url(const std::string& database, int first) const;

 private:
  TempDir dir_;
  int monitor_port_ = 0;
  int ports_[2] = {0, 0};
  bool started_ = false;
};

/// PgBouncer in front of the server `server_url` points at (its host, port, user and password),
/// on a free port, with `pool_mode` ("session" or "transaction") and any further [pgbouncer]
/// settings in `extra` (lines of `key = value`). Every database name maps to the same name on the
/// server. Run as the server's user; stopped when this goes away.
class PgBouncer {
 public:
  PgBouncer(const std::string& server_url, const std::string& pool_mode, const std::string& extra = {});
  ~PgBouncer();
  PgBouncer(const PgBouncer&) = delete;
  PgBouncer& operator=(const PgBouncer&) = delete;

  /// Whether it started; otherwise `error()` holds the script's output.
  bool ok() const { return started_.exit_code == 0; }
  std::string error() const { return started_.err + started_.out; }
  int port() const { return port_; }
  /// The URL of `database` through PgBouncer, with `query` appended as ?query when given.
  std::string url(const std::string& database, const std::string& query = {}) const;
  /// PgBouncer's log so far.
  std::string log() const;

 private:
  TempDir dir_;
  int port_ = 0;
  std::string user_;
  std::string password_;
  ProcessResult started_;
};

}  // namespace qdb::test
