#include "util/sql_quote.hpp"

#include <gtest/gtest.h>

namespace qdb::util {
namespace {

TEST(SqlQuote, Identifiers) {
  EXPECT_EQ(quote_identifier("users"), "\"users\"");
  EXPECT_EQ(quote_identifier("My \"odd\" name"), "\"My \"\"odd\"\" name\"");
  EXPECT_EQ(quote_identifier(""), "\"\"");
}

TEST(SqlQuote, Literals) {
  EXPECT_EQ(quote_literal("it's"), "'it''s'");
  EXPECT_EQ(quote_literal("back\\slash"), "'back\\slash'");  // standard_conforming_strings
}

TEST(SqlQuote, UnquotesOneWholeLiteral) {
  EXPECT_EQ(unquote_literal("'it''s'"), "it's");
  EXPECT_EQ(unquote_literal("''"), "");
  EXPECT_EQ(unquote_literal(quote_literal("{\"a\": 'b'}")), "{\"a\": 'b'}");
  EXPECT_EQ(unquote_literal("'a' || 'b'"), std::nullopt);  // two literals
  EXPECT_EQ(unquote_literal("'x'::text"), std::nullopt);
  EXPECT_EQ(unquote_literal("'"), std::nullopt);
  EXPECT_EQ(unquote_literal("now()"), std::nullopt);
}

}  // namespace
}  // namespace qdb::util
