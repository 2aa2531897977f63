#include "prisma/lexer.hpp"

#include <gtest/gtest.h>

namespace qdb::prisma {
namespace {

std::string kinds(const std::vector<OwnedToken>& tokens) {
  std::string out;
  for (const OwnedToken& token : tokens) {
    if (!out.empty()) out += ' ';
    out += token_kind_name(token.kind);
    if (token.kind == TokenKind::kIdentifier || token.kind == TokenKind::kString ||
        token.kind == TokenKind::kNumber || token.kind == TokenKind::kDocComment ||
        token.kind == TokenKind::kError) {
      out += "<" + token.text + ">";
    }
  }
  return out;
}

TEST(Lexer, ReadsAFieldLine) {
  EXPECT_EQ(kinds(lex(0, "name String? @db.VarChar(20) // note\n")),
            "a name<name> a name<String> \"?\" \"@\" a name<db> \".\" a name<VarChar> \"(\" "
            "a number<20> \")\" the end of the line the end of the file");
}

TEST(Lexer, KeepsDocCommentsAndDecodesStrings) {
  EXPECT_EQ(kinds(lex(0, "/// The user\n\"a\\\"b\" -1.5 @@map")),
            "a doc comment<The user> the end of the line a string<a\"b> a number<-1.5> \"@@\" "
            "a name<map> the end of the file");
}

TEST(Lexer, TracksLinesAndColumns) {
  auto tokens = lex(3, "a\n  b");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[2].location.file, 3);
  EXPECT_EQ(tokens[2].location.line, 2);
  EXPECT_EQ(tokens[2].location.column, 3);
}

TEST(Lexer, ReportsBadCharactersAndUnterminatedStrings) {
  EXPECT_EQ(kinds(lex(0, "$ \"open\n")),
            "an invalid token<unexpected character \"$\"> an invalid token<unterminated string literal> "
            "the end of the line the end of the file");
}

// Names take the letters of every script, as Prisma's do; they start with a letter.
TEST(Lexer, NamesTakeLettersOfEveryScript) {
  EXPECT_EQ(kinds(lex(0, "caf\xC3\xA9 \xC3\xA9t\xC3\xA9_2 \xE6\x97\xA5\xE6\x9C\xAC a-b")),
            "a name<caf\xC3\xA9> a name<\xC3\xA9t\xC3\xA9_2> a name<\xE6\x97\xA5\xE6\x9C\xAC> a name<a-b> "
            "the end of the file");
  EXPECT_NE(kinds(lex(0, "_a")).find("an invalid token"), std::string::npos);
}

TEST(Lexer, ControlBytesAreShownEscaped) {
  EXPECT_EQ(lex(0, std::string(1, '\x01'))[0].text, "unexpected character \"\\x01\"");
}

TEST(Lexer, AStrayCharacterIsOneErrorAndInvalidBytesAreShownInHex) {
  EXPECT_EQ(kinds(lex(0, "\xC2\xBD \xE2\x80x \x80")),  // ½, not a letter
            "an invalid token<unexpected character \"\xC2\xBD\"> "
            "an invalid token<unexpected character \"\\xe2\\x80\"> a name<x> "
            "an invalid token<unexpected character \"\\x80\"> the end of the file");
}

TEST(Lexer, AStrayLeadByteLeavesTheLineBreakAfterIt) {
  auto tokens = lex(0, "a \xC3\nb");
  EXPECT_EQ(kinds(tokens),
            "a name<a> an invalid token<unexpected character \"\\xc3\"> the end of the line a name<b> "
            "the end of the file");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[3].location.line, 2);
  EXPECT_EQ(tokens[3].location.column, 1);
}

// Strings are JSON's, as Prisma reads them: its escapes (\u with surrogate pairs), and no
// unknown escape, escaped line break or raw control character.
TEST(Lexer, StringsTakeJsonEscapesOnly) {
  auto ok = lex(0, "\"a\\/\\b\\f\\u00e9\\ud83d\\ude00\\\"\"");
  ASSERT_EQ(ok.size(), 2u);
  EXPECT_EQ(ok[0].kind, TokenKind::kString);
  EXPECT_EQ(ok[0].text, "a/\b\f\xc3\xa9\xf0\x9f\x98\x80\"");
  for (const char* text : {"\"C:\\path\"", "\"a\\\nb\"", "\"a\tb\"", "\"\\ud83d\"", "\"\\u00g0\""}) {
    auto tokens = lex(0, text);
    ASSERT_FALSE(tokens.empty()) << text;
    EXPECT_EQ(tokens[0].kind, TokenKind::kError) << text;
  }
}

}  // namespace
}  // namespace qdb::prisma
