#include "util/subprocess.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/error.hpp"

namespace qdb::util {

CommandResult run_command(const std::vector<std::string>& argv, const CommandOptions& options) {
  if (argv.empty()) throw Error(ErrorKind::kInternal, "run_command needs a program");
  int out_pipe[2] = {-1, -1};
  if (options.capture && pipe2(out_pipe, O_CLOEXEC) != 0) {
    throw Error(ErrorKind::kInternal, std::string("cannot create a pipe: ") + std::strerror(errno));
  }
  pid_t pid = fork();
  if (pid < 0) throw Error(ErrorKind::kInternal, std::string("cannot start a process: ") + std::strerror(errno));
  if (pid == 0) {
    int null_in = open("/dev/null", O_RDONLY);
    if (null_in >= 0) dup2(null_in, 0);
    if (options.capture) {
      dup2(out_pipe[1], 1);
      dup2(out_pipe[1], 2);
    } else {
      dup2(2, 1);
    }
    if (!options.cwd.empty() && chdir(options.cwd.c_str()) != 0) _exit(126);
    for (const auto& [key, value] : options.env) setenv(key.c_str(), value.c_str(), 1);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  CommandResult result;
  if (options.capture) {
    close(out_pipe[1]);
    char buffer[8192];
    for (;;) {
      ssize_t n = read(out_pipe[0], buffer, sizeof buffer);
      if (n > 0) result.output.append(buffer, static_cast<size_t>(n));
      else if (n < 0 && errno == EINTR) continue;
      else break;
    }
    close(out_pipe[0]);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

}  // namespace qdb::util
