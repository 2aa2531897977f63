#include "prisma/json_text.hpp"

namespace qdb::prisma {
namespace {

constexpr int kMaxDepth = 256;

class JsonChecker {
 public:
  explicit JsonChecker(std::string_view text) : text_(text) {}

  bool run() {
    if (!value(0)) return false;
    skip_space();
    return pos_ == text_.size();
  }

 private:
  void skip_space() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  bool literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  bool digits() {
    size_t start = pos_;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
    return pos_ > start;
  }

  bool number() {
    if (text_[pos_] == '-') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '0') {
      ++pos_;
    } else if (!digits()) {
      return false;
    }
    if (pos_ < text_.size() && text_[pos_] == '.') {
      ++pos_;
      if (!digits()) return false;
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
      if (!digits()) return false;
    }
    return true;
  }

  bool string() {
    ++pos_;  // opening quote
    while (pos_ < text_.size()) {
      auto c = static_cast<unsigned char>(text_[pos_++]);
      if (c == '"') return true;
      if (c < 0x20) return false;
      if (c != '\\') continue;
      if (pos_ >= text_.size()) return false;
      char escape = text_[pos_++];
      if (escape == 'u') {
        for (int i = 0; i < 4; ++i, ++pos_) {
          if (pos_ >= text_.size()) return false;
          char h = text_[pos_];
          bool hex = (h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F');
          if (!hex) return false;
        }
      } else if (std::string_view("\"\\/bfnrt").find(escape) == std::string_view::npos) {
        return false;
      }
    }
    return false;
  }

  // Parses `open item (, item)* close` where item is a value (arrays) or "key": value (objects).
  bool sequence(char close, bool object, int depth) {
    ++pos_;
    skip_space();
    if (pos_ < text_.size() && text_[pos_] == close) {
      ++pos_;
      return true;
    }
    while (true) {
      skip_space();
      if (object) {
        if (pos_ >= text_.size() || text_[pos_] != '"' || !string()) return false;
        skip_space();
        if (pos_ >= text_.size() || text_[pos_++] != ':') return false;
      }
      if (!value(depth + 1)) return false;
      skip_space();
      if (pos_ >= text_.size()) return false;
      char c = text_[pos_++];
      if (c == close) return true;
      if (c != ',') return false;
    }
  }

  bool value(int depth) {
    if (depth > kMaxDepth) return false;
    skip_space();
    if (pos_ >= text_.size()) return false;
    switch (text_[pos_]) {
      case '{': return sequence('}', true, depth);
      case '[': return sequence(']', false, depth);
      case '"': return string();
      case 't': return literal("true");
      case 'f': return literal("false");
      case 'n': return literal("null");
      default: return number();
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace

bool is_valid_json(std::string_view text) { return JsonChecker(text).run(); }

}  // namespace qdb::prisma
