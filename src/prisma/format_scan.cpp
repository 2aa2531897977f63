#include "prisma/format_scan.hpp"

#include <array>

#include "util/utf8.hpp"

namespace qdb::prisma::layout {
namespace {

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

// WHITESPACE: tabs and the Unicode space separators (Zs), whose UTF-8 forms are listed.
size_t Scanner::blank_at(size_t p) const {
  if (p >= s_.size()) return 0;
  if (s_[p] == ' ' || s_[p] == '\t') return 1;
  // Every multi-byte space starts with one of these lead bytes: ASCII text (nearly every byte
  // asked about) is answered without comparing it with the sixteen forms below.
  const unsigned char lead = static_cast<unsigned char>(s_[p]);
  if (lead != 0xC2 && lead != 0xE1 && lead != 0xE2 && lead != 0xE3) return 0;
  static constexpr std::array<std::string_view, 16> kSpaces = {
      "\xC2\xA0",     "\xE1\x9A\x80", "\xE2\x80\x80", "\xE2\x80\x81", "\xE2\x80\x82", "\xE2\x80\x83",
      "\xE2\x80\x84", "\xE2\x80\x85", "\xE2\x80\x86", "\xE2\x80\x87", "\xE2\x80\x88", "\xE2\x80\x89",
      "\xE2\x80\x8A", "\xE2\x80\xAF", "\xE2\x81\x9F", "\xE3\x80\x80"};
  for (std::string_view space : kSpaces) {
    if (s_.substr(p, space.size()) == space) return space.size();
  }
  return 0;
}

void Scanner::skip() {
  while (size_t n = blank_at(pos_)) pos_ += n;
}

bool Scanner::newline() {
  if (pos_ >= s_.size()) return false;
  if (s_[pos_] == '\n') return ++pos_, true;
  if (s_[pos_] != '\r') return false;
  pos_ += s_.substr(pos_, 2) == "\r\n" ? 2 : 1;
  return true;
}

bool Scanner::literal(std::string_view word) {
  if (s_.substr(pos_, word.size()) != word) return false;
  pos_ += word.size();
  return true;
}

void Scanner::rest_of_line() {
  while (pos_ < s_.size() && !at_newline()) ++pos_;
}

bool Scanner::identifier() {
  // Letters beyond ASCII too, as in Prisma's names (util::letter_length).
  const auto letter_at = [this] { return util::letter_length(s_.substr(pos_)); };
  if (pos_ >= s_.size() || !(is_alnum(s_[pos_]) || letter_at() > 0)) return false;
  while (pos_ < s_.size()) {
    if (is_alnum(s_[pos_]) || s_[pos_] == '_' || s_[pos_] == '-') {
      ++pos_;
    } else if (const std::size_t length = letter_at()) {
      pos_ += length;
    } else {
      break;
    }
  }
  return true;
}

bool Scanner::path() {
  if (!identifier()) return false;
  while (literal(".")) identifier();
  return true;
}

bool Scanner::string_literal(std::string& out) {
  size_t start = pos_;
  if (!literal("\"")) return false;
  while (pos_ < s_.size() && s_[pos_] != '"') {
    if (s_[pos_] == '\\' && pos_ + 1 < s_.size()) {
      pos_ += 2;
    } else if (static_cast<unsigned char>(s_[pos_]) < 0x20) {
      break;
    } else {
      ++pos_;
    }
  }
  if (!literal("\"")) return pos_ = start, false;
  out += since(start);
  return true;
}

bool Scanner::numeric_literal(std::string& out) {
  size_t start = pos_;
  literal("-");
  auto digits = [&] {
    size_t from = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    return pos_ > from;
  };
  if (!digits()) return pos_ = start, false;
  size_t dot = pos_;
  if (literal(".") && !digits()) pos_ = dot;
  out += since(start);
  return true;
}

// expression = function_call | array_expression | numeric_literal | string_literal | path
bool Scanner::expression(std::string& out, int depth) {
  if (depth > kMaxDepth) return false;
  size_t start = pos_;
  size_t mark = out.size();
  if (path()) {
    std::string_view name = since(start);
    skip();
    std::string args;
    if (arguments_list(args, depth + 1)) return out.append(name).append(args), true;
    pos_ = start;
  }
  if (array_expression(out, depth + 1)) return true;
  if (numeric_literal(out) || string_literal(out)) return true;
  if (path()) return out += since(start), true;
  out.resize(mark);
  return false;
}

// item ("," item)* with blanks around the commas, written joined by ", "; false without a first
// item. A comma not followed by an item is left unread.
template <typename ReadItem>
bool Scanner::comma_list(std::string& out, ReadItem read_item) {
  if (!read_item(out)) return false;
  for (;;) {
    size_t before = pos_;
    size_t written = out.size();
    skip();
    if (literal(",")) {
      skip();
      out += ", ";
      if (read_item(out)) continue;
    }
    pos_ = before;
    out.resize(written);
    return true;
  }
}

bool Scanner::array_expression(std::string& out, int depth) {
  size_t start = pos_;
  size_t mark = out.size();
  if (!literal("[")) return false;
  out += '[';
  skip();
  comma_list(out, [&](std::string& into) { return expression(into, depth); });
  skip();
  if (!literal("]")) return pos_ = start, out.resize(mark), false;
  out += ']';
  return true;
}

// argument = named_argument (name: value) | empty_argument (name:) | expression
bool Scanner::argument(std::string& out, int depth) {
  size_t start = pos_;
  size_t mark = out.size();
  if (identifier()) {
    std::string_view name = since(start);
    skip();
    if (literal(":")) {
      out.append(name).append(": ");
      size_t after_colon = pos_;
      skip();
      if (!expression(out, depth)) pos_ = after_colon;
      return true;
    }
    pos_ = start;
  }
  out.resize(mark);
  return expression(out, depth);
}

// "(" (argument ("," argument)*)? ","? ")"; a trailing comma is dropped.
bool Scanner::arguments_list(std::string& out, int depth) {
  if (depth > kMaxDepth) return false;
  size_t start = pos_;
  size_t mark = out.size();
  if (!literal("(")) return false;
  out += '(';
  skip();
  comma_list(out, [&](std::string& into) { return argument(into, depth); });
  skip();
  if (literal(",")) skip();
  if (!literal(")")) return pos_ = start, out.resize(mark), false;
  out += ')';
  return true;
}

// field_attribute = "@" path arguments_list?; appends `@name(args)`.
bool Scanner::field_attribute(std::string& out, std::string* name) {
  size_t start = pos_;
  if (!literal("@")) return false;
  skip();
  size_t name_start = pos_;
  if (!path()) return pos_ = start, false;
  std::string_view written_name = since(name_start);
  if (name) *name = written_name;
  out.append("@").append(written_name);
  size_t after_name = pos_;
  skip();
  if (!arguments_list(out, 0)) pos_ = after_name;
  return true;
}

// Zero or more field attributes, separated by blanks; each is (name, text).
std::vector<std::pair<std::string, std::string>> Scanner::field_attributes() {
  std::vector<std::pair<std::string, std::string>> attributes;
  for (;;) {
    size_t before = pos_;
    if (!attributes.empty()) skip();
    std::pair<std::string, std::string> attribute;
    if (!field_attribute(attribute.second, &attribute.first)) {
      pos_ = before;
      return attributes;
    }
    attributes.push_back(std::move(attribute));
  }
}

// trailing_comment = doc_comment | comment, from `//` to the end of the line, as written.
bool Scanner::trailing_comment(std::string& out) {
  if (s_.substr(pos_, 2) != "//") return false;
  size_t start = pos_;
  rest_of_line();
  out = since(start);
  return true;
}

std::string Scanner::field_type() {
  size_t start = pos_;
  if (literal("[")) {  // legacy_list_type: [Type]
    skip();
    std::string base = base_type();
    skip();
    if (!base.empty() && literal("]")) return base + "[]";
    pos_ = start;
    return "";
  }
  std::string base = base_type();
  if (base.empty()) return "";
  size_t after = pos_;
  skip();
  if (literal("[]")) {
    size_t after_list = pos_;
    skip();
    if (literal("?")) return base + "[]?";
    pos_ = after_list;
    return base + "[]";
  }
  if (literal("?")) return base + "?";
  if (literal("!")) return base;  // legacy_required_type
  pos_ = after;
  return base;
}

// base_type = "Unsupported(" string_literal ")" | identifier, as written.
std::string Scanner::base_type() {
  size_t start = pos_;
  if (literal("Unsupported(")) {
    skip();
    std::string ignored;
    if (string_literal(ignored)) {
      skip();
      if (literal(")")) return std::string(since(start));
    }
    pos_ = start;
  }
  if (identifier()) return std::string(since(start));
  return "";
}

}  // namespace qdb::prisma::layout
