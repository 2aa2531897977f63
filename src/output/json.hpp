#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace qdb::output {

/// A JSON value for --json output: built in code, rendered once. Object keys keep insertion order.
class Json {
 public:
  using Array = std::vector<Json>;
  using Object = std::vector<std::pair<std::string, Json>>;

  Json() : value_(nullptr) {}
  Json(std::nullptr_t) : value_(nullptr) {}
  Json(bool b) : value_(b) {}
  Json(int i) : value_(static_cast<int64_t>(i)) {}
  Json(int64_t i) : value_(i) {}
  Json(size_t i) : value_(static_cast<int64_t>(i)) {}
  Json(double d) : value_(d) {}
  Json(const char* s) : value_(std::string(s)) {}
  Json(std::string s) : value_(std::move(s)) {}
  Json(std::string_view s) : value_(std::string(s)) {}
  Json(Array a) : value_(std::move(a)) {}
  Json(Object o) : value_(std::move(o)) {}

  static Json array() { return Json(Array{}); }
  static Json object() { return Json(Object{}); }

  /// Appends to an array value.
  Json& push(Json value);
  /// Sets a key of an object value (replacing an existing one).
  Json& set(const std::string& key, Json value);

  /// Compact rendering, or indented by two spaces when `pretty`.
  std::string dump(bool pretty = false) const;

 private:
  void dump_to(std::string& out, bool pretty, int depth) const;
  std::variant<std::nullptr_t, bool, int64_t, double, std::string, Array, Object> value_;
};

/// `text` as a JSON string literal, quotes included.
std::string json_quote(std::string_view text);

}  // namespace qdb::output
