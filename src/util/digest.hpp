#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace qdb::util {

/// A SHA-256 hash: 32 bytes.
using Sha256Digest = std::array<std::uint8_t, 32>;

/// The SHA-256 (FIPS 180-4) of `bytes`, computed by OpenSSL's libcrypto. Throws std::runtime_error
/// only when libcrypto reports a failure, never because of the input.
Sha256Digest sha256(std::string_view bytes);

/// Lowercase hexadecimal rendering of a digest, two digits per byte ("00".."ff").
std::string to_hex(const Sha256Digest& digest);

/// The SHA-256 of `bytes` as 64 lowercase hexadecimal digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace qdb::util
