#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace qdb::util {

/// An optional value kept on the heap. Reads and copies like std::optional<T> (a copy copies
/// the value), but takes one pointer inside its owner, present or not: for large members that
/// are rarely present in structs that exist by the ten thousand (prisma::Field).
template <typename T>
class OptionalBox {
 public:
  OptionalBox() = default;
  OptionalBox(const OptionalBox& other) : value_(copy(other)) {}
  OptionalBox(OptionalBox&&) noexcept = default;
  OptionalBox& operator=(const OptionalBox& other) {
    if (this != &other) value_ = copy(other);
    return *this;
  }
  OptionalBox& operator=(OptionalBox&&) noexcept = default;
  ~OptionalBox() = default;

  /// Holds `value`.
  OptionalBox& operator=(T value) {
    value_ = std::make_unique<T>(std::move(value));
    return *this;
  }
  /// Holds the value of `value`, or nothing.
  OptionalBox& operator=(std::optional<T> value) {
    value_ = value ? std::make_unique<T>(std::move(*value)) : nullptr;
    return *this;
  }

  bool has_value() const { return value_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  /// The value; precondition: has_value().
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return value_.get(); }
  const T* operator->() const { return value_.get(); }

 private:
  static std::unique_ptr<T> copy(const OptionalBox& other) {
    return other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
  }

  std::unique_ptr<T> value_;
};

}  // namespace qdb::util
