#include "util/digest.hpp"

// OpenSSL 3 marks the SHA256_* functions deprecated in favour of EVP_Digest. They are kept here
// on purpose: every EVP digest, fetched or implicit (EVP_sha256(), even the one-shot SHA256()),
// first initialises OpenSSL's provider tables, 5.3 M instructions (about 1.5 ms) per process,
// which made a no-op `migrate` of a small project four times as many instructions (2.1 M to
// 8.2 M; docs/performance.md). SHA256_Init/Update/Final run the same assembly (SHA-NI or AVX2)
// without it. Should OpenSSL drop them, EVP_Digest is the drop-in; the test vectors check either.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <stdexcept>

namespace qdb::util {

Sha256Digest sha256(std::string_view bytes) {
  static_assert(SHA256_DIGEST_LENGTH == std::tuple_size_v<Sha256Digest>);
  Sha256Digest digest{};
  SHA256_CTX context;
  if (SHA256_Init(&context) != 1 || SHA256_Update(&context, bytes.data(), bytes.size()) != 1 ||
      SHA256_Final(digest.data(), &context) != 1) {
    throw std::runtime_error("OpenSSL's libcrypto failed to compute a SHA-256");
  }
  return digest;
}

std::string to_hex(const Sha256Digest& digest) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(digest.size() * 2);
  for (std::uint8_t byte : digest) {
    out += kDigits[byte >> 4];
    out += kDigits[byte & 0x0f];
  }
  return out;
}

std::string sha256_hex(std::string_view bytes) { return to_hex(sha256(bytes)); }

}  // namespace qdb::util
