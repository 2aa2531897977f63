#include "util/toml_text.hpp"

#include <gtest/gtest.h>

namespace qdb::util {
namespace {

std::string found(std::string_view text) {
  auto d = find_unsafe_toml_character("q.toml", text);
  return d ? std::to_string(d->line) + ":" + std::to_string(d->column) + ": " + d->message : "none";
}

constexpr const char* kOutside =
    "a non-ASCII character outside a string: TOML allows one only in a \"quoted\" string or a comment";
constexpr const char* kAfterBackslash =
    "a non-ASCII character right after a backslash in a \"\"\" string: write it as a \\uXXXX escape";

TEST(TomlText, NonAsciiInStringsAndCommentsIsSafe) {
  EXPECT_EQ(found("a = \"\xC3\xA9\" # \xC3\xA9\nb = '\xC3\xA9'\nc = \"\"\"\n\xC3\xA9\n\"\"\"\nd = '''\\\n\xC3\xA9'''\n"),
            "none");
  // Escapes do not end a string early, and a backslash before a plain character is harmless.
  EXPECT_EQ(found("a = \"\\\"\xC3\xA9\\\\\"\nb = \"\"\"\\\"\"\"\xC3\xA9\\t\xC3\xA9\"\"\"\n"), "none");
  // The quotes just before the closing delimiter belong to the string.
  EXPECT_EQ(found("a = \"\"\"x\"\"\"\"\"\nb = 1\n"), "none");
  EXPECT_EQ(found(""), "none");
}

TEST(TomlText, NonAsciiOutsideAStringIsFoundAtItsByteColumn) {
  EXPECT_EQ(found("[profiles.caf\xC3\xA9]\n"), std::string("1:14: ") + kOutside);
  EXPECT_EQ(found("a = \"\xC3\xA9\"\xC2\xA0\n"), std::string("1:9: ") + kOutside);
  EXPECT_EQ(found("a = 'x\n\xC3\xA9 = 1\n"), std::string("2:1: ") + kOutside);  // a line break ends 'x
  EXPECT_EQ(found("a = \"\"\"x\"\"\" \xE2\x80\x94\n"), std::string("1:13: ") + kOutside);
}

TEST(TomlText, AQuoteOpensAStringOnlyWhereAValueOrKeyMayBegin) {
  // toml++ scans `3"..."` as one bare value, testing each character for white space.
  EXPECT_EQ(found("a = [3\"\"\"x\xC3\xA9]\n"), std::string("1:11: ") + kOutside);
  EXPECT_EQ(found("a = \"x\"\"\xC3\xA9\"\n"), std::string("1:9: ") + kOutside);
  EXPECT_EQ(found("a = [1=\"\xC3\xA9\"]\n"), std::string("1:9: ") + kOutside);
  EXPECT_EQ(found("a = true\"\xC3\xA9\"\n"), std::string("1:10: ") + kOutside);
  EXPECT_EQ(found("a = [\n  \"\xC3\xA9\",\n  '\xC3\xA9' ]\nb = { c = \"\xC3\xA9\" }\n[\"\xC3\xA9\".'\xC3\xA9']\n"), "none");
  EXPECT_EQ(found("a=\"\xC3\xA9\"\nb.c = [1, [\"\xC3\xA9\"], {d=\"\xC3\xA9\", e.f = '\xC3\xA9'}]\n[[t]]\n\"\xC3\xA9\" = 1\n"), "none");
}

TEST(TomlText, AByteOrderMarkIsSkippedAndNotCounted) {
  EXPECT_EQ(found("\xEF\xBB\xBF\"\xC3\xA9\" = 1\n"), "none");
  EXPECT_EQ(found("\xEF\xBB\xBF" "a = 1 \xC3\xA9\n"), std::string("1:7: ") + kOutside);
}

TEST(TomlText, NonAsciiRightAfterABackslashInAMultiLineBasicString) {
  EXPECT_EQ(found("a = \"\"\"\\\xC3\xA9\"\"\"\n"), std::string("1:9: ") + kAfterBackslash);
  EXPECT_EQ(found("a = \"\"\"x \\  \n\n   \xC3\xA9\"\"\"\n"), std::string("3:4: ") + kAfterBackslash);
  // Not in a literal or single-line string.
  EXPECT_EQ(found("a = '''\\\n\xC3\xA9'''\nb = \"\\\xC3\xA9\"\n"), "none");
}

std::string place(std::string_view text, int line, int column) {
  const TomlPlace p = toml_place(text, line, column);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

TEST(TomlText, PlacesCountBytesAndStayInTheText) {
  const std::string text = "a = \"\xC3\xA9\xE2\x80\x94\" x\nb\n";
  EXPECT_EQ(place(text, 1, 1), "1:1");
  EXPECT_EQ(place(text, 1, 6), "1:6");    // the first byte of U+00E9
  EXPECT_EQ(place(text, 1, 7), "1:8");    // U+2014
  EXPECT_EQ(place(text, 1, 10), "1:13");  // x
  EXPECT_EQ(place(text, 1, 11), "1:14");  // the end of the line
  EXPECT_EQ(place(text, 1, 13), "1:14");  // past it: still its end
  EXPECT_EQ(place(text, 2, 3), "2:2");
  EXPECT_EQ(place(text, 3, 1), "3:1");    // after the last line break
  EXPECT_EQ(place(text, 9, 4), "3:1");    // no such line: the last one
  EXPECT_EQ(place("\xEF\xBB\xBF\xC3\xA9 x\n", 1, 3), "1:4");
}

}  // namespace
}  // namespace qdb::util
