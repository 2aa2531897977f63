#include "support/pg/throwaway_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <thread>
#include <vector>

#include "config/database_url.hpp"

namespace qdb::test {
namespace {

// The password start_throwaway_postgres gives the superuser (PG_PASSWORD's default).
constexpr const char* kPassword = "qdb-test-secret";

// A path in single quotes for bash (temporary folders hold no quotes).
std::string quoted(const std::filesystem::path& path) {
  std::string text = "'";  // not "'" + ...: GCC 12 warns wrongly (-Wrestrict) about that
  text += path.string();
  text += "'";
  return text;
}

// The processes whose parent is `parent`, from /proc/<pid>/stat ("pid (comm) state ppid ...";
// the command name may hold spaces and parentheses, so the fields are read after the last ')').
std::vector<pid_t> children_of(pid_t parent) {
  std::vector<pid_t> children;
  for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    const std::string stat = read_file(entry.path() / "stat");
    const size_t end = stat.rfind(')');
    if (end == std::string::npos) continue;
    char state = 0;
    int ppid = 0;
    if (std::sscanf(stat.c_str() + end + 1, " %c %d", &state, &ppid) == 2 && ppid == parent) {
      children.push_back(static_cast<pid_t>(std::stoi(name)));
    }
  }
  return children;
}

// Whether `pid` still runs: a zombie has ended, only its exit status waits for its parent.
bool running(pid_t pid) {
  const std::string stat = read_file("/proc/" + std::to_string(pid) + "/stat");
  const size_t end = stat.rfind(')');
  return end != std::string::npos && end + 2 < stat.size() && stat[end + 2] != 'Z';
}

}  // namespace

int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  close(fd);
  return ntohs(address.sin_port);
}

ProcessResult run_common_sh(const std::string& script) {
  ProcessOptions options;
  options.env["PG_PASSWORD"] = kPassword;
  return run_process("bash", {"-c", "source '" QDB_SOURCE_DIR "/scripts/common.sh' && " + script}, options);
}

ThrowawayServer::ThrowawayServer() { chmod(dir_.path().c_str(), 0755); }

ThrowawayServer::~ThrowawayServer() {
  if (port_ != 0) run_common_sh("stop_throwaway_postgres_at " + quoted(dir_.path()));
}

ProcessResult ThrowawayServer::start_primary() {
  int port = free_port();
  ProcessResult r = run_common_sh("PG_PORTS=" + std::to_string(port) + " start_throwaway_postgres " +
                                  quoted(dir_.path()));
  if (r.exit_code == 0) port_ = port;
  return r;
}

ProcessResult ThrowawayServer::start_tls() {
  int port = free_port();
  ProcessResult r = run_common_sh("PG_PORTS=" + std::to_string(port) + " start_throwaway_tls_postgres " +
                                  quoted(dir_.path()));
  if (r.exit_code == 0) port_ = port;
  return r;
}

ProcessResult ThrowawayServer::start_durable() {
  // Orphans go to the nearest subreaper, else to init, which in a container may never reap them:
  // a zombie postmaster would still answer kill(pid, 0), and the restarted server would take its
  // postmaster.pid for a live server's.
  prctl(PR_SET_CHILD_SUBREAPER, 1);
  durable_ = true;
  int port = free_port();
  ProcessResult r = run_common_sh("PG_DURABLE=1 PG_PORTS=" + std::to_string(port) + " start_throwaway_postgres " +
                                  quoted(dir_.path()));
  if (r.exit_code == 0) port_ = port;
  return r;
}

bool ThrowawayServer::kill_postmaster() {
  std::ifstream pid_file(dir_.path() / "data" / "postmaster.pid");
  pid_t postmaster = 0;
  if (!(pid_file >> postmaster) || postmaster <= 0) return false;
  // Listed before the kill: afterwards they are orphans and no longer say whose children they were.
  std::vector<pid_t> processes = children_of(postmaster);
  processes.push_back(postmaster);
  if (kill(postmaster, SIGKILL) != 0) return false;
  // Every server process at once, as a crash of the machine or the container: a backend left
  // running alone would finish the statement it runs (a whole script of migrations) first.
  for (pid_t pid : processes) kill(pid, SIGKILL);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  for (pid_t pid : processes) {
    for (;;) {
      int status = 0;
      waitpid(pid, &status, WNOHANG);  // ours once orphaned (see start_durable)
      if (!running(pid)) break;
      if (std::chrono::steady_clock::now() >= deadline) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    waitpid(pid, nullptr, WNOHANG);
  }
  return true;
}

ProcessResult ThrowawayServer::restart() {
  return run_common_sh(std::string(durable_ ? "PG_DURABLE=1 " : "") + "PG_PORTS=" + std::to_string(port_) +
                       " start_throwaway_postgres " + quoted(dir_.path()));
}

ProcessResult ThrowawayServer::start_standby(const ThrowawayServer& primary) {
  int port = free_port();
  ProcessResult r = run_common_sh("PG_PORTS=" + std::to_string(port) + " start_throwaway_standby " +
                                  quoted(primary.dir_.path()) + " " + quoted(dir_.path()));
  // A copy that failed to start may still have a data folder: the destructor stops what runs there.
  port_ = port;
  return r;
}

std::string ThrowawayServer::url(const std::string& database) const {
  return "postgresql://postgres:" + std::string(kPassword) + "@127.0.0.1:" + std::to_string(port_) + "/" + database;
}

bool AutoFailoverFormation::available() { return run_common_sh("command -v pg_autoctl").exit_code == 0; }

AutoFailoverFormation::AutoFailoverFormation() { chmod(dir_.path().c_str(), 0755); }

AutoFailoverFormation::~AutoFailoverFormation() {
  if (started_) run_common_sh("stop_throwaway_auto_failover " + quoted(dir_.path() / "formation"));
}

ProcessResult AutoFailoverFormation::start() {
  monitor_port_ = free_port();
  ports_[0] = free_port();
  ports_[1] = free_port();
  started_ = true;  // a formation that failed to settle may still run in part
  return run_common_sh("start_throwaway_auto_failover " + quoted(dir_.path() / "formation") + " " +
                       std::to_string(monitor_port_) + " " + std::to_string(ports_[0]) + " " +
                       std::to_string(ports_[1]));
}

ProcessResult AutoFailoverFormation::failover() {
  return run_common_sh("perform_throwaway_failover " + quoted(dir_.path() / "formation"));
}

std::string AutoFailoverFormation::events() const {
  ProcessResult shown = run_common_sh("show_auto_failover_events " + quoted(dir_.path() / "formation"));
  return shown.out + shown.err;
}

std::string AutoFailoverFormation::node_url(int node, const std::string& database) const {
  return "postgresql://postgres@127.0.0.1:" + std::to_string(ports_[node - 1]) + "/" + database;
}

std::string AutoFailoverFormation::url(const std::string& database, int first) const {
  const int second = first == 1 ? 2 : 1;
  return "postgresql://postgres@127.0.0.1:" + std::to_string(ports_[first - 1]) + ",127.0.0.1:" +
         std::to_string(ports_[second - 1]) + "/" + database + "?target_session_attrs=read-write";
}

PgBouncer::PgBouncer(const std::string& server_url, const std::string& pool_mode, const std::string& extra) {
  config::DatabaseUrl server = config::DatabaseUrl::parse(server_url, "the test server's URL");
  user_ = server.parameter("user").value_or("postgres");
  password_ = server.password();
  port_ = free_port();
  const std::string dir = dir_.path().string();
  dir_.write("userlist.txt", "\"" + user_ + "\" \"" + password_ + "\"\n");
  std::string ini = "[databases]\n";
  ini += "* = host=" + server.parameter("host").value_or("127.0.0.1");
  ini += " port=" + server.parameter("port").value_or("5432") + "\n\n";
  ini += "[pgbouncer]\n";
  ini += "listen_addr = 127.0.0.1\n";
  ini += "listen_port = " + std::to_string(port_) + "\n";
  ini += "unix_socket_dir =\n";
  ini += "auth_type = scram-sha-256\n";
  ini += "auth_file = " + dir + "/userlist.txt\n";
  ini += "pool_mode = " + pool_mode + "\n";
  ini += "logfile = " + dir + "/pgbouncer.log\n";
  ini += "pidfile = " + dir + "/pgbouncer.pid\n";
  ini += extra;
  dir_.write("pgbouncer.ini", ini);
  started_ = run_common_sh("start_throwaway_pgbouncer " + quoted(dir_.path() / "pgbouncer.ini") + " " +
                           std::to_string(port_));
}

PgBouncer::~PgBouncer() { run_common_sh("stop_throwaway_pgbouncer " + quoted(dir_.path() / "pgbouncer.pid")); }

std::string PgBouncer::url(const std::string& database, const std::string& query) const {
  return "postgresql://" + user_ + ":" + password_ + "@127.0.0.1:" + std::to_string(port_) + "/" + database +
         (query.empty() ? "" : "?" + query);
}

std::string PgBouncer::log() const { return read_file(dir_.path() / "pgbouncer.log"); }

}  // namespace qdb::test
