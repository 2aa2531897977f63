#include "util/closest_word.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace qdb::util {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("abc", ""), 3u);
  EXPECT_EQ(edit_distance("prod", "prod"), 0u);
  EXPECT_EQ(edit_distance("prd", "prod"), 1u);
  EXPECT_EQ(edit_distance("proxd", "prod"), 1u);
  EXPECT_EQ(edit_distance("prud", "prod"), 1u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("sslmdoe", "sslmode"), 2u);  // a swap is two edits
}

TEST(ClosestWord, TheNearestWithinTwoEditsOrNothing) {
  const std::vector<std::string> profiles = {"dev", "prod", "staging"};
  EXPECT_EQ(closest_word("prd", profiles), "prod");
  EXPECT_EQ(closest_word("stagin", profiles), "staging");
  EXPECT_EQ(closest_word("production", profiles), "");  // six edits: another word
  EXPECT_EQ(closest_word("x", std::vector<std::string>{}), "");
}

TEST(ClosestWord, TheFirstOfEquallyNearOnes) {
  constexpr std::string_view words[] = {"host", "port", "hostaddr"};
  EXPECT_EQ(closest_word("hort", words), "host");
  EXPECT_EQ(closest_word("pot", words), "port");
}

}  // namespace
}  // namespace qdb::util
