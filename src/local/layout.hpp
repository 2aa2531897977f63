#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace qdb::local {

/// The folder of the project's local server: `data/` (the cluster), the unix socket and
/// `server.log`. `.qdb/postgres` in the project root (git-ignored).
std::filesystem::path project_folder(const std::filesystem::path& project_root);

/// The fallback folder under `temp_dir` when the server's user cannot reach the project (a
/// project under /root run as root) or the socket path would be too long:
/// `<temp_dir>/qdb-postgres-<first 12 hex digits of SHA-256 of the project root>`.
std::filesystem::path temp_folder(const std::filesystem::path& project_root, const std::filesystem::path& temp_dir);

/// Whether a unix socket in `folder` fits the 107 bytes that sockaddr_un allows.
bool socket_path_fits(const std::filesystem::path& folder);

/// The PostgreSQL binaries to use: `pg_config --bindir` when it has initdb, else the highest
/// version of `/usr/lib/postgresql/<version>/bin` (compared as numbers) that has it.
std::optional<std::filesystem::path> choose_bindir(const std::optional<std::filesystem::path>& pg_config_bindir,
                                                   const std::vector<std::filesystem::path>& versioned_bindirs,
                                                   const std::function<bool(const std::filesystem::path&)>& has_initdb);

/// What postmaster.pid says about a running server.
struct PidFile {
  long pid = 0;
  int port = 0;
  std::string socket_dir;
  std::string listen_address;  // empty: unix socket only
};

/// Parses postmaster.pid (pid, data folder, start time, port, socket folder, listen address, ...).
/// nullopt when it is too short or the pid or port is not a number.
std::optional<PidFile> parse_pid_file(const std::string& text);

/// The DATABASE_URL of a local server: over TCP when it listens on an address, else over the
/// unix socket in `socket_dir` (percent-encoded). User and database are `postgres`.
std::string server_url(const PidFile& server);

}  // namespace qdb::local
