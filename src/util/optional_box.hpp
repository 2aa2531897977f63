#pragma once

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace qdb::util {

/// An optional value kept on the heap. Reads, compares and copies like std::optional<T> (a copy
/// copies the value), but takes one pointer inside its owner, present or not: for large members
/// that are rarely present in structs that exist by the ten thousand (prisma::Field,
/// model::Column).
template <typename T>
class OptionalBox {
 public:
  OptionalBox() = default;
  // Implicit, as std::optional's: a box is written where an optional value would be.
  OptionalBox(std::nullopt_t) {}  // NOLINT(google-explicit-constructor)
  template <typename U = T>
    requires std::is_constructible_v<T, U&&>
  OptionalBox(U&& value) : value_(std::make_unique<T>(std::forward<U>(value))) {}  // NOLINT(google-explicit-constructor)
  OptionalBox(const OptionalBox& other) : value_(copy(other)) {}
  OptionalBox(OptionalBox&&) noexcept = default;
  OptionalBox& operator=(const OptionalBox& other) {
    if (this != &other) value_ = copy(other);
    return *this;
  }
  OptionalBox& operator=(OptionalBox&&) noexcept = default;
  ~OptionalBox() = default;

  /// Holds `value` (or a T made from it: a string literal for a std::string).
  template <typename U = T>
    requires std::is_constructible_v<T, U&&>
  OptionalBox& operator=(U&& value) {
    value_ = std::make_unique<T>(std::forward<U>(value));
    return *this;
  }
  /// Holds the value of `value`, or nothing.
  OptionalBox& operator=(std::optional<T> value) {
    value_ = value ? std::make_unique<T>(std::move(*value)) : nullptr;
    return *this;
  }
  OptionalBox& operator=(std::nullopt_t) {
    value_ = nullptr;
    return *this;
  }
  /// Holds nothing.
  void reset() { value_ = nullptr; }

  bool has_value() const { return value_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  /// The value; precondition: has_value().
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return value_.get(); }
  const T* operator->() const { return value_.get(); }
  /// The value, or `fallback` when there is none.
  template <typename U>
  T value_or(U&& fallback) const {
    return value_ ? *value_ : static_cast<T>(std::forward<U>(fallback));
  }

  /// Equal when both hold nothing or both hold equal values, as std::optional.
  friend bool operator==(const OptionalBox& a, const OptionalBox& b) {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
  }

 private:
  static std::unique_ptr<T> copy(const OptionalBox& other) {
    return other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
  }

  std::unique_ptr<T> value_;
};

}  // namespace qdb::util
