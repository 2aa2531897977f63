#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "os/system.hpp"

namespace qdb::test {

/// An in-memory os::System: files in a map, variables in a map, a clock that advances only when
/// slept on, and programs answered by a function the test sets. Paths are compared in normal
/// form ("a/./b/" is "a/b"); adding a file creates its parent folders.
class MemorySystem final : public os::System {
 public:
  /// Adds or replaces a regular file.
  void add_file(const std::filesystem::path& path, std::string bytes);
  /// Adds an empty folder (and its parents).
  void add_dir(const std::filesystem::path& path);
  /// Makes listing or reading `path` fail with "Permission denied".
  void deny(const std::filesystem::path& path);
  /// Sets (or with nullopt unsets) an environment variable.
  void set_variable(const std::string& name, std::optional<std::string> value);

  /// The content of a file, or nothing.
  const std::string* file(const std::filesystem::path& path) const;
  /// Every file, by normal path: what a test compares after a command.
  const std::map<std::string, std::string>& files() const { return files_; }

  /// Answers run(); unset, every program exits with 127.
  std::function<os::CommandResult(const std::vector<std::string>& argv, const os::CommandOptions& options)> on_run;
  /// The programs run, each as its arguments joined by spaces.
  std::vector<std::string> commands_run;
  /// The lines read_line() returns, in order.
  std::vector<std::string> input_lines;
  bool stdin_terminal = false;
  bool stderr_terminal = false;
  bool root = false;
  /// Every sleep, in seconds.
  std::vector<double> sleeps;
  /// What unix_time() answers (2026-01-01T00:00:00Z unless a test sets it).
  long long wall_clock = 1767225600;

  os::ListResult list_directory(const std::filesystem::path& dir) const override;
  os::ReadResult read_file(const std::filesystem::path& path) const override;
  os::FileType file_type(const std::filesystem::path& path) const override;
  os::WriteResult write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                                        os::Durability durability = os::Durability::kFlushed) override;
  os::WriteResult remove_file(const std::filesystem::path& path) override;
  os::WriteResult create_directories(const std::filesystem::path& dir) override;
  os::WriteResult restrict_to_owner(const std::filesystem::path& path) override;
  os::WriteResult give_to(const std::filesystem::path& path, const std::string& user) override;
  std::optional<std::filesystem::path> canonical(const std::filesystem::path& path) const override;
  std::unique_ptr<os::FileLock> lock_file(const std::filesystem::path& file) override;

  std::optional<std::string> variable(std::string_view name) const override;
  std::filesystem::path temp_directory() const override { return "/tmp"; }
  bool stdin_is_terminal() const override { return stdin_terminal; }
  bool stderr_is_terminal() const override { return stderr_terminal; }
  std::optional<std::string> read_line() override;

  os::CommandResult run(const std::vector<std::string>& argv, const os::CommandOptions& options = {}) override;
  bool is_root() const override { return root; }
  std::string current_user() const override { return "tester"; }
  bool user_exists(const std::string& name) const override { return name == "tester" || name == "postgres"; }
  int free_tcp_port() override { return 54999; }
  std::unique_ptr<os::InterruptWatch> watch_interrupts(std::function<void(int signal)> on_signal) override;

  /// As a first SIGINT or SIGTERM does: calls the innermost watch's callback on a thread of its
  /// own, as the real system does, and returns at once; closing the watch waits for that thread.
  /// Returns false when nothing watches.
  bool interrupt(int signal);
  /// How many watches are open.
  int interrupt_watches() const { return static_cast<int>(on_interrupt_.size()); }

  double now() override { return now_.value.load(); }
  long long unix_time() override { return wall_clock; }
  void sleep(double seconds) override {
    now_.value.store(now_.value.load() + seconds);
    sleeps.push_back(seconds);
  }

 private:
  static std::string key(const std::filesystem::path& path);
  bool denied(const std::filesystem::path& path) const;

  std::map<std::string, std::string> files_;
  std::set<std::string> dirs_;
  std::set<std::string> denied_;
  std::map<std::string, std::string, std::less<>> variables_;
  // Read by progress threads too; copied with the rest of the system.
  struct Seconds {
    std::atomic<double> value;
    explicit Seconds(double v) : value(v) {}
    Seconds(const Seconds& other) : value(other.value.load()) {}
    Seconds& operator=(const Seconds& other) {
      value.store(other.value.load());
      return *this;
    }
  };
  Seconds now_{1000.0};
  std::vector<std::function<void(int)>> on_interrupt_;  // innermost watch last
  std::vector<std::thread> interrupt_threads_;
};

}  // namespace qdb::test
