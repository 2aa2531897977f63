#include "migrate/sql_lexer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace qdb::migrate {
namespace {

const char* kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kQuotedIdentifier: return "ident";
    case TokenKind::kString: return "string";
    case TokenKind::kDollarString: return "dollar";
    case TokenKind::kNumber: return "number";
    case TokenKind::kParameter: return "param";
    case TokenKind::kOperator: return "op";
    case TokenKind::kPunctuation: return "punct";
    case TokenKind::kSemicolon: return "semi";
  }
  return "?";
}

// "kind:text@line:col" for every token, so a test reads as the expected token stream.
std::vector<std::string> tokens_of(std::string_view sql) {
  LexResult result = lex_sql("m.sql", sql);
  std::vector<std::string> out;
  for (const Token& t : result.tokens) {
    out.push_back(std::string(kind_name(t.kind)) + ":" + std::string(t.text(sql)) + "@" + std::to_string(t.line) +
                  ":" + std::to_string(t.column));
  }
  return out;
}

std::vector<std::string> errors_of(std::string_view sql) {
  std::vector<std::string> out;
  for (const Diagnostic& d : lex_sql("m.sql", sql).diagnostics) out.push_back(format_diagnostic(d, ""));
  return out;
}

using Tokens = std::vector<std::string>;

TEST(SqlLexer, WordsNumbersAndPunctuation) {
  EXPECT_EQ(tokens_of("SELECT a1, 3.5 FROM t;"),
            (Tokens{"word:SELECT@1:1", "word:a1@1:8", "punct:,@1:10", "number:3.5@1:12", "word:FROM@1:16",
                    "word:t@1:21", "semi:;@1:22"}));
}

TEST(SqlLexer, TracksLinesAndByteColumns) {
  EXPECT_EQ(tokens_of("a\n  b\r\n\tc"), (Tokens{"word:a@1:1", "word:b@2:3", "word:c@3:2"}));
}

TEST(SqlLexer, SkipsLineAndBlockComments) {
  EXPECT_EQ(tokens_of("-- one ; two\nx /* ; */ y"), (Tokens{"word:x@2:1", "word:y@2:11"}));
}

TEST(SqlLexer, BlockCommentsNest) {
  EXPECT_EQ(tokens_of("/* a /* b ; */ still comment; */ z"), (Tokens{"word:z@1:34"}));
}

TEST(SqlLexer, CommentStartEndsOperator) {
  EXPECT_EQ(tokens_of("a*/*c*/b--x"), (Tokens{"word:a@1:1", "op:*@1:2", "word:b@1:8"}));
}

TEST(SqlLexer, StandardStringWithDoubledQuote) {
  EXPECT_EQ(tokens_of("'it''s; ok' x"), (Tokens{"string:'it''s; ok'@1:1", "word:x@1:13"}));
}

TEST(SqlLexer, BackslashIsPlainInStandardString) {
  EXPECT_EQ(tokens_of("'a\\' x"), (Tokens{"string:'a\\'@1:1", "word:x@1:6"}));
}

TEST(SqlLexer, EscapeStringWithBackslashQuote) {
  EXPECT_EQ(tokens_of("E'it\\'s;' e'\\\\' x"),
            (Tokens{"string:E'it\\'s;'@1:1", "string:e'\\\\'@1:11", "word:x@1:17"}));
}

TEST(SqlLexer, UnicodeBitHexAndNationalStrings) {
  EXPECT_EQ(tokens_of("U&'d\\0061t;' B'1010' X'1F' N'n'"),
            (Tokens{"string:U&'d\\0061t;'@1:1", "string:B'1010'@1:14", "string:X'1F'@1:22", "string:N'n'@1:28"}));
}

TEST(SqlLexer, WordEndingInLetterBeforeQuoteIsNotAPrefixUnlessAdjacent) {
  EXPECT_EQ(tokens_of("e 'x'"), (Tokens{"word:e@1:1", "string:'x'@1:3"}));
}

TEST(SqlLexer, QuotedIdentifiers) {
  EXPECT_EQ(tokens_of("\"a \"\"b\"\"; c\" U&\"d\\0061\""),
            (Tokens{"ident:\"a \"\"b\"\"; c\"@1:1", "ident:U&\"d\\0061\"@1:14"}));
}

TEST(SqlLexer, DollarQuotes) {
  EXPECT_EQ(tokens_of("$$a;b$$ $fn$ x $$ y $fn$ z"),
            (Tokens{"dollar:$$a;b$$@1:1", "dollar:$fn$ x $$ y $fn$@1:9", "word:z@1:26"}));
}

TEST(SqlLexer, NestedDifferentDollarTags) {
  EXPECT_EQ(tokens_of("$a$ 1 $b$ 2; $b$ 3 $a$;"), (Tokens{"dollar:$a$ 1 $b$ 2; $b$ 3 $a$@1:1", "semi:;@1:23"}));
}

TEST(SqlLexer, DollarCloseFoundAfterLongerLookalikeTag) {
  EXPECT_EQ(tokens_of("$a$ x$ab$a$ y"), (Tokens{"dollar:$a$ x$ab$a$@1:1", "word:y@1:13"}));
}

TEST(SqlLexer, ParametersAreNotDollarQuotes) {
  EXPECT_EQ(tokens_of("$1 + $23;"), (Tokens{"param:$1@1:1", "op:+@1:4", "param:$23@1:6", "semi:;@1:9"}));
}

TEST(SqlLexer, DollarTagCannotStartWithDigit) {
  // `$1a$` is parameter $1, word a$ (identifiers may contain $).
  EXPECT_EQ(tokens_of("$1a$ x"), (Tokens{"param:$1@1:1", "word:a$@1:3", "word:x@1:6"}));
}

TEST(SqlLexer, DollarInsideIdentifierDoesNotOpenQuote) {
  EXPECT_EQ(tokens_of("a$$b ;"), (Tokens{"word:a$$b@1:1", "semi:;@1:6"}));
}

TEST(SqlLexer, NonAsciiIdentifiers) {
  EXPECT_EQ(tokens_of("café ü"), (Tokens{"word:café@1:1", "word:ü@1:7"}));
}

TEST(SqlLexer, Numbers) {
  EXPECT_EQ(tokens_of(".5 1e10 2.5E-3 0x1F 1_000 a[1:2]"),
            (Tokens{"number:.5@1:1", "number:1e10@1:4", "number:2.5E-3@1:9", "number:0x1F@1:16",
                    "number:1_000@1:21", "word:a@1:27", "punct:[@1:28", "number:1@1:29", "punct::@1:30",
                    "number:2@1:31", "punct:]@1:32"}));
}

TEST(SqlLexer, CastAndOperators) {
  EXPECT_EQ(tokens_of("x::int <> 1"),
            (Tokens{"word:x@1:1", "punct::@1:2", "punct::@1:3", "word:int@1:4", "op:<>@1:8", "number:1@1:11"}));
}

TEST(SqlLexer, SkipsByteOrderMark) {
  EXPECT_EQ(tokens_of("\xEF\xBB\xBFSELECT"), (Tokens{"word:SELECT@1:4"}));
}

TEST(SqlLexer, UnterminatedStringReportsWhereItBegan) {
  EXPECT_EQ(errors_of("SELECT 1;\nSELECT 'abc;\nmore"), (Tokens{"m.sql:2:8: error: unterminated quoted string"}));
  EXPECT_EQ(tokens_of("x 'abc"), (Tokens{"word:x@1:1", "string:'abc@1:3"}));
}

TEST(SqlLexer, UnterminatedEscapeStringEndingInBackslash) {
  EXPECT_EQ(errors_of("E'abc\\"), (Tokens{"m.sql:1:1: error: unterminated quoted string"}));
}

TEST(SqlLexer, UnterminatedQuotedIdentifier) {
  EXPECT_EQ(errors_of("  \"abc"), (Tokens{"m.sql:1:3: error: unterminated quoted identifier"}));
}

TEST(SqlLexer, UnterminatedDollarQuote) {
  EXPECT_EQ(errors_of("DO\n  $body$ BEGIN END $bod$"), (Tokens{"m.sql:2:3: error: unterminated dollar-quoted string"}));
}

TEST(SqlLexer, UnterminatedNestedBlockComment) {
  EXPECT_EQ(errors_of("x /* a /* b */"), (Tokens{"m.sql:1:3: error: unterminated /* comment"}));
}

TEST(SqlLexer, LoneDollarIsPunctuation) {
  EXPECT_EQ(tokens_of("$ $"), (Tokens{"punct:$@1:1", "punct:$@1:3"}));
  EXPECT_TRUE(errors_of("$ $").empty());
}

TEST(SqlLexer, IsKeywordIgnoresCaseButNotQuotes) {
  std::string sql = "BeGiN \"begin\" beginning";
  LexResult result = lex_sql("m.sql", sql);
  ASSERT_EQ(result.tokens.size(), 3u);
  EXPECT_TRUE(is_keyword(sql, result.tokens[0], "begin"));
  EXPECT_FALSE(is_keyword(sql, result.tokens[1], "begin"));
  EXPECT_FALSE(is_keyword(sql, result.tokens[2], "begin"));
}

}  // namespace
}  // namespace qdb::migrate
