#include "migrate/checksum.hpp"

#include "util/digest.hpp"

namespace qdb::migrate {
namespace {

constexpr std::size_t kChecksumLength = 64;

// Old Prisma versions printed each byte with `{:x}`, dropping the leading zero of bytes below 0x10.
std::string legacy_hex(const util::Sha256Digest& digest) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (std::uint8_t byte : digest) {
    if (byte >= 0x10) out += kDigits[byte >> 4];
    out += kDigits[byte & 0x0f];
  }
  return out;
}

bool matches_one(std::string_view recorded, std::string_view bytes) {
  const util::Sha256Digest digest = util::sha256(bytes);
  if (!recorded.empty() && recorded.size() != kChecksumLength) return legacy_hex(digest) == recorded;
  return util::to_hex(digest) == recorded;
}

}  // namespace

std::string checksum_of(std::string_view bytes) { return util::sha256_hex(bytes); }

bool checksum_matches(std::string_view recorded, std::string_view bytes) {
  return matches_one(recorded, bytes) || matches_one(recorded, crlf_to_lf(bytes)) ||
         matches_one(recorded, lf_to_crlf(bytes));
}

std::string crlf_to_lf(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') continue;
    out += bytes[i];
  }
  return out;
}

std::string lf_to_crlf(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 16);
  for (char c : bytes) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

}  // namespace qdb::migrate
