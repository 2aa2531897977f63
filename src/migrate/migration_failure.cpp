#include "migrate/migration_failure.hpp"

#include <optional>

#include "base/diagnostic.hpp"
#include "base/error.hpp"
#include "base/located_error.hpp"
#include "db/privilege_hint.hpp"
#include "migrate/error_position.hpp"
#include "migrate/statement_splitter.hpp"

namespace qdb::migrate {
namespace {

// The statement of `m` that holds byte `offset`, or empty when none does.
std::string statement_at(const Migration& m, size_t offset) {
  for (const Statement& statement : split_statements(m.path, m.sql).statements) {
    if (offset >= statement.offset && offset <= statement.offset + statement.sql.size()) return statement.sql;
  }
  return {};
}

// The role the migrations run as, for a GRANT's TO; empty when the server cannot say.
std::string role_of(db::Database& database) {
  try {
    return database.server_info().user;
  } catch (const Error&) {
    return {};
  }
}

}  // namespace

std::string describe_failure(const db::SqlFailure& f) {
  std::string text = "ERROR";
  if (!f.sqlstate.empty()) text += " " + f.sqlstate;
  text += ": " + f.message;
  if (!f.detail.empty()) text += "\nDETAIL: " + f.detail;
  if (!f.hint.empty()) text += "\nHINT: " + f.hint;
  if (!f.where.empty()) text += "\nCONTEXT: " + f.where;
  return text;
}

// `sent_offset` is where the text sent to the server starts in the file: 0 for a whole file, a
// statement's offset when statements are sent one by one.
[[noreturn]] void fail_migration(db::Database& database, const Migration& m, const db::SqlFailure& f,
                                 size_t sent_offset, bool transactional, const RunOptions& options) {
  Diagnostic where{m.path, 0, 0, Diagnostic::Severity::kError, f.message};
  std::optional<size_t> failed_at;
  if (f.position > 0) {
    SourceLocation at = locate_error_position(m.sql, sent_offset, f.position);
    where.line = at.line;
    where.column = at.column;
    failed_at = at.offset;
  } else if (!transactional) {
    SourceLocation at = location_of_offset(m.sql, sent_offset);
    where.line = at.line;
    where.column = at.column;
    failed_at = at.offset;
  }
  std::string location = m.path;
  if (where.line > 0) location += ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
  std::string hint = options.in_open_transaction
                         ? "it ran in one transaction with everything before it, which is rolled back: the database "
                           "is as it was before the command; fix " + m.path + " and run the command again"
                     : transactional
                         ? "nothing of this migration was applied or recorded (it ran in one transaction); fix " +
                               m.path + " and run migrate again"
                         : "this migration ran outside a transaction: statements before the failing one stayed "
                           "applied, and it is recorded as failed. Undo or finish its effects by hand, then run `qdb " +
                               options.profile + " db resolve --rolled-back " + m.name + "` (or --applied)";
  std::string detail = describe_failure(f);
  if (where.line > 0) detail += "\n" + format_diagnostic(where, m.sql);
  ErrorKind kind = ErrorKind::kMigrationFailed;
  if (f.sqlstate == db::kInsufficientPrivilege) {
    // Not the migration's fault: the role lacks a privilege. The grant comes first, and the whole
    // statement is shown, since the caret's line may be only part of it.
    kind = ErrorKind::kPermission;
    std::string statement = failed_at ? statement_at(m, *failed_at) : std::string();
    hint = db::missing_privilege_hint(f.message, f.hint, statement, role_of(database)) +
           (transactional ? "; nothing of this migration was applied or recorded (it ran in one transaction), so "
                            "run migrate again afterwards"
                          : "; " + hint);
    if (!statement.empty()) detail += "\nthe refused statement:\n" + statement;
  }
  throw LocatedError(kind, "migration " + m.name + " failed at " + location + ": " + f.message, hint, detail, m.path,
                     where.line, where.column, f.sqlstate);
}

std::vector<SplitResult> read_through(const std::vector<const Migration*>& files) {
  std::vector<SplitResult> splits;
  std::string problems;
  for (const Migration* m : files) {
    splits.push_back(split_statements(m->path, m->sql));
    for (const Diagnostic& d : splits.back().diagnostics) problems += format_diagnostic(d, m->sql) + "\n";
  }
  if (!problems.empty()) {
    throw Error(ErrorKind::kMigrationFiles, "pending migrations have SQL that cannot be read to the end",
                "close the string, quoted identifier, dollar quote or comment named above; nothing was applied",
                problems);
  }
  return splits;
}

}  // namespace qdb::migrate
