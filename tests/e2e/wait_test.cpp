// Waiting for a server: `qdb <profile> db wait` and the global --wait, with real servers.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <chrono>
#include <future>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

// A port on 127.0.0.1 where nothing listens right now.
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

ProcessResult bash(const std::string& script) {
  return run_process("bash", {"-c", "source '" QDB_SOURCE_DIR "/scripts/common.sh' && " + script});
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A throw-away server started with scripts/common.sh, stopped when this goes away.
class LateServer {
 public:
  LateServer() { chmod(dir_.path().c_str(), 0755); }
  ~LateServer() { bash("stop_throwaway_postgres_at '" + dir_.path().string() + "'"); }
  ProcessResult start(int port) {
    return bash("PG_PORTS=" + std::to_string(port) + " start_throwaway_postgres '" + dir_.path().string() + "'");
  }

 private:
  TempDir dir_;
};

TEST(Wait, SucceedsWhenTheServerStartsLate) {
  if (server_url_or_skip().empty()) return;
  Project project;
  const int port = free_port();
  const std::string url = "postgresql://postgres:qdb-test-secret@127.0.0.1:" + std::to_string(port) + "/postgres";
  LateServer server;
  auto start = std::chrono::steady_clock::now();
  auto late = std::async(std::launch::async, [&] {
    std::this_thread::sleep_for(std::chrono::seconds(2));
    return server.start(port);
  });
  ProcessOptions options;
  options.cwd = project.root();
  ProcessResult r = run_qdb({"dev", "db", "wait", "--timeout", "60", "--url", url}, options);
  double took = seconds_since(start);
  ProcessResult started = late.get();
  ASSERT_EQ(started.exit_code, 0) << started.err;
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_GE(took, 2.0);
  EXPECT_NE(r.err.find("Waiting up to 60 s for postgresql://postgres:****@127.0.0.1:" + std::to_string(port) +
                       "/postgres ...\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("The server accepts connections (after "), std::string::npos) << r.out;

  // Once it is up, --wait on another command returns at once.
  ProcessResult status = run_qdb({"--wait", "5", "prod", "db", "status", "--url", url}, options);
  EXPECT_EQ(status.exit_code, 0) << status.err;
  EXPECT_EQ(status.err.find("Waiting"), std::string::npos) << status.err;
}

TEST(Wait, FailsInTimeWhenNothingListens) {
  Project project;
  const int port = free_port();
  const std::string url = "postgresql://postgres@127.0.0.1:" + std::to_string(port) + "/postgres";
  ProcessOptions options;
  options.cwd = project.root();
  auto start = std::chrono::steady_clock::now();
  ProcessResult r = run_qdb({"dev", "db", "wait", "--timeout", "2", "--url", url}, options);
  double took = seconds_since(start);
  EXPECT_EQ(r.exit_code, 6) << r.err;
  EXPECT_GE(took, 2.0);
  EXPECT_LT(took, 5.0);
  EXPECT_NE(r.err.find("error: cannot connect to " + url + " (waited 2 s)\n"), std::string::npos) << r.err;

  start = std::chrono::steady_clock::now();
  ProcessResult migrate = run_qdb({"--wait=1", "dev", "db", "migrate", "--url", url}, options);
  took = seconds_since(start);
  EXPECT_EQ(migrate.exit_code, 6) << migrate.err;
  EXPECT_GE(took, 1.0);
  EXPECT_LT(took, 4.0);
  EXPECT_NE(migrate.err.find("error: cannot connect to " + url + " (waited 1 s)\n"), std::string::npos)
      << migrate.err;
}

TEST(Wait, GlobalWaitParsesBeforeAndAfterTheCommand) {
  TestDatabase db;
  if (!db.ok()) return;
  Project project;
  project.add_migration("001_t", "CREATE TABLE t (id int);\n");
  ProcessOptions options;
  options.cwd = project.root();
  ProcessResult before = run_qdb({"--wait", "dev", "db", "migrate", "--url", db.url()}, options);
  EXPECT_EQ(before.exit_code, 0) << before.err;
  ProcessResult after = run_qdb({"dev", "db", "migrate", "--wait=5", "--url", db.url()}, options);
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_NE(after.out.find("Already up to date: 1 migration(s) applied, none pending."), std::string::npos)
      << after.out;
}

}  // namespace
}  // namespace qdb::test
