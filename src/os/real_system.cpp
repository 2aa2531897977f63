#include "local/system.hpp"

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include "base/error.hpp"

namespace qdb::local {

util::CommandResult RealSystem::run(const std::vector<std::string>& argv, const std::string& user) {
  if (user.empty() || user == current_user()) return util::run_command(argv);
  std::vector<std::string> as_user = {"runuser", "-u", user, "--"};
  as_user.insert(as_user.end(), argv.begin(), argv.end());
  return util::run_command(as_user);
}

bool RealSystem::is_root() { return geteuid() == 0; }

std::string RealSystem::current_user() {
  const passwd* pw = getpwuid(geteuid());
  return pw == nullptr ? std::to_string(geteuid()) : std::string(pw->pw_name);
}

bool RealSystem::user_exists(const std::string& name) { return getpwnam(name.c_str()) != nullptr; }

void RealSystem::give_to(const std::filesystem::path& path, const std::string& user) {
  const passwd* pw = getpwnam(user.c_str());
  if (pw == nullptr || chown(path.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
    throw Error(ErrorKind::kConnection, "cannot give " + path.string() + " to user " + user + ": " +
                                            (pw == nullptr ? "no such user" : std::strerror(errno)));
  }
}

int RealSystem::free_tcp_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  int port = 0;
  if (fd >= 0 && bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
    port = ntohs(address.sin_port);
  }
  if (fd >= 0) close(fd);
  if (port == 0) throw Error(ErrorKind::kConnection, "cannot find a free TCP port on 127.0.0.1");
  return port;
}

std::optional<std::filesystem::path> RealSystem::pg_config_bindir() {
  util::CommandResult r = util::run_command({"pg_config", "--bindir"});
  if (r.exit_code != 0) return std::nullopt;
  while (!r.output.empty() && (r.output.back() == '\n' || r.output.back() == ' ')) r.output.pop_back();
  if (r.output.empty()) return std::nullopt;
  return std::filesystem::path(r.output);
}

std::vector<std::filesystem::path> RealSystem::versioned_bindirs() {
  std::vector<std::filesystem::path> dirs;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/usr/lib/postgresql", ec)) {
    dirs.push_back(entry.path() / "bin");
  }
  return dirs;
}

std::filesystem::path RealSystem::temp_dir() {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  return ec ? std::filesystem::path("/tmp") : dir;
}

}  // namespace qdb::local
