#include "config/dotenv.hpp"

#include <map>

#include <gtest/gtest.h>

namespace qdb::config {
namespace {

using Entries = std::vector<DotenvEntry>;

Entries parse_ok(std::string_view text, const DotenvLookups& lookups = {}) {
  DotenvFile file = parse_dotenv(".env", text, lookups);
  EXPECT_EQ(format_diagnostics(file.diagnostics, text), "");
  return file.entries;
}

// The diagnostics as the user sees them, so the tests read like the terminal.
std::string errors_of(std::string_view text) {
  return format_diagnostics(parse_dotenv(".env", text).diagnostics, text);
}

VariableLookup map_lookup(std::map<std::string, std::string> values) {
  return [values = std::move(values)](std::string_view name) -> std::optional<std::string> {
    auto it = values.find(std::string(name));
    if (it == values.end()) return std::nullopt;
    return it->second;
  };
}

TEST(Dotenv, SimpleAssignmentsCommentsAndBlankLines) {
  EXPECT_EQ(parse_ok("# settings\n\nA=1\n  B = two words  \n\t# indented comment\nC=\n"),
            (Entries{{"A", "1", 3}, {"B", "two words", 4}, {"C", "", 6}}));
}

TEST(Dotenv, ExportPrefix) {
  EXPECT_EQ(parse_ok("export A=1\nexport\tB=2\nexport=3\n"),
            (Entries{{"A", "1", 1}, {"B", "2", 2}, {"export", "3", 3}}));
}

TEST(Dotenv, CommentsAfterUnquotedValues) {
  EXPECT_EQ(parse_ok("A=value # comment\nB=value\t# tab comment\nC= # only a comment\nD=#abc\n"),
            (Entries{{"A", "value", 1}, {"B", "value", 2}, {"C", "", 3}, {"D", "#abc", 4}}));
}

TEST(Dotenv, EqualsAndHashInsideValues) {
  EXPECT_EQ(parse_ok("URL=postgres://u:p@h/db?x=1#frag\nK=a=b=c\n"),
            (Entries{{"URL", "postgres://u:p@h/db?x=1#frag", 1}, {"K", "a=b=c", 2}}));
}

TEST(Dotenv, SingleQuotesAreLiteral) {
  EXPECT_EQ(parse_ok("A='  $HOME ${X} \\n # not a comment '  # comment\n",
                     {map_lookup({{"HOME", "/h"}, {"X", "x"}}), {}}),
            (Entries{{"A", "  $HOME ${X} \\n # not a comment ", 1}}));
}

TEST(Dotenv, DoubleQuoteEscapes) {
  EXPECT_EQ(parse_ok(R"(A="line1\nline2\ttab \"q\" back\\slash \$HOME \x")"),
            (Entries{{"A", "line1\nline2\ttab \"q\" back\\slash $HOME \\x", 1}}));
}

TEST(Dotenv, MultiLineDoubleQuotedValue) {
  EXPECT_EQ(parse_ok("KEY=\"-----BEGIN-----\nabc\n-----END-----\"\nNEXT=1\n"),
            (Entries{{"KEY", "-----BEGIN-----\nabc\n-----END-----", 1}, {"NEXT", "1", 4}}));
}

TEST(Dotenv, MultiLineSingleQuotedValue) {
  EXPECT_EQ(parse_ok("KEY='a\nb'\nNEXT=1"), (Entries{{"KEY", "a\nb", 1}, {"NEXT", "1", 3}}));
}

TEST(Dotenv, ExpandsEarlierKeysInUnquotedAndDoubleQuotedValues) {
  EXPECT_EQ(parse_ok("USER=app\nHOST=db\nURL=postgres://${USER}@$HOST/x\nQ=\"$USER-${HOST}\"\n"),
            (Entries{{"USER", "app", 1},
                     {"HOST", "db", 2},
                     {"URL", "postgres://app@db/x", 3},
                     {"Q", "app-db", 4}}));
}

TEST(Dotenv, ExpansionFallsBackToTheLookupThenToEmpty) {
  DotenvLookups lookups{{}, map_lookup({{"PGHOST", "envhost"}, {"A", "from-env"}})};
  EXPECT_EQ(parse_ok("A=file\nB=$A/$PGHOST/${MISSING}/end\n", lookups),
            (Entries{{"A", "file", 1}, {"B", "file/envhost//end", 2}}));
}

TEST(Dotenv, OverridesOutrankTheFile) {
  DotenvLookups lookups{map_lookup({{"A", "shell"}}), map_lookup({{"A", "fallback"}})};
  EXPECT_EQ(parse_ok("A=file\nB=$A\n", lookups), (Entries{{"A", "file", 1}, {"B", "shell", 2}}));
}

TEST(Dotenv, LaterKeysAreNotVisibleToEarlierLines) {
  EXPECT_EQ(parse_ok("A=$B\nB=1\n"), (Entries{{"A", "", 1}, {"B", "1", 2}}));
}

TEST(Dotenv, DefaultValues) {
  EXPECT_EQ(parse_ok("E=\nA=${UNSET:-fallback}\nB=${E:-empty}\nC=${A:-no}\nD=${UNSET:-$A}\n"),
            (Entries{{"E", "", 1},
                     {"A", "fallback", 2},
                     {"B", "empty", 3},
                     {"C", "fallback", 4},
                     {"D", "fallback", 5}}));
}

TEST(Dotenv, DollarSignsThatAreNotReferences) {
  EXPECT_EQ(parse_ok("A=cost $5 and $ alone$\nB=p\\$ss\nC=a\\b\n"),
            (Entries{{"A", "cost $5 and $ alone$", 1}, {"B", "p$ss", 2}, {"C", "a\\b", 3}}));
}

TEST(Dotenv, CrlfLineEndingsAndByteOrderMark) {
  EXPECT_EQ(parse_ok("\xEF\xBB\xBF" "A=1\r\nB=\"x\r\ny\"\r\nC=3 # c\r\n"),
            (Entries{{"A", "1", 1}, {"B", "x\ny", 2}, {"C", "3", 4}}));
}

TEST(Dotenv, RepeatedKeyKeepsTheLastValueAndWarns) {
  std::string_view text = "A=1\nB=2\nA=3\n";
  DotenvFile file = parse_dotenv(".env", text);
  EXPECT_EQ(file.entries, (Entries{{"A", "3", 3}, {"B", "2", 2}}));
  EXPECT_EQ(format_diagnostics(file.diagnostics, text),
            ".env:3:1: warning: A is set again; the value from line 1 is replaced\nA=3\n^\n");
  ASSERT_NE(file.find("B"), nullptr);
  EXPECT_EQ(file.find("B")->value, "2");
  EXPECT_EQ(file.find("Z"), nullptr);
}

TEST(Dotenv, LineWithoutEquals) {
  EXPECT_EQ(errors_of("A=1\nDATABASE_URL\n"),
            ".env:2:1: error: \"DATABASE_URL\" has no '='; write DATABASE_URL=value (or "
            "DATABASE_URL= for an empty value)\nDATABASE_URL\n^\n");
}

TEST(Dotenv, InvalidCharacterInKey) {
  EXPECT_EQ(errors_of("MY$VAR=1\n"),
            ".env:1:3: error: invalid character '$' in variable name \"MY\"; names use letters, "
            "digits, '_', '.' and '-'\nMY$VAR=1\n  ^\n");
}

TEST(Dotenv, InvalidFirstCharacter) {
  EXPECT_EQ(errors_of("  !A=1\n"),
            ".env:1:3: error: invalid character '!' at the start of a variable name; names use "
            "letters, digits, '_', '.' and '-'\n  !A=1\n  ^\n");
}

TEST(Dotenv, MissingKey) {
  EXPECT_EQ(errors_of("=1\n"),
            ".env:1:1: error: a variable name is missing before '='; write KEY=value\n=1\n^\n");
}

TEST(Dotenv, SpaceInsideKey) {
  EXPECT_EQ(errors_of("MY VAR=1\n"),
            ".env:1:4: error: expected '=' after \"MY\"; variable names cannot contain spaces\n"
            "MY VAR=1\n   ^\n");
}

TEST(Dotenv, UnterminatedDoubleQuote) {
  EXPECT_EQ(errors_of("A=\"abc\nB=2\n"),
            ".env:1:3: error: unterminated double-quoted value; add a closing \" (write \\\" for "
            "a quote inside the value)\nA=\"abc\n  ^\n");
}

TEST(Dotenv, UnterminatedSingleQuoteAndParsingContinues) {
  std::string_view text = "A='abc\nB=2\n";
  DotenvFile file = parse_dotenv(".env", text);
  EXPECT_EQ(format_diagnostics(file.diagnostics, text),
            ".env:1:3: error: unterminated single-quoted value; add a closing ' (single quotes "
            "cannot be escaped: use double quotes for a value that contains ')\nA='abc\n  ^\n");
  EXPECT_EQ(file.entries, (Entries{{"B", "2", 2}}));
}

TEST(Dotenv, TextAfterClosingQuote) {
  EXPECT_EQ(errors_of("A=\"x\" y\n"),
            ".env:1:7: error: unexpected text after the closing quote; put the whole value "
            "inside the quotes or start a comment with ' #'\nA=\"x\" y\n      ^\n");
}

TEST(Dotenv, UnterminatedReference) {
  EXPECT_EQ(errors_of("A=x${B\n"),
            ".env:1:4: error: \"${\" has no closing '}'; write ${NAME}, or \\$ for a literal '$'"
            "\nA=x${B\n   ^\n");
}

TEST(Dotenv, BadReferenceName) {
  std::string_view text = "A=${B C}\n";
  DotenvFile file = parse_dotenv(".env", text);
  EXPECT_EQ(format_diagnostics(file.diagnostics, text),
            ".env:1:3: error: \"${B C}\" is not a variable reference; names use letters, digits, "
            "'_', '.' and '-' (write \\$ for a literal '$')\nA=${B C}\n  ^\n");
  EXPECT_EQ(file.entries, (Entries{{"A", "${B C}", 1}}));
}

TEST(Dotenv, ErrorLinesCountMultiLineValues) {
  EXPECT_EQ(errors_of("A=\"1\n2\"\nbad\n"),
            ".env:3:1: error: \"bad\" has no '='; write bad=value (or bad= for an empty value)\n"
            "bad\n^\n");
}

}  // namespace
}  // namespace qdb::config
