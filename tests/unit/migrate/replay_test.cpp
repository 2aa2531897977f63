#include "migrate/replay.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"
#include "base/located_error.hpp"
#include "support/fake_database.hpp"

namespace qdb::migrate {
namespace {

using test::make_migration;
using Log = std::vector<std::string>;

class ReplayTest : public ::testing::Test {
 protected:
  void replay(const std::vector<Migration>& files, ReplayLimits limits = {}) {
    replay_migrations(db_, files, RunOptions{}, [this](const Migration& m) { announced_.push_back(m.name); }, limits);
  }
  LocatedError replay_error(const std::vector<Migration>& files, ReplayLimits limits = {}) {
    try {
      replay(files, limits);
    } catch (const LocatedError& e) {
      return e;
    }
    ADD_FAILURE() << "expected a located error";
    return LocatedError(ErrorKind::kInternal, "none", "", "", "", 0, 0, "");
  }
  static db::SqlFailure failure(const std::string& message, int position = 0) {
    db::SqlFailure f;
    f.sqlstate = "42P01";
    f.message = message;
    f.position = position;
    return f;
  }
  test::FakeDatabase db_;
  std::vector<std::string> announced_;
};

TEST_F(ReplayTest, TransactionalFilesTravelInOneScriptEachInItsOwnTransactionWithoutHistoryOrLock) {
  replay({make_migration("1_a", "CREATE TABLE a ();"), make_migration("2_b", "CREATE TABLE b (); -- last")});
  EXPECT_EQ(db_.log, (Log{"SCRIPT BEGIN;\nCREATE TABLE a ();\n;\nCOMMIT;\nBEGIN;\nCREATE TABLE b (); -- last\n;\nCOMMIT;\n"}));
  EXPECT_EQ(announced_, (std::vector<std::string>{"1_a", "2_b"}));
}

TEST_F(ReplayTest, AFileThatCannotRunInATransactionRunsAloneStatementByStatementBetweenScripts) {
  replay({make_migration("1_a", "CREATE TABLE a (x int);"),
          make_migration("2_i", "CREATE INDEX CONCURRENTLY i ON a (x);\nCREATE TABLE c ();"),
          make_migration("3_b", "CREATE TABLE b ();")});
  EXPECT_EQ(db_.log, (Log{"SCRIPT BEGIN;\nCREATE TABLE a (x int);\n;\nCOMMIT;\n",
                          "EXEC CREATE INDEX CONCURRENTLY i ON a (x)", "EXEC CREATE TABLE c ()", "ROLLBACK",
                          "SCRIPT BEGIN;\nCREATE TABLE b ();\n;\nCOMMIT;\n"}));
}

TEST_F(ReplayTest, ScriptsAreCutAtTheLimits) {
  std::vector<Migration> files;
  for (int i = 0; i < 5; ++i) files.push_back(make_migration(std::to_string(i) + "_m", "SELECT " + std::to_string(i) + ";"));
  replay(files, ReplayLimits{2, 1024});
  ASSERT_EQ(db_.log.size(), 3u);
  EXPECT_EQ(db_.log[2], "SCRIPT BEGIN;\nSELECT 4;\n;\nCOMMIT;\n");
  db_.log.clear();
  // A file larger than the byte limit still goes, alone.
  replay(files, ReplayLimits{100, 10});
  EXPECT_EQ(db_.log.size(), 5u);
}

TEST_F(ReplayTest, AfterAFailedScriptTheFilesThatDidNotCommitAreSentAloneAndTheFirstFailingOneIsReported) {
  db_.failing["CREATE TABLE c"] = failure("boom", 0);
  LocatedError e = replay_error({make_migration("1_a", "CREATE TABLE a ();"), make_migration("2_b", "CREATE TABLE b ();"),
                                 make_migration("3_c", "SELECT 1;\nCREATE TABLE c ();"),
                                 make_migration("4_d", "CREATE TABLE d ();")});
  EXPECT_EQ(e.kind(), ErrorKind::kMigrationFailed);
  EXPECT_EQ(e.file(), "migrations/3_c/migration.sql");
  ASSERT_EQ(db_.log.size(), 4u);
  EXPECT_EQ(db_.log[1], "ROLLBACK");
  // 1_a and 2_b committed in the script; 3_c alone, where the failure is known to be its own.
  EXPECT_EQ(db_.log[2], "SCRIPT BEGIN;\nSELECT 1;\nCREATE TABLE c ();\n;\nCOMMIT;\n");
  EXPECT_EQ(db_.log[3], "ROLLBACK");
  // Each file is announced once, also when sent again.
  EXPECT_EQ(announced_, (std::vector<std::string>{"1_a", "2_b", "3_c", "4_d"}));
}

TEST_F(ReplayTest, TheErrorPositionOfAFileSentAloneIsLocatedInTheFile) {
  // "BEGIN;\n" is 7 characters: the 11th character of the file begins line 2.
  db_.failing["CREATE TABLE é"] = failure("boom", 7 + 11);
  LocatedError e = replay_error({make_migration("1_a", "SELECT 1;\nCREATE TABLE é ();")});
  EXPECT_EQ(e.line(), 2);
  EXPECT_EQ(e.column(), 1);
}

TEST_F(ReplayTest, PositionsOutsideAFilesSqlAreUnknown) {
  ReplayScript script;
  Migration a = make_migration("1_a", "SELECT 'é';");
  Migration b = make_migration("2_b", "SELECT 2;");
  append_to_script(script, a);
  append_to_script(script, b);
  EXPECT_EQ(script.characters, script.text.size() - 1);  // é is two bytes, one character
  EXPECT_EQ(position_in_part(script, 0, 8), 1);
  EXPECT_EQ(position_in_part(script, 0, 7), 0);           // in BEGIN
  const int b_first = static_cast<int>(script.parts[1].first_character);
  EXPECT_EQ(position_in_part(script, 1, b_first + 1), 1);
  EXPECT_EQ(position_in_part(script, 0, b_first + 1), 0);  // the next file's
  EXPECT_EQ(position_in_part(script, 0, 0), 0);
}

TEST_F(ReplayTest, AFileThatCannotBeReadThroughStopsTheReplayBeforeAnythingRuns) {
  try {
    replay({make_migration("1_a", "CREATE TABLE a ();"), make_migration("2_b", "SELECT 'open")});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kMigrationFiles);
  }
  EXPECT_TRUE(db_.log.empty());
}

}  // namespace
}  // namespace qdb::migrate
