#include "util/arena.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace qdb::util {
namespace {

struct Point {
  int x = 0;
  double y = 0;
};

TEST(Arena, CopiesTextAndKeepsItAcrossMoves) {
  Arena arena;
  std::string text = "hello";
  std::string_view copy = arena.copy(text);
  text = "changed";
  Arena moved(std::move(arena));
  EXPECT_EQ(copy, "hello");
  EXPECT_TRUE(arena.copy("").empty());
}

TEST(Arena, TakesAListExactlyAndEmptiesTheBufferForReuse) {
  Arena arena;
  std::vector<Point> buffer{{1, 1.5}, {2, 2.5}, {3, 3.5}};
  ArenaList<Point> list = arena.take(buffer);
  EXPECT_TRUE(buffer.empty());
  EXPECT_GE(buffer.capacity(), 3u);
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list.front().x, 1);
  EXPECT_EQ(list.back().y, 3.5);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(&list[1]) % alignof(Point), 0u);
  int sum = 0;
  for (const Point& point : list) sum += point.x;
  EXPECT_EQ(sum, 6);
  EXPECT_TRUE(arena.take(buffer).empty());
}

TEST(Arena, GrowsPastOneBlockAndGivesLargeValuesTheirOwnBlock) {
  Arena arena;
  std::vector<std::string_view> copies;
  for (int i = 0; i < 20000; ++i) copies.push_back(arena.copy("item " + std::to_string(i)));
  std::string large(1 << 20, 'x');
  std::string_view large_copy = arena.copy(large);
  EXPECT_EQ(copies[0], "item 0");
  EXPECT_EQ(copies[19999], "item 19999");
  EXPECT_EQ(large_copy, large);
  EXPECT_GE(arena.reserved(), large.size() + 20000 * 6);
  // Blocks grow with the total, so little more than twice the payload is ever reserved.
  EXPECT_LE(arena.reserved(), 3 * (large.size() + 20000 * 10));
}

}  // namespace
}  // namespace qdb::util
