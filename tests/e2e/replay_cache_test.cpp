// The replay cache as a user meets it: `qdb dev db diff --from-migrations` replays once, then
// answers from .qdb/replay/ without a shadow database until a migration changes; a corrupt entry
// is replayed over, and --no-cache always replays.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace qdb::test {
namespace {

constexpr const char* kInit =
    "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL, CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\n";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class ReplayCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
    dir_.write("schema/schema.prisma",
               "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n"
               "model User {\n  id Int @id\n}\n");
    dir_.write("migrations/20250101000000_init/migration.sql", kInit);
  }

  ProcessResult diff(const std::vector<std::string>& extra = {}, const std::string& url = {}) const {
    std::vector<std::string> args = {"-v", "dev", "db", "diff", "--from-migrations", "migrations", "--to-schema",
                                     "schema/schema.prisma", "--script"};
    args.insert(args.end(), extra.begin(), extra.end());
    ProcessOptions options;
    options.cwd = dir_.path();
    options.env["DATABASE_URL"] = url.empty() ? db_.url() : url;
    options.env["SHADOW_DATABASE_URL"] = std::nullopt;
    return run_qdb(args, options);
  }

  // The name in "Created the temporary shadow database "qdb_shadow_..."", or "".
  static std::string shadow_name(const std::string& err) {
    size_t at = err.find("\"qdb_shadow_");
    if (at == std::string::npos) return "";
    return err.substr(at + 1, err.find('"', at + 1) - at - 1);
  }

  bool database_exists(const std::string& name) const {
    return db_.value("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'") == "1";
  }

  std::vector<std::filesystem::path> entries() const {
    std::vector<std::filesystem::path> found;
    const std::filesystem::path folder = dir_.path() / ".qdb/replay";
    if (!std::filesystem::is_directory(folder)) return found;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (entry.path().extension() == ".json") found.push_back(entry.path());
    }
    return found;
  }

  TestDatabase db_;
  TempDir dir_;
};

TEST_F(ReplayCacheTest, TheSecondRunIsAHitWithoutAShadowDatabase) {
  ProcessResult first = diff();
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_TRUE(contains(first.err, "Replay cache miss: replaying 1 migration\n")) << first.err;
  const std::string shadow = shadow_name(first.err);
  ASSERT_FALSE(shadow.empty()) << first.err;
  EXPECT_FALSE(database_exists(shadow));
  ASSERT_EQ(entries().size(), 1u);
  EXPECT_EQ(read_file(dir_.path() / ".qdb/.gitignore"), "*\n");

  ProcessResult second = diff();
  ASSERT_EQ(second.exit_code, 0) << second.err;
  const std::string entry = ".qdb/replay/" + entries()[0].filename().string();
  EXPECT_TRUE(contains(second.err, "Replay cache hit: " + entry + " (no replay)\n")) << second.err;
  EXPECT_FALSE(contains(second.err, "qdb_shadow_")) << second.err;
  EXPECT_FALSE(contains(second.err, "Replaying ")) << second.err;
  EXPECT_EQ(second.out, first.out);
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_database WHERE datname = '" + shadow + "'"), "0");
}

// A role that may not create databases fails on a miss ("may not create databases"), so a
// second run that succeeds as that role made no shadow database.
TEST_F(ReplayCacheTest, AHitNeedsNoRightToCreateDatabases) {
  std::random_device random;
  const std::string role = "qdb_replay_cache_" + std::to_string(random() % 100000);
  db_.execute("CREATE ROLE " + role + " LOGIN NOCREATEDB PASSWORD 'cache-pw'");
  struct DropRole {
    const TestDatabase& db;
    std::string role;
    ~DropRole() { db.execute("DROP ROLE IF EXISTS " + role); }
  } drop_role{db_, role};
  const std::string url = db_.url();
  const size_t scheme = url.find("://") + 3;
  const std::string role_url = url.substr(0, scheme) + role + ":cache-pw@" + url.substr(url.find('@', scheme) + 1);

  ProcessResult refused = diff({}, role_url);
  EXPECT_EQ(refused.exit_code, 9) << refused.err;
  EXPECT_TRUE(contains(refused.err, "may not create databases")) << refused.err;

  ProcessResult stored = diff();
  ASSERT_EQ(stored.exit_code, 0) << stored.err;
  ProcessResult hit = diff({}, role_url);
  EXPECT_EQ(hit.exit_code, 0) << hit.err;
  EXPECT_TRUE(contains(hit.err, "Replay cache hit: ")) << hit.err;
  EXPECT_EQ(hit.out, stored.out);
}

TEST_F(ReplayCacheTest, AChangedMigrationIsReplayedAgain) {
  ASSERT_EQ(diff().exit_code, 0);
  dir_.write("migrations/20250101000000_init/migration.sql",
             std::string(kInit) + "ALTER TABLE \"User\" ADD COLUMN \"name\" TEXT;\n");
  ProcessResult changed = diff();
  ASSERT_EQ(changed.exit_code, 0) << changed.err;
  EXPECT_TRUE(contains(changed.err, "Replay cache miss: replaying 1 migration\n")) << changed.err;
  EXPECT_FALSE(shadow_name(changed.err).empty()) << changed.err;
  EXPECT_TRUE(contains(changed.out, "DROP COLUMN \"name\"")) << changed.out;
  EXPECT_EQ(entries().size(), 2u);

  // A new migration is a new key too.
  dir_.write("migrations/20250102000000_email/migration.sql", "ALTER TABLE \"User\" ADD COLUMN \"email\" TEXT;\n");
  ProcessResult added = diff();
  ASSERT_EQ(added.exit_code, 0) << added.err;
  EXPECT_TRUE(contains(added.err, "Replay cache miss: replaying 2 migrations\n")) << added.err;
  EXPECT_TRUE(contains(added.out, "DROP COLUMN \"email\"")) << added.out;

  ProcessResult again = diff();
  EXPECT_TRUE(contains(again.err, "Replay cache hit: ")) << again.err;
  EXPECT_EQ(again.out, added.out);
}

TEST_F(ReplayCacheTest, ACorruptEntryIsReplayedOver) {
  ProcessResult first = diff();
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_EQ(entries().size(), 1u);
  const std::filesystem::path entry = entries()[0];
  dir_.write(".qdb/replay/" + entry.filename().string(), "{\"format\":\"qdb replay cache\",\"version\":1,\"key\":");

  ProcessResult corrupt = diff();
  ASSERT_EQ(corrupt.exit_code, 0) << corrupt.err;
  EXPECT_TRUE(contains(corrupt.err, "Replay cache: ignoring .qdb/replay/" + entry.filename().string() +
                                        ": it is not a cache entry (not a JSON object)\n"))
      << corrupt.err;
  EXPECT_TRUE(contains(corrupt.err, "Replay cache miss: replaying 1 migration\n")) << corrupt.err;
  EXPECT_EQ(corrupt.out, first.out);

  ProcessResult repaired = diff();
  EXPECT_TRUE(contains(repaired.err, "Replay cache hit: ")) << repaired.err;
  EXPECT_EQ(repaired.out, first.out);
}

TEST_F(ReplayCacheTest, NoCacheReplays) {
  ASSERT_EQ(diff().exit_code, 0);
  ProcessResult uncached = diff({"--no-cache"});
  ASSERT_EQ(uncached.exit_code, 0) << uncached.err;
  EXPECT_TRUE(contains(uncached.err, "Replay cache off (--no-cache): replaying 1 migration\n")) << uncached.err;
  EXPECT_FALSE(contains(uncached.err, "Replay cache hit")) << uncached.err;
  EXPECT_FALSE(shadow_name(uncached.err).empty()) << uncached.err;
}

}  // namespace
}  // namespace qdb::test
