#pragma once

#include <cstdint>
#include <memory>
#include <random>
#include <span>
#include <string>

namespace qdb::util {

/// A source of random bytes. The real one is the operating system's; tests use a seeded one.
class RandomSource {
 public:
  virtual ~RandomSource() = default;
  /// Fills `out` with random bytes. The system source throws qdb::Error(kInternal) when the
  /// operating system cannot provide them.
  virtual void fill(std::span<std::uint8_t> out) = 0;
};

/// Random bytes from /dev/urandom, falling back to std::random_device when it cannot be opened.
class SystemRandomSource final : public RandomSource {
 public:
  void fill(std::span<std::uint8_t> out) override;
};

/// A deterministic stream of bytes from a 64-bit Mersenne Twister; the same seed gives the same
/// bytes on every platform.
class SeededRandomSource final : public RandomSource {
 public:
  explicit SeededRandomSource(std::uint64_t seed) : engine_(seed) {}
  void fill(std::span<std::uint8_t> out) override;

 private:
  std::mt19937_64 engine_;
};

/// A random (version 4, RFC 9562 variant) UUID: 36 lowercase characters such as
/// "1b4e28ba-2fa1-4d2b-883f-0016d3cca427".
std::string uuid_v4(RandomSource& random);

/// The UUID for 16 given bytes, with the version and variant bits set as v4 requires.
std::string uuid_v4_from_bytes(const std::uint8_t (&bytes)[16]);

}  // namespace qdb::util
