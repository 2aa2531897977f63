#include "util/uuid.hpp"

#include <gtest/gtest.h>

#include <set>

namespace qdb::util {
namespace {

/// Returns the same byte over and over, so a test can predict every digit.
class ConstantRandomSource final : public RandomSource {
 public:
  explicit ConstantRandomSource(std::uint8_t byte) : byte_(byte) {}
  void fill(std::span<std::uint8_t> out) override {
    for (auto& b : out) b = byte_;
  }

 private:
  std::uint8_t byte_;
};

void expect_v4_shape(const std::string& uuid) {
  ASSERT_EQ(uuid.size(), 36u) << uuid;
  for (std::size_t i = 0; i < uuid.size(); ++i) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      EXPECT_EQ(uuid[i], '-') << uuid;
    } else {
      EXPECT_TRUE((uuid[i] >= '0' && uuid[i] <= '9') || (uuid[i] >= 'a' && uuid[i] <= 'f')) << uuid;
    }
  }
  EXPECT_EQ(uuid[14], '4') << uuid;
  EXPECT_NE(std::string("89ab").find(uuid[19]), std::string::npos) << uuid;
}

TEST(Uuid, SetsVersionAndVariantBits) {
  ConstantRandomSource zeros(0x00);
  EXPECT_EQ(uuid_v4(zeros), "00000000-0000-4000-8000-000000000000");
  ConstantRandomSource ones(0xff);
  EXPECT_EQ(uuid_v4(ones), "ffffffff-ffff-4fff-bfff-ffffffffffff");
}

TEST(Uuid, FromBytesKeepsOrder) {
  const std::uint8_t bytes[16] = {0x1b, 0x4e, 0x28, 0xba, 0x2f, 0xa1, 0x1d, 0x2b,
                                  0x08, 0x3f, 0x00, 0x16, 0xd3, 0xcc, 0xa4, 0x27};
  EXPECT_EQ(uuid_v4_from_bytes(bytes), "1b4e28ba-2fa1-4d2b-883f-0016d3cca427");
}

TEST(Uuid, SeededSourceIsDeterministic) {
  SeededRandomSource a(42);
  SeededRandomSource b(42);
  SeededRandomSource c(43);
  std::string first = uuid_v4(a);
  EXPECT_EQ(first, uuid_v4(b));
  EXPECT_NE(first, uuid_v4(c));
  EXPECT_NE(first, uuid_v4(a));  // the stream moves on
  expect_v4_shape(first);
}

TEST(Uuid, SystemSourceGivesDistinctWellFormedValues) {
  SystemRandomSource random;
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    std::string uuid = uuid_v4(random);
    expect_v4_shape(uuid);
    seen.insert(uuid);
  }
  EXPECT_EQ(seen.size(), 100u);
}

}  // namespace
}  // namespace qdb::util
