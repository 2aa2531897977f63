// A migration's SQL as the runner reads it: the lexer (migrate::lex_sql), the statement splitter
// (migrate::split_statements), the transaction-mode analysis and the mapping of a server's error
// position back into the file. Promises checked: no crash or exception; tokens follow each other
// inside the text, each at the line and column of its offset; each statement's text is the file's
// bytes at its offset; every diagnostic points into the file; error positions land in the file.
#include <string>

#include "check.hpp"
#include "migrate/error_position.hpp"
#include "migrate/sql_lexer.hpp"
#include "migrate/statement_splitter.hpp"
#include "migrate/transaction_mode.hpp"

using qdb::fuzz::check;
namespace migrate = qdb::migrate;

namespace {

// The line and column of increasing offsets, found in one pass over the text (a token count of
// location_of_offset calls would make each input quadratic and the fuzzer slow).
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {}

  migrate::SourceLocation at(std::size_t offset) {
    check(offset >= here_.offset, "offsets go backwards");
    for (; here_.offset < offset && here_.offset < text_.size(); ++here_.offset) {
      if (text_[here_.offset] == '\n') {
        ++here_.line;
        here_.column = 1;
      } else {
        ++here_.column;
      }
    }
    return here_;
  }

 private:
  std::string_view text_;
  migrate::SourceLocation here_;
};

void check_token_place(std::string_view text, Lines& lines, const migrate::Token& token) {
  check(token.length > 0, "an empty token");
  check(token.offset + token.length <= text.size(), "a token runs past the end of the text");
  const migrate::SourceLocation at = lines.at(token.offset);
  check(at.line == token.line && at.column == token.column, "a token's line and column are not its offset's");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const std::string_view text = qdb::fuzz::as_text(data, size);

  const migrate::LexResult lexed = migrate::lex_sql("migration.sql", text);
  qdb::fuzz::check_diagnostics(lexed.diagnostics, "migration.sql", text);
  std::size_t end = 0;
  Lines token_lines(text);
  for (const migrate::Token& token : lexed.tokens) {
    check(token.offset >= end, "tokens overlap or go backwards");
    check_token_place(text, token_lines, token);
    end = token.offset + token.length;
  }

  const migrate::SplitResult split = migrate::split_statements("migration.sql", text);
  qdb::fuzz::check_diagnostics(split.diagnostics, "migration.sql", text);
  end = 0;
  Lines statement_lines(text);
  for (const migrate::Statement& statement : split.statements) {
    check(!statement.sql.empty() && !statement.tokens.empty(), "an empty statement");
    check(statement.offset >= end, "statements overlap or go backwards");
    check(text.substr(statement.offset, statement.sql.size()) == statement.sql,
          "a statement's text is not the file's bytes at its offset");
    const migrate::SourceLocation at = statement_lines.at(statement.offset);
    check(at.line == statement.line && at.column == statement.column,
          "a statement's line and column are not its offset's");
    Lines lines = statement_lines;
    for (const migrate::Token& token : statement.tokens) {
      check_token_place(text, lines, token);
      check(token.offset >= statement.offset && token.offset + token.length <= statement.offset + statement.sql.size(),
            "a statement's token lies outside the statement");
    }
    end = statement.offset + statement.sql.size();
    // Each mapping reads the file from its start: a few statements are enough.
    if (&statement - split.statements.data() >= 4) continue;
    for (int position : {-1, 0, 1, 7, static_cast<int>(statement.sql.size()), 1 << 30}) {
      const migrate::SourceLocation error = migrate::locate_error_position(text, statement.offset, position);
      check(error.offset <= text.size(), "an error position maps past the end of the file");
      check(qdb::fuzz::inside(text, error.line, error.column), "an error position maps outside the file");
    }
  }

  const migrate::TransactionAnalysis analysis = migrate::analyze_transaction_mode(text, split.statements);
  check(analysis.reasons.empty() == (analysis.mode == migrate::TransactionMode::kTransactional),
        "reasons are given exactly for a non-transactional file");
  for (const migrate::TransactionReason& reason : analysis.reasons) {
    check(reason.statement_index < split.statements.size(), "a reason names a statement the file does not have");
    check(!reason.message().empty(), "a reason without words");
  }
  return 0;
}
