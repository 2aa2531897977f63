// Where the local server lives, which binaries it uses, and its URL.
#include <gtest/gtest.h>

#include <set>

#include "local/layout.hpp"

namespace qdb::local {
namespace {

TEST(Layout, FoldersInTheProjectAndUnderTemp) {
  EXPECT_EQ(project_folder("/home/ann/app"), std::filesystem::path("/home/ann/app/.qdb/postgres"));
  std::filesystem::path a = temp_folder("/root/app", "/tmp");
  EXPECT_EQ(a.parent_path(), std::filesystem::path("/tmp"));
  EXPECT_EQ(a.filename().string().rfind("qdb-postgres-", 0), 0u);
  EXPECT_EQ(a.filename().string().size(), std::string("qdb-postgres-").size() + 12);
  EXPECT_EQ(temp_folder("/root/app", "/tmp"), a);
  EXPECT_NE(temp_folder("/root/other", "/tmp"), a);
}

TEST(Layout, SocketPathLimit) {
  EXPECT_TRUE(socket_path_fits("/home/ann/app/.qdb/postgres"));
  // 94 characters + "/.s.PGSQL.65535" (15) = 109 > 107.
  EXPECT_FALSE(socket_path_fits("/" + std::string(93, 'x')));
  EXPECT_TRUE(socket_path_fits("/" + std::string(91, 'x')));
}

TEST(Layout, BindirPrefersPgConfigThenTheHighestVersion) {
  std::set<std::string> with_initdb = {"/usr/lib/postgresql/9.6/bin", "/usr/lib/postgresql/13/bin",
                                       "/usr/lib/postgresql/15/bin", "/opt/pg/bin"};
  auto has = [&](const std::filesystem::path& p) { return with_initdb.count(p.string()) != 0; };
  std::vector<std::filesystem::path> dirs = {"/usr/lib/postgresql/9.6/bin", "/usr/lib/postgresql/15/bin",
                                             "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/13/bin",
                                             "/usr/lib/postgresql/x/bin"};
  EXPECT_EQ(choose_bindir(std::filesystem::path("/opt/pg/bin"), dirs, has), std::filesystem::path("/opt/pg/bin"));
  // 16 has no initdb (client only), and 15 beats 13 and 9.6 as a number, not as text.
  EXPECT_EQ(choose_bindir(std::filesystem::path("/usr/bin"), dirs, has),
            std::filesystem::path("/usr/lib/postgresql/15/bin"));
  EXPECT_EQ(choose_bindir(std::nullopt, {"/usr/lib/postgresql/9.6/bin"}, has),
            std::filesystem::path("/usr/lib/postgresql/9.6/bin"));
  EXPECT_EQ(choose_bindir(std::nullopt, {}, has), std::nullopt);
}

TEST(Layout, PidFile) {
  auto p = parse_pid_file("4242\n/x/.qdb/postgres/data\n1700000000\n5432\n/x/.qdb/postgres\n\n  5432001  1\nready   \n");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->pid, 4242);
  EXPECT_EQ(p->port, 5432);
  EXPECT_EQ(p->socket_dir, "/x/.qdb/postgres");
  EXPECT_EQ(p->listen_address, "");
  auto tcp = parse_pid_file("7\n/d\n1\n40001\n/s\n127.0.0.1\n");
  ASSERT_TRUE(tcp);
  EXPECT_EQ(tcp->listen_address, "127.0.0.1");
  EXPECT_EQ(parse_pid_file("7\n/d\n1\n"), std::nullopt);
  EXPECT_EQ(parse_pid_file("x\n/d\n1\n5432\n/s\n"), std::nullopt);
  EXPECT_EQ(parse_pid_file("7\n/d\n1\n99999\n/s\n"), std::nullopt);
}

TEST(Layout, Urls) {
  PidFile socket{1, 5432, "/home/ann/my app/.qdb/postgres", ""};
  EXPECT_EQ(server_url(socket),
            "postgresql://postgres@localhost/postgres?host=%2Fhome%2Fann%2Fmy%20app%2F.qdb%2Fpostgres&port=5432");
  PidFile tcp{1, 40001, "/s", "127.0.0.1"};
  EXPECT_EQ(server_url(tcp), "postgresql://postgres@127.0.0.1:40001/postgres");
}

}  // namespace
}  // namespace qdb::local
