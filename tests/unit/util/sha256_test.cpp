#include "util/sha256.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>

namespace qdb::util {
namespace {

// Vectors from NIST FIPS 180-4 examples (SHA256.pdf) and the NIST CAVP long-message set.
TEST(Sha256, EmptyMessage) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256, Abc) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, TwoBlockMessage448Bits) {
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, OneMillionA) {
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, IncrementalUpdatesMatchOneShot) {
  std::string message(1000, 'x');
  for (std::size_t i = 0; i < message.size(); ++i) message[i] = static_cast<char>('a' + i % 26);
  // Chunk sizes straddle the 64-byte block and the 56-byte padding boundary.
  for (std::size_t chunk : {1u, 7u, 55u, 56u, 63u, 64u, 65u, 999u}) {
    Sha256 hasher;
    for (std::size_t at = 0; at < message.size(); at += chunk) hasher.update(std::string_view(message).substr(at, chunk));
    EXPECT_EQ(to_hex(hasher.digest()), sha256_hex(message)) << "chunk " << chunk;
  }
}

TEST(Sha256, PaddingBoundaryLengths) {
  // 55 bytes fits the length in one block; 56 bytes needs a second block.
  EXPECT_EQ(sha256_hex(std::string(55, 'a')), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  EXPECT_EQ(sha256_hex(std::string(56, 'a')), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  EXPECT_EQ(sha256_hex(std::string(64, 'a')), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST(Sha256, HexIsLowercaseAndZeroPadded) {
  // Prisma's own regression vector: the digest has bytes below 0x10 that must keep their zero.
  EXPECT_EQ(sha256_hex("hello"), "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
}

// The vectors above test whichever implementation this CPU gets; this compares the two directly.
TEST(Sha256, ShaExtensionsAgreeWithPortableCode) {
  if (!detail::sha_extensions_available()) GTEST_SKIP() << "this CPU has no SHA extensions";
  std::mt19937 random(72707369);
  std::array<std::uint8_t, 64 * 9> data;
  for (int round = 0; round < 200; ++round) {
    for (auto& byte : data) byte = static_cast<std::uint8_t>(random());
    std::array<std::uint32_t, 8> portable, extensions;
    for (auto& word : portable) word = static_cast<std::uint32_t>(random());
    extensions = portable;
    std::size_t blocks = 1 + round % 9;
    detail::compress_blocks_portable(portable.data(), data.data(), blocks);
    detail::compress_blocks_sha_extensions(extensions.data(), data.data(), blocks);
    ASSERT_EQ(portable, extensions) << "round " << round << ", " << blocks << " blocks";
  }
}

}  // namespace
}  // namespace qdb::util
