#include "cli/progress.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <sstream>
#include <thread>

#include "support/memory_system.hpp"

namespace qdb::cli {
namespace {

TEST(ProgressTicker, OnATerminalTheElapsedSecondsFromTwoOn) {
  int shown = 0;
  EXPECT_EQ(ProgressTicker::line_at("1_a", 1.9, true, shown), std::nullopt);
  EXPECT_EQ(ProgressTicker::line_at("1_a", 2.0, true, shown), "1_a: 2 s");
  EXPECT_EQ(ProgressTicker::line_at("1_a", 2.7, true, shown), std::nullopt);  // once per second
  EXPECT_EQ(ProgressTicker::line_at("1_a", 3.1, true, shown), "1_a: 3 s");
  EXPECT_EQ(ProgressTicker::line_at("1_a", 75.0, true, shown), "1_a: 75 s");
}

TEST(ProgressTicker, InALogALineEveryTenSeconds) {
  int shown = 0;
  EXPECT_EQ(ProgressTicker::line_at("1_a", 9.9, false, shown), std::nullopt);
  EXPECT_EQ(ProgressTicker::line_at("1_a", 10.2, false, shown), "  1_a still running after 10 s");
  EXPECT_EQ(ProgressTicker::line_at("1_a", 19.9, false, shown), std::nullopt);
  EXPECT_EQ(ProgressTicker::line_at("1_a", 31.0, false, shown), "  1_a still running after 30 s");
}

class ProgressTickerTest : public ::testing::Test {
 protected:
  // Waits (in real time) until the ticker's thread has written `text`.
  bool shows(const std::string& text) {
    for (int i = 0; i < 1000; ++i) {
      if (err_.str().find(text) != std::string::npos) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
  }
  std::ostringstream err_;
  std::ostringstream out_;  // results: none from the ticker
  test::MemorySystem clock_;  // advanced by the test; the ticker's thread reads it
};

TEST_F(ProgressTickerTest, ALogGetsPlainLinesAndNothingIsLeftAfterStop) {
  output::Console console(err_, out_, false, output::Console::Level::kNormal, false);
  ProgressTicker ticker(console, clock_, false);
  ticker.start("20240101_slow");
  clock_.sleep(10.5);
  ASSERT_TRUE(shows("still running"));
  ticker.stop();
  EXPECT_EQ(err_.str(), "  20240101_slow still running after 10 s\n");
}

TEST_F(ProgressTickerTest, ATerminalGetsALiveLineThatIsErasedAtTheEnd) {
  output::Console console(err_, out_, false, output::Console::Level::kNormal, true);
  ProgressTicker ticker(console, clock_, true);
  ticker.start("20240101_slow");
  clock_.sleep(3.2);
  ASSERT_TRUE(shows("20240101_slow: 3 s"));
  ticker.stop();
  EXPECT_EQ(err_.str(), "\r\033[K20240101_slow: 3 s\r\033[K");
}

TEST_F(ProgressTickerTest, QuietShowsNothing) {
  output::Console console(err_, out_, false, output::Console::Level::kQuiet, false);
  ProgressTicker ticker(console, clock_, false);
  ticker.start("20240101_slow");
  clock_.sleep(25);
  std::this_thread::sleep_for(std::chrono::milliseconds(600));  // two ticks, were there a thread
  ticker.stop();
  EXPECT_EQ(err_.str(), "");
}

}  // namespace
}  // namespace qdb::cli
