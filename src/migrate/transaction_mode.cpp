#include "migrate/transaction_mode.hpp"

#include <initializer_list>

namespace qdb::migrate {
namespace {

using Kind = TransactionReason::Kind;

// Read-only access to a statement's tokens as lowercase words and punctuation.
class Words {
 public:
  Words(std::string_view source, const Statement& statement) : source_(source), tokens_(statement.tokens) {}

  std::size_t size() const { return tokens_.size(); }

  /// The token at `i` in lower case for unquoted words, verbatim otherwise; "" past the end or
  /// for strings and quoted identifiers (whose contents never make a keyword).
  std::string at(std::size_t i) const {
    if (i >= tokens_.size()) return {};
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kString || token.kind == TokenKind::kDollarString ||
        token.kind == TokenKind::kQuotedIdentifier) {
      return {};
    }
    std::string text(token.text(source_));
    if (token.kind == TokenKind::kWord) {
      for (char& c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
    }
    return text;
  }

  /// The raw text of token `i` (for string values such as 'false').
  std::string_view raw(std::size_t i) const { return i < tokens_.size() ? tokens_[i].text(source_) : std::string_view(); }

  /// The index just past the `)` matching the `(` at `open`, or size() when unbalanced.
  std::size_t skip_parens(std::size_t open) const {
    int depth = 0;
    for (std::size_t i = open; i < tokens_.size(); ++i) {
      std::string w = at(i);
      if (w == "(") ++depth;
      if (w == ")" && --depth == 0) return i + 1;
    }
    return tokens_.size();
  }

  /// Index of the first word `word` at or after `from`, or size().
  std::size_t find(std::string_view word, std::size_t from) const {
    for (std::size_t i = from; i < tokens_.size(); ++i) {
      if (at(i) == word) return i;
    }
    return tokens_.size();
  }

 private:
  std::string_view source_;
  const std::vector<Token>& tokens_;
};

bool is_one_of(const std::string& word, std::initializer_list<std::string_view> options) {
  for (std::string_view option : options) {
    if (word == option) return true;
  }
  return false;
}

// A boolean option value that reads as false: false, off, 0, 'false', 'off', '0'.
bool is_false_value(const Words& w, std::size_t i) {
  std::string word = w.at(i);
  if (word == "false" || word == "off" || word == "0") return true;
  std::string_view raw = w.raw(i);
  return raw == "'false'" || raw == "'off'" || raw == "'0'";
}

// Within the option list `WITH ( name [= value], ... )` starting at `with`, is boolean option
// `name` explicitly turned off?
bool option_is_off(const Words& w, std::size_t with, std::string_view name) {
  if (with >= w.size() || w.at(with + 1) != "(") return false;
  std::size_t end = w.skip_parens(with + 1);
  for (std::size_t i = with + 2; i < end; ++i) {
    if (w.at(i) != name) continue;
    std::size_t value = w.at(i + 1) == "=" ? i + 2 : i + 1;
    return is_false_value(w, value);
  }
  return false;
}

std::optional<TransactionReason> reason(Kind kind, std::string statement) {
  TransactionReason r;
  r.kind = kind;
  r.statement = std::move(statement);
  return r;
}

std::optional<TransactionReason> classify_transaction_control(const Words& w) {
  std::string first = w.at(0);
  if (first == "begin") return reason(Kind::kControlsTransactions, "BEGIN");
  if (first == "start" && w.at(1) == "transaction") return reason(Kind::kControlsTransactions, "START TRANSACTION");
  if (first == "commit") {
    if (w.at(1) == "prepared") return reason(Kind::kCannotRunInTransaction, "COMMIT PREPARED");
    return reason(Kind::kControlsTransactions, "COMMIT");
  }
  if (first == "end") {
    // Only a whole `END [WORK|TRANSACTION] [AND [NO] CHAIN]` statement ends a transaction.
    for (std::size_t i = 1; i < w.size(); ++i) {
      if (!is_one_of(w.at(i), {"work", "transaction", "and", "no", "chain"})) return std::nullopt;
    }
    return reason(Kind::kControlsTransactions, "END");
  }
  if (first == "rollback" || first == "abort") {
    std::size_t next = is_one_of(w.at(1), {"work", "transaction"}) ? 2 : 1;
    if (w.at(next) == "to") return std::nullopt;  // ROLLBACK TO SAVEPOINT stays inside the transaction
    if (first == "rollback" && w.at(1) == "prepared") return reason(Kind::kCannotRunInTransaction, "ROLLBACK PREPARED");
    return reason(Kind::kControlsTransactions, first == "rollback" ? "ROLLBACK" : "ABORT");
  }
  if (first == "prepare" && w.at(1) == "transaction") return reason(Kind::kControlsTransactions, "PREPARE TRANSACTION");
  return std::nullopt;
}

std::optional<TransactionReason> classify_reindex(const Words& w) {
  std::size_t i = 1;
  bool concurrently = false;
  if (w.at(i) == "(") {
    std::size_t end = w.skip_parens(i);
    std::size_t option = w.find("concurrently", i);
    if (option < end && !is_false_value(w, option + 1)) concurrently = true;
    i = end;
  }
  std::string target = w.at(i);
  if (target == "schema" || target == "system" || target == "database") {
    std::string upper = target == "schema" ? "SCHEMA" : target == "system" ? "SYSTEM" : "DATABASE";
    return reason(Kind::kCannotRunInTransaction, "REINDEX " + upper);
  }
  if (w.at(i + 1) == "concurrently") concurrently = true;
  if (concurrently) return reason(Kind::kCannotRunInTransaction, "REINDEX CONCURRENTLY");
  return std::nullopt;
}

std::optional<TransactionReason> classify_create(const Words& w) {
  std::string second = w.at(1);
  if (second == "index" && w.at(2) == "concurrently") {
    return reason(Kind::kCannotRunInTransaction, "CREATE INDEX CONCURRENTLY");
  }
  if (second == "unique" && w.at(2) == "index" && w.at(3) == "concurrently") {
    return reason(Kind::kCannotRunInTransaction, "CREATE UNIQUE INDEX CONCURRENTLY");
  }
  if (second == "database") return reason(Kind::kCannotRunInTransaction, "CREATE DATABASE");
  if (second == "tablespace") return reason(Kind::kCannotRunInTransaction, "CREATE TABLESPACE");
  if (second == "subscription") {
    // Creating the remote replication slot is what needs to be outside a transaction.
    std::size_t with = w.find("with", 3);
    if (option_is_off(w, with, "create_slot") || option_is_off(w, with, "connect")) return std::nullopt;
    return reason(Kind::kCannotRunInTransaction, "CREATE SUBSCRIPTION");
  }
  return std::nullopt;
}

std::optional<TransactionReason> classify_drop(const Words& w) {
  std::string second = w.at(1);
  if (second == "index" && w.at(2) == "concurrently") return reason(Kind::kCannotRunInTransaction, "DROP INDEX CONCURRENTLY");
  if (second == "database") return reason(Kind::kCannotRunInTransaction, "DROP DATABASE");
  if (second == "tablespace") return reason(Kind::kCannotRunInTransaction, "DROP TABLESPACE");
  // Refused only when the subscription has a replication slot, which the file cannot tell us.
  if (second == "subscription") return reason(Kind::kCannotRunInTransaction, "DROP SUBSCRIPTION");
  return std::nullopt;
}

std::optional<TransactionReason> classify_alter(const Words& w) {
  std::string second = w.at(1);
  if (second == "system") return reason(Kind::kCannotRunInTransaction, "ALTER SYSTEM");
  if (second == "database") {
    std::size_t set = w.find("set", 3);
    if (w.at(set + 1) == "tablespace") return reason(Kind::kCannotRunInTransaction, "ALTER DATABASE SET TABLESPACE");
    return std::nullopt;
  }
  if (second == "table") {
    std::size_t detach = w.find("detach", 3);
    if (w.at(detach + 1) == "partition" && w.find("concurrently", detach + 2) < w.size()) {
      return reason(Kind::kCannotRunInTransaction, "ALTER TABLE DETACH PARTITION CONCURRENTLY");
    }
    return std::nullopt;
  }
  if (second == "subscription") {
    std::string action = w.at(3);
    if (action == "refresh") return reason(Kind::kCannotRunInTransaction, "ALTER SUBSCRIPTION REFRESH PUBLICATION");
    if (is_one_of(action, {"set", "add", "drop"}) && w.at(4) == "publication" &&
        !option_is_off(w, w.find("with", 5), "refresh")) {
      return reason(Kind::kCannotRunInTransaction, "ALTER SUBSCRIPTION PUBLICATION with refresh");
    }
  }
  return std::nullopt;
}

std::optional<TransactionReason> classify_words(const Words& w) {
  if (auto control = classify_transaction_control(w)) return control;
  std::string first = w.at(0);
  if (first == "create") return classify_create(w);
  if (first == "drop") return classify_drop(w);
  if (first == "alter") return classify_alter(w);
  if (first == "reindex") return classify_reindex(w);
  if (first == "vacuum") return reason(Kind::kCannotRunInTransaction, "VACUUM");
  if (first == "discard" && w.at(1) == "all") return reason(Kind::kCannotRunInTransaction, "DISCARD ALL");
  if (first == "cluster") {
    // Only the form without a table name re-clusters the whole database across transactions.
    std::size_t i = 1;
    if (w.at(i) == "(") i = w.skip_parens(i);
    if (w.at(i) == "verbose") ++i;
    if (i >= w.size()) return reason(Kind::kCannotRunInTransaction, "CLUSTER without a table name");
  }
  return std::nullopt;
}

}  // namespace

std::string TransactionReason::message() const {
  if (kind == Kind::kControlsTransactions) return statement + " manages transactions itself";
  return statement + " cannot run inside a transaction block";
}

std::optional<TransactionReason> classify_statement(std::string_view source, const Statement& statement) {
  std::optional<TransactionReason> found = classify_words(Words(source, statement));
  if (found) {
    found->line = statement.line;
    found->column = statement.column;
  }
  return found;
}

TransactionAnalysis analyze_transaction_mode(std::string_view source, const std::vector<Statement>& statements) {
  TransactionAnalysis analysis;
  for (std::size_t i = 0; i < statements.size(); ++i) {
    if (auto found = classify_statement(source, statements[i])) {
      found->statement_index = i;
      analysis.reasons.push_back(std::move(*found));
    }
  }
  if (!analysis.reasons.empty()) analysis.mode = TransactionMode::kNonTransactional;
  return analysis;
}

TransactionAnalysis analyze_transaction_mode(const Migration& migration) {
  SplitResult split = split_statements(migration.path, migration.sql);
  return analyze_transaction_mode(migration.sql, split.statements);
}

}  // namespace qdb::migrate
