#include "migrate/checksum.hpp"

#include <gtest/gtest.h>

namespace qdb::migrate {
namespace {

TEST(Checksum, IsLowercaseHexSha256OfRawBytes) {
  EXPECT_EQ(checksum_of("ab\ncd\n"), "5141648ccbe924f6462cfc7085ccd21779b89d8cee1438281bf1b4cd8d63ac2a");
  EXPECT_EQ(checksum_of("ab\r\ncd\r\n"), "6b17e13ebaef28d20fa58db44dcdfb1ecaf9af34a7784e05b1824820d99d98ea");
}

TEST(Checksum, ExactBytesMatch) {
  EXPECT_TRUE(checksum_matches(checksum_of("abc"), "abc"));
}

TEST(Checksum, DifferentContentDoesNotMatch) {
  EXPECT_FALSE(checksum_matches(checksum_of("abcd"), "abc"));
  // A trailing newline is a real edit, not a line-ending difference.
  EXPECT_FALSE(checksum_matches(checksum_of("abc"), "abc\n"));
}

TEST(Checksum, RecordedWithLfMatchesFileWithCrlf) {
  EXPECT_TRUE(checksum_matches(checksum_of("ab\ncd\n"), "ab\r\ncd\r\n"));
}

TEST(Checksum, RecordedWithCrlfMatchesFileWithLf) {
  EXPECT_TRUE(checksum_matches(checksum_of("ab\r\ncd\r\n"), "ab\ncd\n"));
}

TEST(Checksum, LoneCarriageReturnsAreContent) {
  // The pairs from Prisma's own test: a lone CR survives both conversions.
  const char* lf = "ab\ncd\nef\ngh\rab\n";
  const char* crlf = "ab\r\ncd\r\nef\r\ngh\rab\r\n";
  EXPECT_TRUE(checksum_matches(checksum_of(lf), crlf));
  EXPECT_TRUE(checksum_matches(checksum_of(crlf), lf));
  EXPECT_FALSE(checksum_matches(checksum_of("ab\ncd"), "ab\rcd"));
}

TEST(Checksum, MixedLineEndingsMatchWhenOneConversionFits) {
  // "a\r\nb\n" normalised to LF is "a\nb\n".
  EXPECT_TRUE(checksum_matches(checksum_of("a\nb\n"), "a\r\nb\n"));
  // LF->CRLF of "a\r\nb\n" is "a\r\r\nb\r\n" (Prisma converts every LF), so the all-CRLF form does not match.
  EXPECT_FALSE(checksum_matches(checksum_of("a\r\nb\r\n"), "a\r\nb\n"));
  EXPECT_TRUE(checksum_matches(checksum_of("a\r\r\nb\r\n"), "a\r\nb\n"));
}

TEST(Checksum, LegacyUnpaddedChecksumMatches) {
  // sha256("abc") = ba7816bf8f01cf... ; old Prisma versions wrote 0x01 as "1".
  EXPECT_TRUE(checksum_matches("ba7816bf8f1cfea414140de5dae2223b0361a396177a9cb410ff61f2015ad", "abc"));
  EXPECT_FALSE(checksum_matches("ba7816bf8f1cfea414140de5dae2223b0361a396177a9cb410ff61f2015ad", "abd"));
}

TEST(Checksum, EmptyRecordedChecksumNeverMatches) {
  EXPECT_FALSE(checksum_matches("", ""));
  EXPECT_FALSE(checksum_matches("", "abc"));
}

TEST(Checksum, UppercaseRecordedChecksumDoesNotMatch) {
  EXPECT_FALSE(checksum_matches("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", "abc"));
}

TEST(Checksum, LineEndingConversions) {
  EXPECT_EQ(crlf_to_lf("a\r\nb\rc\n\r\n"), "a\nb\rc\n\n");
  EXPECT_EQ(lf_to_crlf("a\nb\r\nc"), "a\r\nb\r\r\nc");
}

}  // namespace
}  // namespace qdb::migrate
