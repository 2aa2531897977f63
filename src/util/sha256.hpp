#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace qdb::util {

/// Incremental SHA-256 (FIPS 180-4). Feed bytes with update(), then call digest() once.
/// Uses the CPU's SHA extensions when it has them (x86-64 SHA-NI), else portable code.
class Sha256 {
 public:
  using Digest = std::array<std::uint8_t, 32>;

  Sha256();

  /// Appends bytes to the message.
  void update(std::string_view bytes);

  /// Pads the message and returns the 32-byte hash. The object must not be updated afterwards.
  Digest digest();

 private:
  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_;
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

namespace detail {

/// Hashes `blocks` 64-byte blocks at `data` into `state`, in portable C++.
void compress_blocks_portable(std::uint32_t* state, const std::uint8_t* data, std::size_t blocks);

/// The same with the CPU's SHA extensions; call only when sha_extensions_available().
void compress_blocks_sha_extensions(std::uint32_t* state, const std::uint8_t* data, std::size_t blocks);

/// Whether this CPU has the instructions compress_blocks_sha_extensions() uses.
bool sha_extensions_available();

}  // namespace detail

/// Lowercase hexadecimal rendering of bytes, two digits per byte ("00".."ff").
std::string to_hex(const Sha256::Digest& digest);

/// The SHA-256 of `bytes` as 64 lowercase hexadecimal digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace qdb::util
