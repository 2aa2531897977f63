#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qdb::os {

/// One entry of a directory listing. The type flags follow symbolic links.
struct DirEntry {
  std::string name;  // the entry's file name, never "." or ".."
  bool is_dir = false;
  bool is_regular = false;

  bool operator==(const DirEntry&) const = default;
};

/// A directory listing, or why it could not be made.
struct ListResult {
  bool ok = false;
  std::vector<DirEntry> entries;  // in no particular order
  std::string error;              // the operating system's reason, e.g. "Permission denied"
};

/// A file's bytes, or why they could not be read.
struct ReadResult {
  bool ok = false;
  std::string bytes;
  std::string error;
};

/// How much a write must survive. Either way readers never see a partly written file.
enum class Durability {
  kFlushed,     // on disk before it replaces the old file: survives a crash (user-authored files)
  kReplaceable  // may be lost to a crash of the machine: derived files the next run writes again
};

/// Whether a change to the disk succeeded, and if not, why (the reason only; callers add the path).
struct WriteResult {
  bool ok = false;
  std::string error;
};

/// What is at a path, following symbolic links.
enum class FileType { kNone, kRegular, kDirectory, kOther };

/// How run() starts a program.
struct CommandOptions {
  std::filesystem::path cwd;               // empty: ours
  std::map<std::string, std::string> env;  // set on top of our environment
  /// true: the child's stdout and stderr are collected into CommandResult::output.
  /// false: both go to our stderr (stdout stays free for data such as --json).
  bool capture = true;
};

/// How a program ended.
struct CommandResult {
  int exit_code = 0;   // the exit status, or 128 + signal number
  std::string output;  // stdout and stderr interleaved, when captured
};

/// Held while an exclusive lock on a file is held; destroying it releases the lock.
class FileLock {
 public:
  virtual ~FileLock() = default;
};

/// Held while SIGINT and SIGTERM are watched (System::watch_interrupts); destroying it puts back
/// what was there before.
class InterruptWatch {
 public:
  virtual ~InterruptWatch() = default;
};

/// Everything qdb asks of the operating system, behind one interface (as LevelDB's Env): files,
/// environment variables, terminals, processes and users, and the clock. `main` builds the real
/// one (RealSystem); unit tests use an in-memory one, so a whole command runs without a disk.
/// Nothing here throws: failures come back as values and the caller decides what they mean.
/// The const file operations may be called from several threads at once.
class System {
 public:
  virtual ~System() = default;

  // --- Files ---

  /// The entries of directory `dir`.
  virtual ListResult list_directory(const std::filesystem::path& dir) const = 0;

  /// The whole content of regular file `path`.
  virtual ReadResult read_file(const std::filesystem::path& path) const = 0;

  /// The same as read_file(dir / relative); the real system reads it without building a
  /// std::filesystem::path, which matters when reading a thousand migrations.
  virtual ReadResult read_file_in(const std::filesystem::path& dir, std::string_view relative) const {
    return read_file(dir / relative);
  }

  /// What is at `path` (kNone also when it cannot be looked at, or is a dangling link).
  virtual FileType file_type(const std::filesystem::path& path) const = 0;

  /// True when something exists at `path` (a dangling symbolic link does not count).
  bool exists(const std::filesystem::path& path) const { return file_type(path) != FileType::kNone; }

  /// Replaces `path` with `bytes` so readers see the old or the new content, never a mix: the
  /// bytes go to a temporary file in the same folder, which is then renamed over `path`. The
  /// parent folder must exist. A replaced file keeps its permission bits. kFlushed also flushes
  /// the bytes to disk before the rename.
  virtual WriteResult write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                                            Durability durability = Durability::kFlushed) = 0;

  /// Removes the file `path`; ok when it did not exist.
  virtual WriteResult remove_file(const std::filesystem::path& path) = 0;

  /// Creates folder `dir` and its missing parents; ok when it exists already.
  virtual WriteResult create_directories(const std::filesystem::path& dir) = 0;

  /// Makes `path` readable, writable and searchable by its owner only (mode 0700).
  virtual WriteResult restrict_to_owner(const std::filesystem::path& path) = 0;

  /// Gives `path` to user `user` (and that user's group).
  virtual WriteResult give_to(const std::filesystem::path& path, const std::string& user) = 0;

  /// `path` with symbolic links and "." and ".." resolved; nullopt when it does not exist.
  virtual std::optional<std::filesystem::path> canonical(const std::filesystem::path& path) const = 0;

  /// Waits for an exclusive lock on `file` (created when missing) and holds it until the result
  /// is destroyed; other processes that ask for the same lock wait. Null when the file cannot
  /// be opened: the caller then goes on without the lock.
  virtual std::unique_ptr<FileLock> lock_file(const std::filesystem::path& file) = 0;

  // --- Environment and terminals ---

  /// The variable `name` of the process environment, or nullopt when unset.
  virtual std::optional<std::string> variable(std::string_view name) const = 0;

  /// The folder for temporary files ($TMPDIR, else /tmp).
  virtual std::filesystem::path temp_directory() const = 0;

  /// Whether standard input is a terminal (someone can answer a question).
  virtual bool stdin_is_terminal() const = 0;

  /// Whether standard error is a terminal (colour may be used).
  virtual bool stderr_is_terminal() const = 0;

  /// One line read from standard input, without its newline; nullopt at its end.
  virtual std::optional<std::string> read_line() = 0;

  // --- Processes and users ---

  /// Runs `argv[0]` (looked up in PATH) with the rest of `argv` as arguments and standard input
  /// /dev/null, and waits for it. A program that cannot be run exits with 127, one whose `cwd`
  /// cannot be entered with 126. Throws qdb::Error(kInternal) only when no process can be started.
  virtual CommandResult run(const std::vector<std::string>& argv, const CommandOptions& options = {}) = 0;

  /// Whether we run as root.
  virtual bool is_root() const = 0;

  /// The name of the user we run as.
  virtual std::string current_user() const = 0;

  /// Whether user `name` exists.
  virtual bool user_exists(const std::string& name) const = 0;

  /// A TCP port on 127.0.0.1 where nothing listens now; 0 when none can be found.
  virtual int free_tcp_port() = 0;

  /// Until the result is destroyed, the first SIGINT or SIGTERM calls `on_signal` with the
  /// signal's number instead of ending the process, on a thread of its own (never inside the
  /// signal handler, so it may take locks and talk to a server); a second one ends the process
  /// at once with 128 + its number. Destroying the result waits for a running `on_signal`.
  virtual std::unique_ptr<InterruptWatch> watch_interrupts(std::function<void(int signal)> on_signal) = 0;

  // --- Clock ---

  /// Seconds on a monotonic clock.
  virtual double now() = 0;

  /// Seconds since the Unix epoch on the wall clock (a new migration's timestamp).
  virtual long long unix_time() = 0;

  /// Sleeps for `seconds`.
  virtual void sleep(double seconds) = 0;
};

}  // namespace qdb::os
