#include "prisma/json_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace qdb::prisma {
namespace {

TEST(JsonText, AcceptsJsonValues) {
  for (const char* text : {"{}", "[]", "0", "-1.5e3", "\"a\\u00e9\\n\"", "true", "null",
                           " { \"a\" : [1, {\"b\": false}], \"c\": \"d\" } "}) {
    EXPECT_TRUE(is_valid_json(text)) << text;
  }
}

TEST(JsonText, RejectsWhatIsNotJson) {
  for (const char* text : {"", "{oops}", "[1,]", "{\"a\" 1}", "01", "1.", "'a'", "\"open", "[1] 2",
                           "tru", "\"\\x\"", "{\"a\":1,}"}) {
    EXPECT_FALSE(is_valid_json(text)) << text;
  }
  EXPECT_FALSE(is_valid_json(std::string(10000, '[')));
  EXPECT_FALSE(is_valid_json("\"\xff\""));  // a JSON text is UTF-8
}

TEST(JsonText, DeepNestingIsCheckedWithoutRecursion) {
  EXPECT_TRUE(is_valid_json(std::string(100000, '[') + std::string(100000, ']')));
}

}  // namespace
}  // namespace qdb::prisma
