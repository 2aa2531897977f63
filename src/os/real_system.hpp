#pragma once

#include "os/system.hpp"

namespace qdb::os {

/// The operating system itself: POSIX calls, posix_spawn, steady_clock. Built once, in main.
class RealSystem : public System {
 public:
  ListResult list_directory(const std::filesystem::path& dir) const override;
  ReadResult read_file(const std::filesystem::path& path) const override;
  ReadResult read_file_in(const std::filesystem::path& dir, std::string_view relative) const override;
  FileType file_type(const std::filesystem::path& path) const override;
  WriteResult write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                                    Durability durability = Durability::kFlushed) override;
  WriteResult remove_file(const std::filesystem::path& path) override;
  WriteResult create_directories(const std::filesystem::path& dir) override;
  WriteResult restrict_to_owner(const std::filesystem::path& path) override;
  WriteResult give_to(const std::filesystem::path& path, const std::string& user) override;
  std::optional<std::filesystem::path> canonical(const std::filesystem::path& path) const override;
  std::unique_ptr<FileLock> lock_file(const std::filesystem::path& file) override;

  std::optional<std::string> variable(std::string_view name) const override;
  std::filesystem::path temp_directory() const override;
  bool stdin_is_terminal() const override;
  bool stderr_is_terminal() const override;
  std::optional<std::string> read_line() override;

  CommandResult run(const std::vector<std::string>& argv, const CommandOptions& options = {}) override;
  bool is_root() const override;
  std::string current_user() const override;
  bool user_exists(const std::string& name) const override;
  int free_tcp_port() override;
  std::unique_ptr<InterruptWatch> watch_interrupts(std::function<void(int signal)> on_signal) override;

  double now() override;
  long long unix_time() override;
  void sleep(double seconds) override;
};

/// Runs a program as RealSystem::run does (posix_spawnp with a prepared environment).
CommandResult run_command(const std::vector<std::string>& argv, const CommandOptions& options);

}  // namespace qdb::os
