#include "util/real_file_system.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "support/temp_dir.hpp"

namespace qdb::util {
namespace {

TEST(RealFileSystem, ListsEntriesWithTypes) {
  test::TempDir dir;
  dir.write("m/20240101_init/migration.sql", "SELECT 1;");
  dir.write("m/migration_lock.toml", "provider = \"postgresql\"\n");
  RealFileSystem fs;
  ListResult listed = fs.list_directory(dir.path() / "m");
  ASSERT_TRUE(listed.ok) << listed.error;
  std::sort(listed.entries.begin(), listed.entries.end(), [](auto& a, auto& b) { return a.name < b.name; });
  EXPECT_EQ(listed.entries, (std::vector<DirEntry>{{"20240101_init", true, false}, {"migration_lock.toml", false, true}}));
}

TEST(RealFileSystem, ReadsExactBytes) {
  test::TempDir dir;
  std::string bytes("a\r\nb\0c", 6);
  dir.write("f.sql", bytes);
  RealFileSystem fs;
  ReadResult read = fs.read_file(dir.path() / "f.sql");
  ASSERT_TRUE(read.ok);
  EXPECT_EQ(read.bytes, bytes);
}

TEST(RealFileSystem, ReportsMissingFilesAndFolders) {
  test::TempDir dir;
  RealFileSystem fs;
  ReadResult read = fs.read_file(dir.path() / "nope");
  EXPECT_FALSE(read.ok);
  EXPECT_EQ(read.error, "No such file or directory");
  EXPECT_FALSE(fs.list_directory(dir.path() / "nope").ok);
  EXPECT_FALSE(fs.exists(dir.path() / "nope"));
  EXPECT_TRUE(fs.exists(dir.path()));
}

TEST(RealFileSystem, WritesAtomicallyAndReplaces) {
  test::TempDir dir;
  RealFileSystem fs;
  std::filesystem::path target = dir.path() / "migration_lock.toml";
  ASSERT_TRUE(fs.write_file_atomically(target, "one").ok);
  ASSERT_TRUE(fs.write_file_atomically(target, "two").ok);
  EXPECT_EQ(test::read_file(target), "two");
  // No temporary files are left behind.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()), 1);
}

TEST(RealFileSystem, AReplacedFileKeepsItsPermissions) {
  test::TempDir dir;
  RealFileSystem fs;
  auto target = dir.path() / "schema.prisma";
  ASSERT_TRUE(fs.write_file_atomically(target, "one").ok);
  std::filesystem::permissions(target, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                                           std::filesystem::perms::group_read);
  ASSERT_TRUE(fs.write_file_atomically(target, "two").ok);
  EXPECT_EQ(std::filesystem::status(target).permissions(),
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write | std::filesystem::perms::group_read);
  EXPECT_EQ(test::read_file(target), "two");
}

TEST(RealFileSystem, ReplaceableWritesAreAtomicToo) {
  test::TempDir dir;
  RealFileSystem fs;
  auto target = dir.path() / "generated.ts";
  ASSERT_TRUE(fs.write_file_atomically(target, "one", Durability::kReplaceable).ok);
  ASSERT_TRUE(fs.write_file_atomically(target, "two", Durability::kReplaceable).ok);
  EXPECT_EQ(test::read_file(target), "two");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()), 1);
}

TEST(RealFileSystem, WriteIntoMissingFolderFails) {
  test::TempDir dir;
  RealFileSystem fs;
  WriteResult written = fs.write_file_atomically(dir.path() / "missing" / "f", "x");
  EXPECT_FALSE(written.ok);
  EXPECT_EQ(written.error, "No such file or directory");
}

TEST(RealFileSystem, ReadsFilesOfEverySizeWhole) {
  test::TempDir dir;
  RealFileSystem fs;
  for (std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{65535}, std::size_t{65536},
                           std::size_t{65537}, std::size_t{200000}, std::size_t{1 << 21}}) {
    std::string text(size, 'x');
    for (std::size_t i = 0; i < size; i += 997) text[i] = static_cast<char>('a' + i % 26);
    auto path = dir.write(std::string("f").append(std::to_string(size)), text);  // not +: GCC 12 -Wrestrict
    ReadResult read = fs.read_file(path);
    ASSERT_TRUE(read.ok) << size;
    EXPECT_EQ(read.bytes, text) << size;
  }
}

}  // namespace
}  // namespace qdb::util
