// RealSystem::run: programs started with posix_spawnp.
#include "os/real_system.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/error.hpp"

extern char** environ;

namespace qdb::os {
namespace {

// The child's environment: ours, with `overrides` replacing or adding variables. Built before
// the spawn, so the child runs no allocator between fork and exec.
std::vector<std::string> child_environment(const std::map<std::string, std::string>& overrides) {
  std::vector<std::string> entries;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string_view entry(*e);
    std::string key(entry.substr(0, entry.find('=')));
    if (overrides.count(key) == 0) entries.emplace_back(entry);
  }
  for (const auto& [key, value] : overrides) entries.push_back(key + "=" + value);
  return entries;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> result;
  for (auto& s : strings) result.push_back(s.data());
  result.push_back(nullptr);
  return result;
}

// Closes the file actions however the spawn ends.
struct FileActions {
  posix_spawn_file_actions_t actions;
  FileActions() { posix_spawn_file_actions_init(&actions); }
  ~FileActions() { posix_spawn_file_actions_destroy(&actions); }
  FileActions(const FileActions&) = delete;
  FileActions& operator=(const FileActions&) = delete;
};

// posix_spawn reports a failed chdir and a failed exec alike; the exit codes a shell would give
// tell them apart: 126 when the folder cannot be entered, 127 when the program cannot be run.
int spawn_failure_code(const CommandOptions& options) {
  struct stat info {};
  bool can_enter = options.cwd.empty() || (stat(options.cwd.c_str(), &info) == 0 && S_ISDIR(info.st_mode) &&
                                           access(options.cwd.c_str(), X_OK) == 0);
  return can_enter ? 127 : 126;
}

std::string drain(int fd) {
  std::string output;
  char buffer[8192];
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n > 0) output.append(buffer, static_cast<size_t>(n));
    else if (n < 0 && errno == EINTR) continue;
    else break;
  }
  return output;
}

}  // namespace

CommandResult run_command(const std::vector<std::string>& argv, const CommandOptions& options) {
  if (argv.empty()) throw Error(ErrorKind::kInternal, "run_command needs a program");
  int out_pipe[2] = {-1, -1};
  if (options.capture && pipe2(out_pipe, O_CLOEXEC) != 0) {
    throw Error(ErrorKind::kInternal, std::string("cannot create a pipe: ") + std::strerror(errno));
  }
  FileActions files;
  posix_spawn_file_actions_addopen(&files.actions, 0, "/dev/null", O_RDONLY, 0);
  if (options.capture) {
    posix_spawn_file_actions_adddup2(&files.actions, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&files.actions, out_pipe[1], 2);
  } else {
    posix_spawn_file_actions_adddup2(&files.actions, 2, 1);
  }
  if (!options.cwd.empty()) posix_spawn_file_actions_addchdir_np(&files.actions, options.cwd.c_str());

  std::vector<std::string> args = argv;
  std::vector<char*> arg_pointers = pointers(args);
  std::vector<std::string> env = child_environment(options.env);
  std::vector<char*> env_pointers = pointers(env);
  pid_t pid = -1;
  int spawned = posix_spawnp(&pid, arg_pointers[0], &files.actions, nullptr, arg_pointers.data(), env_pointers.data());

  CommandResult result;
  if (options.capture) {
    close(out_pipe[1]);
    if (spawned == 0) result.output = drain(out_pipe[0]);
    close(out_pipe[0]);
  }
  if (spawned != 0) {
    if (spawned == EAGAIN || spawned == ENOMEM) {
      throw Error(ErrorKind::kInternal, std::string("cannot start a process: ") + std::strerror(spawned));
    }
    result.exit_code = spawn_failure_code(options);
    return result;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

CommandResult RealSystem::run(const std::vector<std::string>& argv, const CommandOptions& options) {
  return run_command(argv, options);
}

}  // namespace qdb::os
