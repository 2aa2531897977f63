// Retrying a connection while the server starts.
#include <gtest/gtest.h>

#include "cli/connect_wait.hpp"
#include "support/memory_system.hpp"

namespace qdb::cli {
namespace {

// The clock: starts at 1000 s and advances only when slept on.
using FakeClock = test::MemorySystem;

TEST(RetryConnection, RetriesWithDoublingPausesUntilItConnects) {
  FakeClock clock;
  int calls = 0;
  int told = 0;
  WaitOutcome outcome = retry_connection(
      [&] {
        if (++calls < 6) throw Error(ErrorKind::kConnection, "cannot connect to db");
      },
      30, clock, [&](const Error&) { ++told; });
  EXPECT_EQ(outcome.attempts, 6);
  EXPECT_EQ(clock.sleeps, (std::vector<double>{0.1, 0.2, 0.4, 0.8, 1.0}));
  EXPECT_DOUBLE_EQ(outcome.waited_seconds, 2.5);
  EXPECT_EQ(told, 1);
}

TEST(RetryConnection, GivesUpWhenTheTimeIsUpAndSaysHowLongItWaited) {
  FakeClock clock;
  int calls = 0;
  try {
    retry_connection([&] { ++calls; throw Error(ErrorKind::kConnection, "cannot connect to db", "hint", "detail"); }, 2,
                     clock, [](const Error&) {});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kConnection);
    EXPECT_EQ(std::string(e.what()), "cannot connect to db (waited 2 s)");
    EXPECT_EQ(e.hint(), "hint");
    EXPECT_EQ(e.detail(), "detail");
  }
  EXPECT_EQ(clock.sleeps, (std::vector<double>{0.1, 0.2, 0.4, 0.8, 0.5}));
  EXPECT_EQ(calls, 6);
  EXPECT_DOUBLE_EQ(clock.now(), 1002);
}

TEST(RetryConnection, WithoutAWaitTheFirstErrorIsFinal) {
  FakeClock clock;
  try {
    retry_connection([] { throw Error(ErrorKind::kConnection, "cannot connect to db"); }, 0, clock,
                     [](const Error&) {});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "cannot connect to db");
  }
  EXPECT_TRUE(clock.sleeps.empty());
}

TEST(RetryConnection, OtherErrorsAreNotRetried) {
  FakeClock clock;
  int calls = 0;
  EXPECT_THROW(retry_connection([&] { ++calls; throw Error(ErrorKind::kDatabaseState, "no CREATEDB"); }, 30, clock,
                                [](const Error&) {}),
               Error);
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace qdb::cli
