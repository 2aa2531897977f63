#include "prisma/datetime_literal.hpp"

#include <gtest/gtest.h>

namespace qdb::prisma {
namespace {

TEST(DateTimeLiteral, RendersLikePrisma) {
  EXPECT_EQ(datetime_literal_sql("2020-01-01T00:00:00Z"), "2020-01-01 00:00:00 +00:00");
  EXPECT_EQ(datetime_literal_sql("2020-01-01T10:20:30.5Z"), "2020-01-01 10:20:30.500 +00:00");
  EXPECT_EQ(datetime_literal_sql("2020-01-01T10:20:30.1234+02:00"), "2020-01-01 10:20:30.123400 +02:00");
  EXPECT_EQ(datetime_literal_sql("2020-01-01T10:20:30.000-05:30"), "2020-01-01 10:20:30 -05:30");
}

TEST(DateTimeLiteral, RejectsWhatIsNotRfc3339) {
  EXPECT_EQ(datetime_literal_sql("2020-01-01"), std::nullopt);
  EXPECT_EQ(datetime_literal_sql("2020-13-01T00:00:00Z"), std::nullopt);
  EXPECT_EQ(datetime_literal_sql("2020-01-01T00:00:00"), std::nullopt);
  EXPECT_EQ(datetime_literal_sql("2020-01-01T00:00:00Zjunk"), std::nullopt);
  EXPECT_EQ(datetime_literal_sql("yesterday"), std::nullopt);
}

}  // namespace
}  // namespace qdb::prisma
