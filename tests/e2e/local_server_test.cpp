// `qdb dev db start | stop | url` and the local server used when DATABASE_URL is unset.
// In CI these run as root, so the server runs as an unprivileged user.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include "support/json_envelope.hpp"
#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

class LocalServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // The machine that runs the integration tests has the server binaries.
    if (server_url_or_skip().empty()) GTEST_SKIP();
    project_.add_migration("001_t", "CREATE TABLE t (id int);\n");
  }
  void TearDown() override { qdb({"dev", "db", "stop"}); }
  ProcessResult qdb(const std::vector<std::string>& args) {
    ProcessOptions options;
    options.cwd = project_.root();
    options.env["DATABASE_URL"] = std::nullopt;
    options.env["NODE_ENV"] = std::nullopt;
    return run_qdb(args, options);
  }
  std::string socket_url(const std::filesystem::path& folder) {
    std::string encoded;
    for (char c : folder.string()) encoded += c == '/' ? std::string("%2F") : std::string(1, c);
    return "postgresql://postgres@localhost/postgres?host=" + encoded + "&port=5432";
  }
  Project project_;
};

TEST_F(LocalServerTest, StartUrlStopInTheProjectFolder) {
  chmod(project_.root().c_str(), 0755);  // the server's user must reach the project
  const std::filesystem::path folder = project_.root() / ".qdb" / "postgres";
  ProcessResult url_before = qdb({"dev", "db", "url"});
  EXPECT_EQ(url_before.exit_code, 6);
  EXPECT_EQ(url_before.err,
            "error: the local PostgreSQL server is not running\nhint: start it with `qdb dev db start`\n");

  ProcessResult start = qdb({"dev", "db", "start"});
  ASSERT_EQ(start.exit_code, 0) << start.err;
  EXPECT_EQ(start.out, socket_url(folder) + "\n");
  EXPECT_NE(start.err.find("Started the local PostgreSQL server (data in .qdb/postgres)\n"), std::string::npos)
      << start.err;
  EXPECT_TRUE(std::filesystem::exists(folder / "data" / "PG_VERSION"));
  EXPECT_EQ(project_.read(".qdb/.gitignore"), "*\n");
  if (geteuid() == 0) {
    struct stat st {};
    ASSERT_EQ(stat(folder.c_str(), &st), 0);
    EXPECT_NE(st.st_uid, 0u) << "the data folder must belong to the unprivileged server user";
  }

  const std::vector<std::string> fields = {"running", "url", "started", "folder"};
  ProcessResult again = qdb({"--json", "dev", "db", "start"});
  nlohmann::ordered_json started =
      expect_envelope(again, {"start", "dev", 0, std::nullopt, std::nullopt, std::nullopt, fields});
  EXPECT_EQ(started["running"], true);
  EXPECT_EQ(started["url"], socket_url(folder));
  EXPECT_EQ(started["started"], false);
  EXPECT_EQ(started["folder"], ".qdb/postgres");
  EXPECT_NE(again.err.find("The local PostgreSQL server is already running"), std::string::npos) << again.err;

  ProcessResult url = qdb({"dev", "db", "url"});
  EXPECT_EQ(url.exit_code, 0) << url.err;
  EXPECT_EQ(url.out, socket_url(folder) + "\n");
  nlohmann::ordered_json url_json = expect_envelope(
      qdb({"dev", "db", "url", "--json"}), {"url", "dev", 0, std::nullopt, std::nullopt, std::nullopt, fields});
  EXPECT_EQ(url_json["url"], socket_url(folder));

  ProcessResult migrate = qdb({"dev", "db", "migrate"});
  EXPECT_EQ(migrate.exit_code, 0) << migrate.err;
  EXPECT_NE(migrate.err.find("DATABASE_URL is not set: using the project's local PostgreSQL server (data in "
                             ".qdb/postgres; `qdb dev db stop` stops it)\n"),
            std::string::npos)
      << migrate.err;
  // The dev loop asks for the URL several times (the database, the shadow database's server, the
  // replay cache): it is resolved and announced once.
  EXPECT_EQ(migrate.err.find("DATABASE_URL is not set"), migrate.err.rfind("DATABASE_URL is not set")) << migrate.err;

  ProcessResult stop = qdb({"dev", "db", "stop"});
  EXPECT_EQ(stop.exit_code, 0) << stop.err;
  EXPECT_EQ(stop.err, "Stopped the local PostgreSQL server (data kept in .qdb/postgres)\n");
  EXPECT_FALSE(std::filesystem::exists(folder / "data" / "postmaster.pid"));
  EXPECT_EQ(qdb({"dev", "db", "url"}).exit_code, 6);
  ProcessResult stop_again = qdb({"dev", "db", "stop", "--json"});
  nlohmann::ordered_json stopped = expect_envelope(
      stop_again, {"stop", "dev", 0, std::nullopt, std::nullopt, std::nullopt, {"running", "url", "stopped", "folder"}});
  EXPECT_EQ(stopped["running"], false);
  EXPECT_EQ(stopped["url"], nullptr);
  EXPECT_EQ(stopped["stopped"], false);
  EXPECT_EQ(stop_again.err, "The local PostgreSQL server is not running\n");

  // Data survives a restart; a dev command starts the server by itself.
  ProcessResult status = qdb({"dev", "db", "status"});
  EXPECT_EQ(status.exit_code, 0) << status.err;
  EXPECT_NE(status.err.find("using the project's local PostgreSQL server, started now"), std::string::npos)
      << status.err;
  // A read-only command that started the server says so on stderr, never in its report on stdout.
  EXPECT_EQ(status.out.find("local PostgreSQL server"), std::string::npos) << status.out;
}

TEST_F(LocalServerTest, TcpAndTheProdProfile) {
  chmod(project_.root().c_str(), 0755);
  ProcessResult prod = qdb({"prod", "db", "start"});
  EXPECT_EQ(prod.exit_code, 2);
  EXPECT_NE(prod.err.find("error: profile \"prod\" does not use a local server (use_local_server = false)"),
            std::string::npos)
      << prod.err;
  ProcessResult prod_migrate = qdb({"prod", "db", "migrate"});
  EXPECT_EQ(prod_migrate.exit_code, 3) << prod_migrate.err;

  ProcessResult start = qdb({"dev", "db", "start", "--tcp"});
  ASSERT_EQ(start.exit_code, 0) << start.err;
  EXPECT_EQ(start.out.rfind("postgresql://postgres@127.0.0.1:", 0), 0u) << start.out;
  std::string url = start.out.substr(0, start.out.size() - 1);
  ProcessResult status = run_qdb({"prod", "db", "status", "--url", url}, {project_.root(), {}, {}, 30});
  EXPECT_EQ(status.exit_code, 12) << status.err;
}

// A socket-only server cannot take on TCP while it runs: `start --tcp` restarts it, and says so.
TEST_F(LocalServerTest, StartWithTcpRestartsASocketOnlyServer) {
  chmod(project_.root().c_str(), 0755);
  const std::filesystem::path folder = project_.root() / ".qdb" / "postgres";
  ProcessResult socket_only = qdb({"dev", "db", "start"});
  ASSERT_EQ(socket_only.exit_code, 0) << socket_only.err;
  EXPECT_EQ(socket_only.out, socket_url(folder) + "\n");
  ASSERT_EQ(qdb({"dev", "db", "migrate"}).exit_code, 0);

  ProcessResult tcp = qdb({"dev", "db", "start", "--tcp"});
  ASSERT_EQ(tcp.exit_code, 0) << tcp.err;
  EXPECT_EQ(tcp.out.rfind("postgresql://postgres@127.0.0.1:", 0), 0u) << tcp.out;
  EXPECT_EQ(tcp.err,
            "Restarted the local PostgreSQL server to listen on TCP as well; connections to it were closed (data in "
            ".qdb/postgres)\n");
  // The data survived, and the server answers on the TCP URL it printed.
  std::string url = tcp.out.substr(0, tcp.out.size() - 1);
  ProcessResult status = run_qdb({"prod", "db", "status", "--url", url}, {project_.root(), {}, {}, 30});
  EXPECT_EQ(status.exit_code, 0) << status.err;

  // Asked again, it runs with TCP already: nothing is restarted.
  ProcessResult again = qdb({"dev", "db", "start", "--tcp"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, tcp.out);
  EXPECT_EQ(again.err, "The local PostgreSQL server is already running (data in .qdb/postgres)\n");
}

TEST_F(LocalServerTest, AProjectTheServerUserCannotReachUsesTheTempFolder) {
  if (geteuid() != 0) GTEST_SKIP() << "only root runs the server as another user";
  // TempDir folders are 0700 and owned by root: the server's user cannot enter them.
  ProcessResult start = qdb({"dev", "db", "start"});
  ASSERT_EQ(start.exit_code, 0) << start.err;
  EXPECT_NE(start.err.find(" cannot reach " + project_.root().string() + "; the local server lives in "),
            std::string::npos)
      << start.err;
  EXPECT_FALSE(std::filesystem::exists(project_.root() / ".qdb" / "postgres" / "data"));
  EXPECT_EQ(start.out.find("/.qdb/"), std::string::npos) << start.out;
  ProcessResult url = qdb({"dev", "db", "url"});
  EXPECT_EQ(url.out, start.out);
  EXPECT_EQ(qdb({"dev", "db", "stop"}).exit_code, 0);
  // Left for the next start in this project; removed here since the project goes away.
  std::string folder = start.out.substr(start.out.find("host=") + 5);
  folder = folder.substr(0, folder.find('&'));
  std::string decoded;
  for (size_t i = 0; i < folder.size(); ++i) {
    if (folder.compare(i, 3, "%2F") == 0) {
      decoded += '/';
      i += 2;
    } else {
      decoded += folder[i];
    }
  }
  ASSERT_EQ(decoded.rfind(std::filesystem::temp_directory_path().string() + "/qdb-postgres-", 0), 0u) << decoded;
  std::filesystem::remove_all(decoded);
}

}  // namespace
}  // namespace qdb::test
