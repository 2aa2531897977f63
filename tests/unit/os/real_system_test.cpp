#include "os/real_system.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <future>
#include <thread>

#include "support/temp_dir.hpp"

namespace qdb::os {
namespace {

TEST(RealSystem, ListsEntriesWithTypes) {
  test::TempDir dir;
  dir.write("m/20240101_init/migration.sql", "SELECT 1;");
  dir.write("m/migration_lock.toml", "provider = \"postgresql\"\n");
  RealSystem fs;
  ListResult listed = fs.list_directory(dir.path() / "m");
  ASSERT_TRUE(listed.ok) << listed.error;
  std::sort(listed.entries.begin(), listed.entries.end(), [](auto& a, auto& b) { return a.name < b.name; });
  EXPECT_EQ(listed.entries, (std::vector<DirEntry>{{"20240101_init", true, false}, {"migration_lock.toml", false, true}}));
}

TEST(RealSystem, ReadsExactBytes) {
  test::TempDir dir;
  std::string bytes("a\r\nb\0c", 6);
  dir.write("f.sql", bytes);
  RealSystem fs;
  ReadResult read = fs.read_file(dir.path() / "f.sql");
  ASSERT_TRUE(read.ok);
  EXPECT_EQ(read.bytes, bytes);
}

TEST(RealSystem, ReportsMissingFilesAndFolders) {
  test::TempDir dir;
  RealSystem fs;
  ReadResult read = fs.read_file(dir.path() / "nope");
  EXPECT_FALSE(read.ok);
  EXPECT_EQ(read.error, "No such file or directory");
  EXPECT_FALSE(fs.list_directory(dir.path() / "nope").ok);
  EXPECT_FALSE(fs.exists(dir.path() / "nope"));
  EXPECT_TRUE(fs.exists(dir.path()));
}

TEST(RealSystem, WritesAtomicallyAndReplaces) {
  test::TempDir dir;
  RealSystem fs;
  std::filesystem::path target = dir.path() / "migration_lock.toml";
  ASSERT_TRUE(fs.write_file_atomically(target, "one").ok);
  ASSERT_TRUE(fs.write_file_atomically(target, "two").ok);
  EXPECT_EQ(test::read_file(target), "two");
  // No temporary files are left behind.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()), 1);
}

TEST(RealSystem, AReplacedFileKeepsItsPermissions) {
  test::TempDir dir;
  RealSystem fs;
  auto target = dir.path() / "schema.prisma";
  ASSERT_TRUE(fs.write_file_atomically(target, "one").ok);
  std::filesystem::permissions(target, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                                           std::filesystem::perms::group_read);
  ASSERT_TRUE(fs.write_file_atomically(target, "two").ok);
  EXPECT_EQ(std::filesystem::status(target).permissions(),
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write | std::filesystem::perms::group_read);
  EXPECT_EQ(test::read_file(target), "two");
}

TEST(RealSystem, ReplaceableWritesAreAtomicToo) {
  test::TempDir dir;
  RealSystem fs;
  auto target = dir.path() / "generated.ts";
  ASSERT_TRUE(fs.write_file_atomically(target, "one", Durability::kReplaceable).ok);
  ASSERT_TRUE(fs.write_file_atomically(target, "two", Durability::kReplaceable).ok);
  EXPECT_EQ(test::read_file(target), "two");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()), 1);
}

TEST(RealSystem, WriteIntoMissingFolderFails) {
  test::TempDir dir;
  RealSystem fs;
  WriteResult written = fs.write_file_atomically(dir.path() / "missing" / "f", "x");
  EXPECT_FALSE(written.ok);
  EXPECT_EQ(written.error, "No such file or directory");
}

TEST(RealSystem, ReadsFilesOfEverySizeWhole) {
  test::TempDir dir;
  RealSystem fs;
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

TEST(RealSystem, FileTypesFollowLinks) {
  test::TempDir dir;
  RealSystem fs;
  auto file = dir.write("f", "x");
  std::filesystem::create_symlink(file, dir.path() / "link");
  std::filesystem::create_symlink(dir.path() / "gone", dir.path() / "dangling");
  EXPECT_EQ(fs.file_type(file), FileType::kRegular);
  EXPECT_EQ(fs.file_type(dir.path()), FileType::kDirectory);
  EXPECT_EQ(fs.file_type(dir.path() / "link"), FileType::kRegular);
  EXPECT_EQ(fs.file_type(dir.path() / "dangling"), FileType::kNone);
  EXPECT_EQ(fs.canonical(dir.path() / "link"), std::filesystem::canonical(file));
  EXPECT_EQ(fs.canonical(dir.path() / "dangling"), std::nullopt);
}

TEST(RealSystem, RunsProgramsAndCollectsTheirOutput) {
  RealSystem system;
  CommandResult r = system.run({"/bin/sh", "-c", "echo out; echo err >&2; exit 3"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.output, "out\nerr\n");
}

TEST(RealSystem, GivesTheChildItsFolderAndExtraVariables) {
  test::TempDir dir;
  RealSystem system;
  CommandOptions options;
  options.cwd = dir.path();
  options.env["QDB_TEST_VALUE"] = "a b=c";
  options.env["HOME"] = "/nowhere";
  CommandResult r = system.run({"/bin/sh", "-c", "pwd; echo \"$QDB_TEST_VALUE\"; echo \"$HOME\"; echo \"${PATH:+path}\""},
                               options);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.output, std::filesystem::canonical(dir.path()).string() + "\na b=c\n/nowhere\npath\n");
}

TEST(RealSystem, ProgramsThatCannotRunExitAsAShellSays) {
  test::TempDir dir;
  RealSystem system;
  EXPECT_EQ(system.run({"qdb-no-such-program-anywhere"}).exit_code, 127);
  CommandOptions options;
  options.cwd = dir.path() / "missing";
  EXPECT_EQ(system.run({"/bin/true"}, options).exit_code, 126);
  EXPECT_EQ(system.run({"/bin/sh", "-c", "kill -TERM $$"}).exit_code, 128 + 15);
}

TEST(RealSystem, StandardInputIsEmpty) {
  RealSystem system;
  CommandResult r = system.run({"/bin/sh", "-c", "cat; echo end"});
  EXPECT_EQ(r.output, "end\n");
}

TEST(RealSystem, TheClockAdvancesBySleeping) {
  RealSystem system;
  double start = system.now();
  system.sleep(0.01);
  EXPECT_GE(system.now() - start, 0.01);
}

// The first signal goes to the callback on its own thread; the process goes on.
TEST(RealSystem, WatchedSignalsReachTheCallbackInsteadOfEndingTheProcess) {
  RealSystem system;
  std::promise<int> seen;
  {
    std::unique_ptr<InterruptWatch> watch = system.watch_interrupts([&](int signal) { seen.set_value(signal); });
    ASSERT_EQ(::raise(SIGTERM), 0);
    std::future<int> got = seen.get_future();
    ASSERT_EQ(got.wait_for(std::chrono::seconds(10)), std::future_status::ready);
    EXPECT_EQ(got.get(), SIGTERM);
  }
  // Closed, the watch put back what was there: the test's own default handling.
  struct sigaction now = {};
  sigaction(SIGTERM, nullptr, &now);
  EXPECT_EQ(now.sa_handler, SIG_DFL);
}

// While the first signal's work goes on (here: forever), a second one ends the process at once.
TEST(RealSystemDeathTest, ASecondSignalExitsAtOnceWith128PlusItsNumber) {
  EXPECT_EXIT(
      {
        RealSystem system;
        std::promise<void> started;
        std::unique_ptr<InterruptWatch> watch = system.watch_interrupts([&](int) {
          started.set_value();
          std::this_thread::sleep_for(std::chrono::hours(1));
        });
        ::raise(SIGINT);
        started.get_future().wait();
        ::raise(SIGINT);
        std::this_thread::sleep_for(std::chrono::seconds(30));  // not reached when the signal ends it
      },
      ::testing::ExitedWithCode(130), "");
}

}  // namespace
}  // namespace qdb::os
