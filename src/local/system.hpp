#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "util/subprocess.hpp"

namespace qdb::local {

/// The operating-system calls the local server needs, behind one interface.
class System {
 public:
  virtual ~System() = default;
  /// Runs a program, as `user` (through runuser) when given and not ourselves; output captured.
  virtual util::CommandResult run(const std::vector<std::string>& argv, const std::string& user = {}) = 0;
  /// Whether we run as root.
  virtual bool is_root() = 0;
  /// The name of the user we run as.
  virtual std::string current_user() = 0;
  virtual bool user_exists(const std::string& name) = 0;
  /// Gives `path` to `user`. Throws qdb::Error(kConnection) on failure.
  virtual void give_to(const std::filesystem::path& path, const std::string& user) = 0;
  /// A TCP port on 127.0.0.1 where nothing listens now.
  virtual int free_tcp_port() = 0;
  /// `pg_config --bindir`, when pg_config exists.
  virtual std::optional<std::filesystem::path> pg_config_bindir() = 0;
  /// The folders /usr/lib/postgresql/*/bin.
  virtual std::vector<std::filesystem::path> versioned_bindirs() = 0;
  /// The system's temporary folder.
  virtual std::filesystem::path temp_dir() = 0;
};

/// The real operating system.
class RealSystem final : public System {
 public:
  util::CommandResult run(const std::vector<std::string>& argv, const std::string& user = {}) override;
  bool is_root() override;
  std::string current_user() override;
  bool user_exists(const std::string& name) override;
  void give_to(const std::filesystem::path& path, const std::string& user) override;
  int free_tcp_port() override;
  std::optional<std::filesystem::path> pg_config_bindir() override;
  std::vector<std::filesystem::path> versioned_bindirs() override;
  std::filesystem::path temp_dir() override;
};

}  // namespace qdb::local
