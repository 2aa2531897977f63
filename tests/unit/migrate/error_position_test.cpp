#include "migrate/error_position.hpp"

#include <gtest/gtest.h>

namespace qdb::migrate {
namespace {

TEST(LocationOfOffset, CountsLinesAndByteColumns) {
  EXPECT_EQ(location_of_offset("ab\ncd", 0), (SourceLocation{0, 1, 1}));
  EXPECT_EQ(location_of_offset("ab\ncd", 2), (SourceLocation{2, 1, 3}));
  EXPECT_EQ(location_of_offset("ab\ncd", 3), (SourceLocation{3, 2, 1}));
  EXPECT_EQ(location_of_offset("ab\r\ncd", 5), (SourceLocation{5, 2, 2}));
}

TEST(LocationOfOffset, ClampsPastTheEnd) {
  EXPECT_EQ(location_of_offset("ab\ncd", 99), (SourceLocation{5, 2, 3}));
}

TEST(ErrorPosition, AsciiStatementInTheMiddleOfAFile) {
  std::string file = "-- first\nSELECT 1;\nSELECT * FORM t;\n";
  // The third line's statement starts at byte 19; the server reports "FORM" at character 10.
  EXPECT_EQ(locate_error_position(file, 19, 10), (SourceLocation{28, 3, 10}));
}

TEST(ErrorPosition, PositionOneIsTheFirstByte) {
  EXPECT_EQ(locate_error_position("x\nSELEC 1", 2, 1), (SourceLocation{2, 2, 1}));
}

TEST(ErrorPosition, CountsCharactersNotBytes) {
  // "é" is two bytes and "€" three, but each is one character to the server.
  std::string file = "SELECT 'é€', bogus";
  // Characters: S1 E2 L3 E4 C5 T6 space7 '8 é9 €10 '11 ,12 space13 b14; b is byte 16.
  EXPECT_EQ(locate_error_position(file, 0, 14), (SourceLocation{16, 1, 17}));
}

TEST(ErrorPosition, MultibyteCharactersAcrossLines) {
  std::string file = "SELECT 1;\nINSERT INTO t VALUES ('ü');\nSELEC 2";
  // Whole file sent at once: SELEC is character 39 but byte 39 (0-based), after the 2-byte ü.
  EXPECT_EQ(locate_error_position(file, 0, 39), (SourceLocation{39, 3, 1}));
  EXPECT_EQ(locate_error_position(file, 0, 38), (SourceLocation{38, 2, 29}));
}

TEST(ErrorPosition, OutOfRangePositionsAreClamped) {
  EXPECT_EQ(locate_error_position("abc", 0, 0), (SourceLocation{0, 1, 1}));
  EXPECT_EQ(locate_error_position("abc", 0, -5), (SourceLocation{0, 1, 1}));
  EXPECT_EQ(locate_error_position("abc", 0, 100), (SourceLocation{3, 1, 4}));
  EXPECT_EQ(locate_error_position("abc", 10, 1), (SourceLocation{3, 1, 4}));
}

}  // namespace
}  // namespace qdb::migrate
