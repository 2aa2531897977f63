#include "migrate/replay.hpp"

#include <algorithm>

#include "migrate/migration_failure.hpp"
#include "migrate/statement_splitter.hpp"
#include "util/utf8.hpp"

namespace qdb::migrate {
namespace {

constexpr const char* kBegin = "BEGIN;\n";
// The newline ends a line comment on the file's last line; the semicolon a last statement
// written without one.
constexpr const char* kCommit = "\n;\nCOMMIT;\n";

// A file that cannot share a transaction block runs as the runner runs it, statement by
// statement (a BEGIN and COMMIT of its own included), minus the history row.
void run_statements(db::Database& database, const Migration& m, const std::vector<Statement>& statements,
                    const RunOptions& options) {
  for (const Statement& statement : statements) {
    if (auto failure = database.execute(statement.sql)) {
      database.rollback();
      fail_migration(database, m, *failure, statement.offset, false, options);
    }
  }
  database.rollback();  // a file that opened a transaction and never closed it
}

}  // namespace

void append_to_script(ReplayScript& script, const Migration& m) {
  static const std::size_t begin_characters = util::count_code_points(kBegin);
  static const std::size_t commit_characters = util::count_code_points(kCommit);
  ReplayScript::Part part;
  part.migration = &m;
  part.first_character = script.characters + begin_characters;
  part.characters = util::count_code_points(m.sql);
  script.text.append(kBegin).append(m.sql).append(kCommit);
  script.characters = part.first_character + part.characters + commit_characters;
  script.parts.push_back(part);
}

int position_in_part(const ReplayScript& script, std::size_t part, int position) {
  if (position <= 0 || part >= script.parts.size()) return 0;
  const ReplayScript::Part& p = script.parts[part];
  const auto at = static_cast<std::size_t>(position);
  if (at <= p.first_character || at > p.first_character + p.characters + 1) return 0;
  return static_cast<int>(at - p.first_character);
}

void replay_migrations(db::Database& database, const std::vector<Migration>& migrations, const RunOptions& options,
                       const std::function<void(const Migration&)>& replaying, const ReplayLimits& limits) {
  std::vector<const Migration*> files;
  files.reserve(migrations.size());
  for (const Migration& m : migrations) files.push_back(&m);
  // As the runner does: nothing runs unless every file can be read to its end.
  const std::vector<SplitResult> splits = read_through(files);
  const std::vector<bool> transactional = transactional_files(files, splits);

  std::size_t announced = 0;  // files before this one were passed to `replaying`
  auto announce = [&](std::size_t i) {
    if (i < announced) return;
    replaying(*files[i]);
    announced = i + 1;
  };
  std::size_t alone_until = 0;  // after a failed script, its files that did not commit go one by one
  std::size_t next = 0;
  while (next < files.size()) {
    if (!transactional[next]) {
      announce(next);
      run_statements(database, *files[next], splits[next].statements, options);
      ++next;
      continue;
    }
    const std::size_t end = next < alone_until ? next + 1 : together_end(files, transactional, next, limits);
    ReplayScript script;
    for (std::size_t i = next; i < end; ++i) {
      announce(i);
      append_to_script(script, *files[i]);
    }
    db::ScriptOutcome outcome = database.execute_script(script.text);
    if (!outcome.failure) {
      next = end;
      continue;
    }
    database.rollback();
    if (script.parts.size() == 1) {
      db::SqlFailure failure = *outcome.failure;
      failure.position = position_in_part(script, 0, failure.position);
      fail_migration(database, *files[next], failure, 0, true, options);
    }
    // Which file failed is known for certain only when it was sent alone: a syntax error
    // anywhere stops a script before its first statement runs.
    next += std::min(static_cast<std::size_t>(outcome.commits), end - next);
    alone_until = end;
  }
}

}  // namespace qdb::migrate
