#pragma once

#include <optional>
#include <string>

namespace qdb::db {

/// The session holding the migration lock, as pg_locks and pg_stat_activity show it to this role.
struct LockHolder {
  long long pid = 0;
  std::string user;         // the holder's role; pg_stat_activity shows it to every role
  std::string application;  // application_name, empty when the client set none
  /// False when pg_stat_activity hides the session's details from `viewer`: it shows them only to
  /// the same role, to members of pg_read_all_stats and to superusers.
  bool details_visible = true;
  std::string viewer;  // the role qdb is connected as
  std::optional<std::string> client_address;  // client_addr; absent for a local socket
  std::optional<int> client_port;              // -1 for a local socket
  std::string connected_since;                 // backend_start, "YYYY-MM-DD HH:MM:SS UTC"
  long long connected_seconds = 0;
};

/// One line for the user: "pid 4242 (deploy-job, user app, from 10.0.0.7:51234, connected since
/// 2026-01-02 03:04:05 UTC, 12 s ago)". A TCP client is named by address and port, a local socket
/// as one; when the details are hidden, says so and why instead of printing blanks.
std::string describe_lock_holder(const LockHolder& holder);

}  // namespace qdb::db
