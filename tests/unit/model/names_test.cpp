#include "model/names.hpp"

#include <gtest/gtest.h>

namespace qdb::model {
namespace {

TEST(Names, FollowPrismaConventions) {
  EXPECT_EQ(primary_key_name("users"), "users_pkey");
  EXPECT_EQ(unique_index_name("users", {"email"}), "users_email_key");
  EXPECT_EQ(index_name("posts", {"authorId", "createdAt"}), "posts_authorId_createdAt_idx");
  EXPECT_EQ(foreign_key_name("posts", {"author_id"}), "posts_author_id_fkey");
}

// From Prisma's own output (reference example 17): the joined name is cut to 59 bytes.
TEST(Names, LongNamesAreCutKeepingTheSuffix) {
  std::string name = index_name(
      "posts", {"author_id", "view_count", "rating", "publishedAt", "createdAt", "updatedAt"});
  EXPECT_EQ(name, "posts_author_id_view_count_rating_publishedAt_createdAt_upd_idx");
  EXPECT_EQ(name.size(), 63u);
  EXPECT_EQ(foreign_key_name(std::string(70, 't'), {"c"}), std::string(58, 't') + "_fkey");
  EXPECT_EQ(primary_key_name(std::string(58, 'x')), std::string(58, 'x') + "_pkey");
}

TEST(Names, NeverCutsInsideAUtf8Character) {
  // 58 ASCII bytes then "é" (2 bytes) straddles the 59-byte limit of an _idx name.
  std::string table = std::string(58, 'a') + "\xC3\xA9" + "b";
  EXPECT_EQ(index_name(table, {}), std::string(58, 'a') + "_idx");
  std::string fits = std::string(57, 'a') + "\xC3\xA9" + "b";
  EXPECT_EQ(index_name(fits, {}), std::string(57, 'a') + "\xC3\xA9_idx");
}

}  // namespace
}  // namespace qdb::model
