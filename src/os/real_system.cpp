// RealSystem: environment, terminals, users, ports and the clock. Files are in real_files.cpp,
// processes in spawn.cpp.
#include "os/real_system.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <cstdlib>
#include <iostream>
#include <thread>

namespace qdb::os {

std::optional<std::string> RealSystem::variable(std::string_view name) const {
  const char* value = std::getenv(std::string(name).c_str());
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

std::filesystem::path RealSystem::temp_directory() const {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  return ec ? std::filesystem::path("/tmp") : dir;
}

bool RealSystem::stdin_is_terminal() const { return isatty(STDIN_FILENO) == 1; }

bool RealSystem::stderr_is_terminal() const { return isatty(STDERR_FILENO) == 1; }

std::optional<std::string> RealSystem::read_line() {
  std::string line;
  if (!std::getline(std::cin, line)) return std::nullopt;
  return line;
}

bool RealSystem::is_root() const { return geteuid() == 0; }

std::string RealSystem::current_user() const {
  const passwd* pw = getpwuid(geteuid());
  return pw == nullptr ? std::to_string(geteuid()) : std::string(pw->pw_name);
}

bool RealSystem::user_exists(const std::string& name) const { return getpwnam(name.c_str()) != nullptr; }

WriteResult RealSystem::give_to(const std::filesystem::path& path, const std::string& user) {
  WriteResult result;
  const passwd* pw = getpwnam(user.c_str());
  if (pw == nullptr) {
    result.error = "no such user";
  } else if (chown(path.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
    result.error = std::strerror(errno);
  } else {
    result.ok = true;
  }
  return result;
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
  return port;
}

double RealSystem::now() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

long long RealSystem::unix_time() {
  using namespace std::chrono;
  return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

void RealSystem::sleep(double seconds) { std::this_thread::sleep_for(std::chrono::duration<double>(seconds)); }

}  // namespace qdb::os
