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

}  // namespace
}  // namespace qdb::util
