#include "util/utf8.hpp"

#include <gtest/gtest.h>

namespace qdb::util {
namespace {

TEST(Utf8, AcceptsValidText) {
  EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("plain ascii\n"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF"), std::nullopt);
}

TEST(Utf8, ReportsOffsetOfFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8("abc\xFF"), 3u);
  EXPECT_EQ(find_invalid_utf8("caf\xE9 latin-1"), 3u);  // Latin-1 é
  EXPECT_EQ(find_invalid_utf8("\x80"), 0u);              // lone continuation byte
}

TEST(Utf8, RejectsOverlongSurrogatesAndOutOfRange) {
  EXPECT_EQ(find_invalid_utf8("a\xC0\xAF"), 1u);          // overlong '/'
  EXPECT_EQ(find_invalid_utf8("a\xE0\x80\xAF"), 1u);      // overlong 3-byte
  EXPECT_EQ(find_invalid_utf8("a\xED\xA0\x80"), 1u);      // U+D800
  EXPECT_EQ(find_invalid_utf8("a\xF4\x90\x80\x80"), 1u);  // U+110000
  EXPECT_EQ(find_invalid_utf8("a\xF5\x80\x80\x80"), 1u);
}

TEST(Utf8, RejectsTruncatedSequence) {
  EXPECT_EQ(find_invalid_utf8("ok\xE2\x82"), 2u);
  EXPECT_EQ(find_invalid_utf8("ok\xE2\x82x"), 2u);
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(count_code_points(""), 0u);
  EXPECT_EQ(count_code_points("BEGIN;\n"), 7u);
  EXPECT_EQ(count_code_points("caf\xc3\xa9 \xe2\x82\xac"), 6u);  // café €
}

}  // namespace
}  // namespace qdb::util
