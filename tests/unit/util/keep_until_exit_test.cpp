#include "util/keep_until_exit.hpp"

#include <gtest/gtest.h>

#include <string>

namespace qdb::util {
namespace {

struct Watched {
  explicit Watched(bool* destroyed) : destroyed(destroyed) {}
  Watched(Watched&& other) noexcept : destroyed(other.destroyed) { other.destroyed = nullptr; }
  ~Watched() {
    if (destroyed != nullptr) *destroyed = true;
  }
  bool* destroyed;
};

TEST(KeepUntilExit, NeverDestroysTheValue) {
  static bool destroyed = false;
  keep_until_exit(Watched(&destroyed));
  EXPECT_FALSE(destroyed);
  keep_until_exit(std::string(1000, 'x'));  // a second type shares the list
  EXPECT_FALSE(destroyed);
}

}  // namespace
}  // namespace qdb::util
