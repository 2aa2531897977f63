#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "migrate/migration.hpp"
#include "migrate/statement_splitter.hpp"

namespace qdb::migrate {

/// How a migration file can be applied.
enum class TransactionMode {
  kTransactional,     // every statement may run inside one transaction block
  kNonTransactional,  // run statement by statement, each committing on its own
};

/// One statement that keeps a migration out of a wrapping transaction.
struct TransactionReason {
  enum class Kind {
    kCannotRunInTransaction,  // PostgreSQL refuses it inside a transaction block (CREATE INDEX CONCURRENTLY)
    kControlsTransactions,    // the file manages its own transactions (BEGIN, COMMIT, ...)
  };

  Kind kind = Kind::kCannotRunInTransaction;
  std::string statement;            // what was found, upper case: "CREATE INDEX CONCURRENTLY", "COMMIT"
  std::size_t statement_index = 0;  // 0-based index into the file's statements
  int line = 1;                     // where the statement begins in the file
  int column = 1;

  /// "CREATE INDEX CONCURRENTLY cannot run inside a transaction block" or
  /// "COMMIT manages transactions itself".
  std::string message() const;

  bool operator==(const TransactionReason&) const = default;
};

/// The mode of a file and every statement that decided it, in file order.
struct TransactionAnalysis {
  TransactionMode mode = TransactionMode::kTransactional;
  std::vector<TransactionReason> reasons;  // empty exactly when mode is kTransactional
};

/// Why `statement` cannot share a transaction block, or nothing when it can. `source` is the
/// text the statement's tokens point into (the whole file). Keywords match ignoring case; text in
/// strings, dollar quotes and comments is never looked at, so `DO $$ BEGIN ... END $$` is fine.
/// The returned reason has statement_index 0.
std::optional<TransactionReason> classify_statement(std::string_view source, const Statement& statement);

/// Classifies every statement of a file (as returned by split_statements over `source`).
TransactionAnalysis analyze_transaction_mode(std::string_view source, const std::vector<Statement>& statements);

/// Splits a migration's SQL and classifies it. Lexer diagnostics are ignored here (the runner
/// reports them when it splits the file to apply it); an unterminated construct simply runs to the
/// end of the last statement.
TransactionAnalysis analyze_transaction_mode(const Migration& migration);

}  // namespace qdb::migrate
