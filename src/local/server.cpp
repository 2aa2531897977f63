#include "local/server.hpp"

#include "local/layout.hpp"
#include "base/error.hpp"

namespace qdb::local {
namespace {

constexpr int kSocketOnlyPort = 5432;

std::string last_lines(const std::string& text, size_t count) {
  size_t at = text.size();
  for (size_t n = 0; n <= count && at != std::string::npos && at > 0; ++n) at = text.rfind('\n', at - 1);
  return at == std::string::npos ? text : text.substr(at + 1);
}

// `pg_config --bindir`, when pg_config exists.
std::optional<std::filesystem::path> pg_config_bindir(os::System& system) {
  os::CommandResult r = system.run({"pg_config", "--bindir"});
  if (r.exit_code != 0) return std::nullopt;
  while (!r.output.empty() && (r.output.back() == '\n' || r.output.back() == ' ')) r.output.pop_back();
  if (r.output.empty()) return std::nullopt;
  return std::filesystem::path(r.output);
}

// The folders /usr/lib/postgresql/*/bin.
std::vector<std::filesystem::path> versioned_bindirs(const os::System& system) {
  std::vector<std::filesystem::path> dirs;
  const std::filesystem::path root = "/usr/lib/postgresql";
  for (const os::DirEntry& entry : system.list_directory(root).entries) dirs.push_back(root / entry.name / "bin");
  return dirs;
}

}  // namespace

LocalServer::LocalServer(os::System& system, std::filesystem::path project_root, std::function<void(const std::string&)> say)
    : system_(system), root_(std::move(project_root)), say_(std::move(say)) {}

os::CommandResult LocalServer::run_as(const std::vector<std::string>& argv, const std::string& user) {
  if (user.empty() || user == system_.current_user()) return system_.run(argv);
  std::vector<std::string> as_user = {"runuser", "-u", user, "--"};
  as_user.insert(as_user.end(), argv.begin(), argv.end());
  return system_.run(as_user);
}

std::string LocalServer::read_text(const std::filesystem::path& path) const { return system_.read_file(path).bytes; }

const std::string& LocalServer::server_user() {
  if (user_.empty()) {
    if (!system_.is_root()) user_ = system_.current_user();
    else user_ = system_.user_exists("postgres") ? "postgres" : "qdb";
  }
  return user_;
}

const std::filesystem::path& LocalServer::bindir() {
  if (bindir_.empty()) {
    auto chosen = choose_bindir(pg_config_bindir(system_), versioned_bindirs(system_),
                                [this](const std::filesystem::path& dir) { return system_.exists(dir / "initdb"); });
    if (!chosen) {
      throw Error(ErrorKind::kConnection,
                  "no PostgreSQL server binaries found (looked in `pg_config --bindir` and /usr/lib/postgresql/*/bin)",
                  "install the server (on Debian: apt-get install postgresql-15), or set DATABASE_URL to a server "
                  "you run yourself");
    }
    bindir_ = *chosen;
  }
  return bindir_;
}

const std::filesystem::path& LocalServer::folder() {
  if (!folder_.empty()) return folder_;
  std::filesystem::path in_project = project_folder(root_);
  std::filesystem::path in_temp = temp_folder(root_, system_.temp_directory());
  // A server that exists stays where it is.
  if (system_.exists(in_project / "data" / "PG_VERSION")) return folder_ = in_project;
  if (system_.exists(in_temp / "data" / "PG_VERSION")) return folder_ = in_temp;
  if (!socket_path_fits(in_project)) {
    say_("The project path is too long for a unix socket; the local server lives in " + in_temp.string());
    return folder_ = in_temp;
  }
  if (system_.is_root() && run_as({"test", "-x", root_.string()}, server_user()).exit_code != 0) {
    say_("User " + server_user() + " cannot reach " + root_.string() + "; the local server lives in " +
         in_temp.string() + " instead");
    return folder_ = in_temp;
  }
  return folder_ = in_project;
}

std::optional<PidFile> LocalServer::running() {
  if (!system_.exists(data() / "postmaster.pid")) return std::nullopt;
  if (run_as({(bindir() / "pg_ctl").string(), "status", "-D", data().string()}, server_user()).exit_code != 0) {
    return std::nullopt;
  }
  return parse_pid_file(read_text(data() / "postmaster.pid"));
}

std::optional<std::string> LocalServer::running_url() {
  std::optional<PidFile> pid = running();
  if (!pid) return std::nullopt;
  return server_url(*pid);
}

bool LocalServer::running_socket_only() {
  std::optional<PidFile> pid = running();
  return pid && pid->listen_address.empty();
}

std::string LocalServer::start(bool tcp, bool* started) {
  if (started != nullptr) *started = false;
  const std::filesystem::path& dir = folder();
  os::WriteResult created = system_.create_directories(dir);
  if (!created.ok) throw Error(ErrorKind::kConnection, "cannot create " + dir.string() + ": " + created.error);
  // Keeps the server's files out of version control even where the project's .gitignore does not.
  if (dir == project_folder(root_) && !system_.exists(root_ / ".qdb" / ".gitignore")) {
    system_.write_file_atomically(root_ / ".qdb" / ".gitignore", "*\n", os::Durability::kReplaceable);
  }
  // Serialises starts: two commands that both find the server stopped must not both run initdb.
  std::unique_ptr<os::FileLock> lock = system_.lock_file(dir / "start.lock");
  if (auto url = running_url()) return *url;

  const std::string& user = server_user();
  if (system_.is_root()) {
    if (!system_.user_exists(user)) {
      os::CommandResult r =
          system_.run({"useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user});
      if (r.exit_code != 0) {
        throw Error(ErrorKind::kConnection, "cannot create the system user " + user + " to run the local server", {},
                    r.output);
      }
      say_("Created system user " + user + " to run the local server (PostgreSQL refuses to run as root)");
    }
    os::WriteResult given = system_.give_to(dir, user);
    if (!given.ok) {
      throw Error(ErrorKind::kConnection, "cannot give " + dir.string() + " to user " + user + ": " + given.error);
    }
  }
  system_.restrict_to_owner(dir);

  if (!system_.exists(data() / "PG_VERSION")) {
    say_("Creating the local PostgreSQL cluster in " + dir.string());
    os::CommandResult r = run_as({(bindir() / "initdb").string(), "-D", data().string(), "-U", "postgres", "-E",
                                         "UTF8", "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=trust"},
                                        user);
    if (r.exit_code != 0) throw Error(ErrorKind::kConnection, "initdb failed for " + data().string(), {}, r.output);
  }
  const int port = tcp ? system_.free_tcp_port() : kSocketOnlyPort;
  if (port == 0) throw Error(ErrorKind::kConnection, "cannot find a free TCP port on 127.0.0.1");
  const std::string options = "-k '" + dir.string() + "' -p " + std::to_string(port) + " -c listen_addresses='" +
                              (tcp ? "127.0.0.1" : "") + "' -c unix_socket_permissions=0700";
  os::CommandResult r = run_as({(bindir() / "pg_ctl").string(), "start", "-D", data().string(), "-l",
                                       (dir / "server.log").string(), "-w", "-t", "60", "-o", options},
                                      user);
  if (r.exit_code != 0) {
    throw Error(ErrorKind::kConnection, "the local PostgreSQL server did not start (see " +
                                            (dir / "server.log").string() + ")",
                "a server left over from an earlier run may hold the port; `qdb dev db stop` stops it",
                r.output + last_lines(read_text(dir / "server.log"), 10));
  }
  std::optional<std::string> url = running_url();
  if (!url) throw Error(ErrorKind::kConnection, "the local PostgreSQL server started but cannot be found in " + dir.string());
  if (started != nullptr) *started = true;
  return *url;
}

bool LocalServer::stop() {
  if (!running_url()) return false;
  os::CommandResult r =
      run_as({(bindir() / "pg_ctl").string(), "stop", "-D", data().string(), "-m", "fast", "-w"}, server_user());
  if (r.exit_code != 0) throw Error(ErrorKind::kConnection, "pg_ctl stop failed for " + data().string(), {}, r.output);
  return true;
}

}  // namespace qdb::local
