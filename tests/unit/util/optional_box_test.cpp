#include "util/optional_box.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>

namespace qdb::util {
namespace {

TEST(OptionalBox, StartsEmptyAndHoldsWhatIsAssigned) {
  OptionalBox<std::string> box;
  EXPECT_FALSE(box.has_value());
  EXPECT_FALSE(box);
  box = std::string("text");
  ASSERT_TRUE(box);
  EXPECT_EQ(*box, "text");
  EXPECT_EQ(box->size(), 4u);
  box = std::optional<std::string>();
  EXPECT_FALSE(box);
  box = std::optional<std::string>("again");
  EXPECT_EQ(*box, "again");
}

TEST(OptionalBox, CopiesCopyTheValueAndMovesTakeIt) {
  OptionalBox<std::string> original;
  original = std::string("a");
  OptionalBox<std::string> copy = original;
  *copy += "b";
  EXPECT_EQ(*original, "a");
  EXPECT_EQ(*copy, "ab");
  OptionalBox<std::string> empty;
  copy = empty;
  EXPECT_FALSE(copy);
  OptionalBox<std::string> moved = std::move(original);
  EXPECT_EQ(*moved, "a");
}

}  // namespace
}  // namespace qdb::util
