// The local server's steps over an in-memory system whose "PostgreSQL tools" are a fake: which
// programs run, as whom, and which files are left.
#include "local/server.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"
#include "support/memory_system.hpp"

namespace qdb::local {
namespace {

const std::string kInitdb =
    "/usr/lib/postgresql/15/bin/initdb -D /p/.qdb/postgres/data -U postgres -E UTF8 --locale=C.UTF-8 "
    "--auth-local=trust --auth-host=trust";
const std::string kStart =
    "/usr/lib/postgresql/15/bin/pg_ctl start -D /p/.qdb/postgres/data -l /p/.qdb/postgres/server.log -w -t 60 -o "
    "-k '/p/.qdb/postgres' -p 5432 -c listen_addresses='' -c unix_socket_permissions=0700";
const std::string kStatus = "/usr/lib/postgresql/15/bin/pg_ctl status -D /p/.qdb/postgres/data";
const std::string kStop = "/usr/lib/postgresql/15/bin/pg_ctl stop -D /p/.qdb/postgres/data -m fast -w";
const std::string kAsPostgres = "runuser -u postgres -- ";

class LocalServerTest : public ::testing::Test {
 protected:
  LocalServerTest() {
    system_.add_dir("/p");
    system_.add_file("/usr/lib/postgresql/15/bin/initdb", "");
    system_.on_run = [this](const std::vector<std::string>& argv, const os::CommandOptions&) {
      return tool(argv);
    };
  }

  // What the PostgreSQL tools would do, as far as the server needs to see it.
  os::CommandResult tool(std::vector<std::string> argv) {
    if (argv[0] == "runuser") argv.erase(argv.begin(), argv.begin() + 4);
    const std::string program = std::filesystem::path(argv[0]).filename();
    if (program == "pg_config") return {0, "/usr/lib/postgresql/15/bin\n"};
    if (program == "test") return {0, {}};
    if (program == "initdb") {
      system_.add_file(argv[2] + "/PG_VERSION", "15\n");
      return {0, {}};
    }
    if (program == "pg_ctl" && argv[1] == "start") {
      running_ = true;
      system_.add_file(argv[3] + "/postmaster.pid", "4242\n" + argv[3] + "\n1700000000\n5432\n/p/.qdb/postgres\n\n");
      return {0, {}};
    }
    if (program == "pg_ctl" && argv[1] == "status") return {running_ ? 0 : 3, {}};
    if (program == "pg_ctl" && argv[1] == "stop") {
      running_ = false;
      return {0, {}};
    }
    return {127, {}};
  }

  LocalServer server() {
    return LocalServer(system_, "/p", [this](const std::string& message) { said_.push_back(message); });
  }

  test::MemorySystem system_;
  bool running_ = false;
  std::vector<std::string> said_;
};

TEST_F(LocalServerTest, StartsInTheProjectFolderAsTheCurrentUser) {
  bool started = false;
  EXPECT_EQ(server().start(false, &started),
            "postgresql://postgres@localhost/postgres?host=%2Fp%2F.qdb%2Fpostgres&port=5432");
  EXPECT_TRUE(started);
  EXPECT_EQ(system_.commands_run, (std::vector<std::string>{"pg_config --bindir", kInitdb, kStart, kStatus}));
  EXPECT_EQ(said_, std::vector<std::string>{"Creating the local PostgreSQL cluster in /p/.qdb/postgres"});
  ASSERT_NE(system_.file("/p/.qdb/.gitignore"), nullptr);
  EXPECT_EQ(*system_.file("/p/.qdb/.gitignore"), "*\n");
}

TEST_F(LocalServerTest, AsRootItRunsTheToolsAsPostgres) {
  system_.root = true;
  server().start(false);
  // PostgreSQL refuses to run as root; the account exists, so none is created.
  EXPECT_EQ(system_.commands_run,
            (std::vector<std::string>{"runuser -u postgres -- test -x /p", "pg_config --bindir", kAsPostgres + kInitdb,
                                      kAsPostgres + kStart, kAsPostgres + kStatus}));
}

TEST_F(LocalServerTest, ARunningServerIsReusedAndStopped) {
  server().start(false);
  system_.commands_run.clear();
  bool started = true;
  server().start(false, &started);
  EXPECT_FALSE(started);
  EXPECT_TRUE(server().stop());
  EXPECT_FALSE(server().stop());
  EXPECT_EQ(system_.commands_run,
            (std::vector<std::string>{"pg_config --bindir", kStatus, "pg_config --bindir", kStatus, kStop,
                                      "pg_config --bindir", kStatus}));
}

TEST_F(LocalServerTest, WithoutServerBinariesItSaysWhatToInstall) {
  system_ = test::MemorySystem();
  system_.add_dir("/p");
  try {
    server().start(false);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kConnection);
    EXPECT_EQ(std::string(e.what()),
              "no PostgreSQL server binaries found (looked in `pg_config --bindir` and /usr/lib/postgresql/*/bin)");
    EXPECT_EQ(e.hint(),
              "install the server (on Debian: apt-get install postgresql-15), or set DATABASE_URL to a server you "
              "run yourself");
  }
}

}  // namespace
}  // namespace qdb::local
