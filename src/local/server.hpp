#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "local/layout.hpp"
#include "os/system.hpp"

namespace qdb::local {

/// The project's own PostgreSQL server, run from the machine's installed binaries with its data
/// in `.qdb/postgres/` (or a folder under the temporary folder when the server's user cannot
/// reach the project). Run as root, the server runs as `postgres` (or a `qdb` system account,
/// created when missing), since initdb and postgres refuse root. Failures throw
/// qdb::Error(kConnection) with what the PostgreSQL tools printed.
class LocalServer {
 public:
  /// `say` receives progress messages for stderr.
  LocalServer(os::System& system, std::filesystem::path project_root, std::function<void(const std::string&)> say);

  /// The folder holding data/, the socket and server.log.
  const std::filesystem::path& folder();
  /// The DATABASE_URL of the running server, or nullopt when it is not running.
  std::optional<std::string> running_url();
  /// Whether the server runs and listens on its unix socket only (started without `tcp`).
  bool running_socket_only();
  /// Starts the server (running initdb on first use) unless it runs already; returns its URL.
  /// With `tcp` it also listens on 127.0.0.1 on a free port, and the URL uses TCP.
  /// `started` tells whether this call started it.
  std::string start(bool tcp, bool* started = nullptr);
  /// Stops the server (pg_ctl stop -m fast); false when it was not running.
  bool stop();

 private:
  /// What postmaster.pid says, when the server runs.
  std::optional<PidFile> running();
  const std::string& server_user();
  const std::filesystem::path& bindir();
  /// Runs a program as `user` (through runuser) when that is not us; output captured.
  os::CommandResult run_as(const std::vector<std::string>& argv, const std::string& user = {});
  std::string read_text(const std::filesystem::path& path) const;
  std::filesystem::path data() { return folder() / "data"; }

  os::System& system_;
  std::filesystem::path root_;
  std::function<void(const std::string&)> say_;
  std::string user_;
  std::filesystem::path folder_;
  std::filesystem::path bindir_;
};

}  // namespace qdb::local
