#include "migrate/migration_name.hpp"

#include <gtest/gtest.h>

namespace qdb::migrate {
namespace {

// Expected names are what Prisma 6.19's slugify (separator "_") returns for the same input.
TEST(MigrationName, IsSlugifiedAsPrismaDoes) {
  EXPECT_EQ(normalize_migration_name("add_field"), "add_field");
  EXPECT_EQ(normalize_migration_name("Add Field"), "add_field");
  EXPECT_EQ(normalize_migration_name("addUserEmail"), "add_user_email");
  EXPECT_EQ(normalize_migration_name("HTTPServer2"), "http_server2");
  EXPECT_EQ(normalize_migration_name("  --hello--  "), "hello");
  EXPECT_EQ(normalize_migration_name("don't stop"), "dont_stop");
  EXPECT_EQ(normalize_migration_name("Café & Crème"), "cafe_and_creme");
  EXPECT_EQ(normalize_migration_name("userIDs"), "user_ids");
  EXPECT_EQ(normalize_migration_name("ABCDef"), "abc_def");
  EXPECT_EQ(normalize_migration_name("v2Migration"), "v2_migration");
  EXPECT_EQ(normalize_migration_name("x'sy"), "x_sy");
  EXPECT_EQ(normalize_migration_name("MyURLParser"), "my_url_parser");
  EXPECT_EQ(normalize_migration_name("a__b"), "a_b");
  EXPECT_EQ(normalize_migration_name("UPPER_CASE"), "upper_case");
  EXPECT_EQ(normalize_migration_name("Größe ändern"), "groesse_aendern");
  EXPECT_EQ(normalize_migration_name("été"), "ete");
  EXPECT_EQ(normalize_migration_name("!!!"), "");
}

TEST(MigrationName, IsCutTo200Bytes) {
  EXPECT_EQ(normalize_migration_name(std::string(250, 'a')), std::string(200, 'a'));
}

TEST(MigrationName, FolderIsTheUtcTimestampAndTheName) {
  EXPECT_EQ(migration_folder_name(1767225600, "init"), "20260101000000_init");  // 2026-01-01T00:00:00Z
  EXPECT_EQ(migration_folder_name(1767225600 + 3723, "add_field"), "20260101010203_add_field");
  EXPECT_EQ(migration_folder_name(1767225600, ""), "20260101000000");
}

TEST(MigrationName, ANewMigrationSortsAfterTheLastOne) {
  const long long now = 1767225600;  // 2026-01-01T00:00:00Z
  EXPECT_EQ(next_migration_time(now, ""), now);
  EXPECT_EQ(next_migration_time(now, "20251231235959_old"), now);
  EXPECT_EQ(next_migration_time(now, "20260101000000_same_second"), now + 1);
  EXPECT_EQ(next_migration_time(now, "29991231235959_future"), 32503680000);  // 3000-01-01T00:00:00Z
  EXPECT_EQ(migration_folder_name(next_migration_time(now, "29991231235959_future"), "x"), "30000101000000_x");
  EXPECT_EQ(next_migration_time(now, "001_hand_named"), now);
}

// A folder named by hand may carry a stamp that is no time: the next one still sorts after it
// (timegm alone would turn day 00 into the day before and name the new folder before it).
TEST(MigrationName, ANewMigrationSortsAfterAStampThatIsNoTime) {
  auto next_folder = [](const std::string& last) {
    return migration_folder_name(next_migration_time(0, last), "next");
  };
  EXPECT_EQ(next_folder("20250100000000_day_zero"), "20250101000000_next");
  EXPECT_EQ(next_folder("20250000000000_month_zero"), "20250101000000_next");
  EXPECT_EQ(next_folder("20251399999999_month_13"), "20260101000000_next");
  EXPECT_EQ(next_folder("20250231000000_february_31"), "20250301000000_next");
  EXPECT_EQ(next_folder("20250229120000_not_a_leap_year"), "20250301000000_next");
  EXPECT_EQ(next_folder("20240229120000_leap_day"), "20240229120001_next");
  EXPECT_EQ(next_folder("20251231240000_hour_24"), "20260101000000_next");
  EXPECT_EQ(next_folder("20250101236000_minute_60"), "20250102000000_next");
  EXPECT_EQ(next_folder("20250101235960_leap_second"), "20250102000000_next");
}

}  // namespace
}  // namespace qdb::migrate
