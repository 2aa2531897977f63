#include "migrate/statement_splitter.hpp"

namespace qdb::migrate {
namespace {

// Mirrors psql's heuristic for SQL-standard routine bodies: only a statement that begins
// CREATE [OR REPLACE] FUNCTION|PROCEDURE can hold BEGIN ... END with semicolons inside.
class RoutineBodyTracker {
 public:
  explicit RoutineBodyTracker(std::string_view source) : source_(source) {}

  void reset() {
    words_ = 0;
    routine_ = false;
    depth_ = 0;
  }

  void on_word(const Token& token, int paren_depth) {
    ++words_;
    if (words_ <= 4) classify(token);
    if (!routine_ || paren_depth != 0) return;
    if (is_keyword(source_, token, "begin")) {
      ++depth_;
    } else if (is_keyword(source_, token, "case")) {
      // CASE also ends with END; it only matters inside a body.
      if (depth_ >= 1) ++depth_;
    } else if (is_keyword(source_, token, "end")) {
      if (depth_ > 0) --depth_;
    }
  }

  bool inside_body() const { return depth_ > 0; }

 private:
  void classify(const Token& token) {
    bool routine_word = is_keyword(source_, token, "function") || is_keyword(source_, token, "procedure");
    switch (words_) {
      case 1: create_ = is_keyword(source_, token, "create"); break;
      case 2:
        or_ = is_keyword(source_, token, "or");
        if (create_ && routine_word) routine_ = true;
        break;
      case 3: replace_ = is_keyword(source_, token, "replace"); break;
      case 4:
        if (create_ && or_ && replace_ && routine_word) routine_ = true;
        break;
    }
  }

  std::string_view source_;
  int words_ = 0;
  bool create_ = false;
  bool or_ = false;
  bool replace_ = false;
  bool routine_ = false;
  int depth_ = 0;
};

}  // namespace

SplitResult split_statements(std::string_view file_name, std::string_view text) {
  LexResult lexed = lex_sql(file_name, text);
  SplitResult result;
  result.diagnostics = std::move(lexed.diagnostics);

  std::vector<Token> current;
  int paren_depth = 0;
  RoutineBodyTracker routine(text);

  auto finish = [&]() {
    if (current.empty()) return;
    const Token& first = current.front();
    const Token& last = current.back();
    Statement statement;
    statement.offset = first.offset;
    statement.line = first.line;
    statement.column = first.column;
    statement.sql = std::string(text.substr(first.offset, last.offset + last.length - first.offset));
    statement.tokens = std::move(current);
    result.statements.push_back(std::move(statement));
    current.clear();
  };

  for (const Token& token : lexed.tokens) {
    if (token.kind == TokenKind::kSemicolon && paren_depth == 0 && !routine.inside_body()) {
      finish();
      paren_depth = 0;
      routine.reset();
      continue;
    }
    if (token.kind == TokenKind::kPunctuation && token.length == 1) {
      char c = text[token.offset];
      if (c == '(') ++paren_depth;
      if (c == ')' && paren_depth > 0) --paren_depth;
    } else if (token.kind == TokenKind::kWord) {
      routine.on_word(token, paren_depth);
    }
    current.push_back(token);
  }
  finish();
  return result;
}

}  // namespace qdb::migrate
