#include "util/uuid.hpp"

#include <cstdio>

#include "base/error.hpp"

namespace qdb::util {

void SystemRandomSource::fill(std::span<std::uint8_t> out) {
  if (std::FILE* file = std::fopen("/dev/urandom", "rb")) {
    std::size_t got = std::fread(out.data(), 1, out.size(), file);
    std::fclose(file);
    if (got == out.size()) return;
  }
  try {
    std::random_device device;
    for (auto& byte : out) byte = static_cast<std::uint8_t>(device());
  } catch (const std::exception& e) {
    throw Error(ErrorKind::kInternal, std::string("cannot read random bytes: ") + e.what());
  }
}

void SeededRandomSource::fill(std::span<std::uint8_t> out) {
  std::size_t i = 0;
  while (i < out.size()) {
    std::uint64_t word = engine_();
    for (int b = 0; b < 8 && i < out.size(); ++b, ++i) out[i] = static_cast<std::uint8_t>(word >> (8 * b));
  }
}

std::string uuid_v4_from_bytes(const std::uint8_t (&bytes)[16]) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::uint8_t b[16];
  for (int i = 0; i < 16; ++i) b[i] = bytes[i];
  b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40);  // version 4
  b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80);  // variant 10xx
  std::string out;
  out.reserve(36);
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += kDigits[b[i] >> 4];
    out += kDigits[b[i] & 0x0f];
  }
  return out;
}

std::string uuid_v4(RandomSource& random) {
  std::uint8_t bytes[16];
  random.fill(bytes);
  return uuid_v4_from_bytes(bytes);
}

}  // namespace qdb::util
