#include "config/percent_encoding.hpp"

#include <gtest/gtest.h>

namespace qdb::config {
namespace {

TEST(PercentDecode, DecodesEitherCase) {
  EXPECT_EQ(percent_decode("a%2Fb%2fc%25%40"), std::optional<std::string>("a/b/c%@"));
}

TEST(PercentDecode, KeepsPlus) { EXPECT_EQ(percent_decode("a+b"), std::optional<std::string>("a+b")); }

TEST(PercentDecode, RejectsBadSequences) {
  EXPECT_EQ(percent_decode("%"), std::nullopt);
  EXPECT_EQ(percent_decode("ab%4"), std::nullopt);
  EXPECT_EQ(percent_decode("%zz"), std::nullopt);
  EXPECT_EQ(percent_decode("%4g"), std::nullopt);
}

TEST(PercentEncode, EncodesAllButUnreserved) {
  EXPECT_EQ(percent_encode("aZ0-._~ /@:%"), "aZ0-._~%20%2F%40%3A%25");
  EXPECT_EQ(percent_encode("/\xC3\xA9", false), "%2f%c3%a9");
}

}  // namespace
}  // namespace qdb::config
