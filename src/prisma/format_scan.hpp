#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The token-level rules of Prisma's formatter grammar (prisma-engines,
// psl/schema-ast/src/parser/datamodel.pest): blanks, names, literals, expressions, arguments,
// field attributes, field types and comments. format_syntax.cpp builds the line and block rules
// on top. Internal to the formatter.
namespace qdb::prisma::layout {

/// A position in one file's text and the rules that read from it. Every rule either consumes
/// its text and returns true (or a non-empty string), or returns false (or "") leaving the
/// position and the output it was given as they were. Rules written `{ a ~ b }` in the grammar
/// allow blanks between their parts (skip()); `@{ }` and `${ }` rules do not. Values come back
/// written as Prisma's formatter writes them: `[a, b]`, `f(x: 1, y)`, no blanks inside.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : s_(text) {}

 protected:
  /// Nesting of `[...]` and `(...)` deeper than this is not read (the line is kept as written).
  static constexpr int kMaxDepth = 64;

  /// The length of the blank (WHITESPACE: space, tab or a Unicode space separator) at `p`, or 0.
  size_t blank_at(size_t p) const;
  void skip();  // any blanks
  bool at_newline() const { return pos_ < s_.size() && (s_[pos_] == '\n' || s_[pos_] == '\r'); }
  bool newline();  // NEWLINE: \n, \r\n or \r
  bool literal(std::string_view word);
  void rest_of_line();  // up to, not including, the next NEWLINE
  std::string_view since(size_t start) const { return s_.substr(start, pos_ - start); }

  // An ASCII letter or digit, then letters, digits, `_` and `-`. Prisma also takes other Unicode
  // letters; qdb's parser rejects those, so a file that reaches the formatter has none.
  bool identifier();
  bool path();        // identifier ("." identifier?)*
  bool string_literal(std::string& out);
  bool numeric_literal(std::string& out);
  /// function_call | array_expression | numeric_literal | string_literal | path
  bool expression(std::string& out, int depth);
  /// "(" (argument ("," argument)*)? ","? ")"; a trailing comma is dropped.
  bool arguments_list(std::string& out, int depth);
  /// "@" path arguments_list?, appended as `@name(args)`; `name` gets the path as written.
  bool field_attribute(std::string& out, std::string* name);
  /// Zero or more field attributes separated by blanks, each as (name, text).
  std::vector<std::pair<std::string, std::string>> field_attributes();
  /// `//` or `///` up to the end of the line, as written (trailing blanks included).
  bool trailing_comment(std::string& out);
  /// Type, Type?, Type[], Type[]? or the legacy Type! and [Type], written in today's spelling;
  /// "" when there is none.
  std::string field_type();
  /// "Unsupported(" string_literal ")" | identifier, as written; "" when there is none.
  std::string base_type();

  std::string_view s_;
  size_t pos_ = 0;

 private:
  template <typename ReadItem>
  bool comma_list(std::string& out, ReadItem read_item);
  bool array_expression(std::string& out, int depth);
  bool argument(std::string& out, int depth);
};

}  // namespace qdb::prisma::layout
