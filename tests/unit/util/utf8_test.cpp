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

// Unicode's letters (general category L), as Prisma's names take them: not the marks, digits,
// letter numbers or symbols of other scripts, which the C library's UTF-8 locale calls letters.
TEST(Utf8, LettersAreUnicodesCategoryL) {
  EXPECT_EQ(letter_length("\xC3\xA9t\xC3\xA9"), 2u);     // é (Ll)
  EXPECT_EQ(letter_length("\xCE\xA9"), 2u);              // Ω (Lu)
  EXPECT_EQ(letter_length("\xC7\x85"), 2u);              // ǅ (Lt)
  EXPECT_EQ(letter_length("\xCA\xB0"), 2u);              // ʰ (Lm)
  EXPECT_EQ(letter_length("\xE6\x97\xA5\xE4\xBB\x98"), 3u);  // 日 (Lo)
  EXPECT_EQ(letter_length("\xF0\x90\x90\x80"), 4u);      // U+10400 DESERET CAPITAL LETTER LONG I
  EXPECT_EQ(letter_length("\xF0\xAA\x9B\x96"), 4u);      // U+2A6D6, the end of a CJK range
  EXPECT_EQ(letter_length("\xD9\xA3"), 0u);              // ٣ ARABIC-INDIC DIGIT THREE (Nd)
  EXPECT_EQ(letter_length("\xCC\x81"), 0u);              // U+0301 COMBINING ACUTE ACCENT (Mn)
  EXPECT_EQ(letter_length("\xE0\xA4\xBE"), 0u);          // U+093E DEVANAGARI VOWEL SIGN AA (Mc)
  EXPECT_EQ(letter_length("\xE2\x85\xA0"), 0u);          // Ⅰ ROMAN NUMERAL ONE (Nl)
  EXPECT_EQ(letter_length("\xE2\x92\xB6"), 0u);          // Ⓐ CIRCLED LATIN CAPITAL LETTER A (So)
  EXPECT_EQ(letter_length("\xE2\x82\xAC"), 0u);          // € (Sc)
  EXPECT_EQ(letter_length("\xC2\xA0"), 0u);              // NO-BREAK SPACE
  EXPECT_EQ(letter_length("a"), 0u);                     // ASCII is the lexer's own
  EXPECT_EQ(letter_length("\xE6\x97"), 0u);              // cut off
  EXPECT_EQ(letter_length(""), 0u);
}

}  // namespace
}  // namespace qdb::util
