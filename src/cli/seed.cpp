#include "cli/seed.hpp"

#include "cli/progress.hpp"

#include "migrate/error_position.hpp"
#include "migrate/statement_splitter.hpp"
#include "migrate/transaction_mode.hpp"
#include "base/diagnostic.hpp"
#include "base/error.hpp"
#include "base/located_error.hpp"
#include "os/system.hpp"

namespace qdb::cli {

Seed prepare_seed(const Context& context) {
  const config::SeedConfig& config = context.project.seed;
  Seed seed;
  if (config.command) {
    seed.kind = Seed::Kind::kCommand;
    seed.label = *config.command;
  } else if (config.sql) {
    seed.kind = Seed::Kind::kSql;
    seed.label = *config.sql;
    std::filesystem::path path = context.project.root / *config.sql;
    os::ReadResult read = context.system.read_file(path);
    if (!read.ok) {
      throw Error(ErrorKind::kConfig, "[seed] sql = \"" + *config.sql + "\": cannot read " + path.string(),
                  "create the file, or correct the path (it is relative to the folder of qdb.toml); nothing was "
                  "changed");
    }
    seed.sql = std::move(read.bytes);
  }
  return seed;
}

std::optional<std::string> seed_outside_transaction(const Seed& seed) {
  if (seed.kind != Seed::Kind::kSql) return std::nullopt;
  const migrate::SplitResult split = migrate::split_statements(seed.label, seed.sql);
  const migrate::TransactionAnalysis analysis = migrate::analyze_transaction_mode(seed.sql, split.statements);
  if (analysis.reasons.empty()) return std::nullopt;
  const migrate::TransactionReason& first = analysis.reasons.front();
  return first.message() + " at " + seed.label + ":" + std::to_string(first.line);
}

void run_seed(Context& context, db::Database& database, const db::ConnectionSettings& settings, const Seed& seed,
              const std::function<int()>& interrupted, bool in_open_transaction) {
  if (seed.kind == Seed::Kind::kNone) return;
  if (seed.kind == Seed::Kind::kSql) {
    context.console.info("Seeding with " + seed.label + " ...");
    if (!in_open_transaction) database.begin();
    ProgressTicker ticker(context.console, context.system, context.system.stderr_is_terminal());
    ticker.start(seed.label);
    std::optional<db::SqlFailure> failure = database.execute(seed.sql);
    ticker.stop();
    if (!failure) {
      if (!in_open_transaction) database.commit();
      return;
    }
    if (!in_open_transaction) database.rollback();
    if (const int signal = interrupted ? interrupted() : 0) {
      throw Error(kind_for_signal(signal), "interrupted by " + signal_name(signal) +
                                               ": the seed was rolled back; the migrations were applied");
    }
    Diagnostic where{seed.label, 0, 0, Diagnostic::Severity::kError, failure->message};
    std::string location = seed.label;
    if (failure->position > 0) {
      migrate::SourceLocation at = migrate::locate_error_position(seed.sql, 0, failure->position);
      where.line = at.line;
      where.column = at.column;
      location.append(":").append(std::to_string(at.line)).append(":").append(std::to_string(at.column));
    }
    std::string detail = "ERROR";
    if (!failure->sqlstate.empty()) detail.append(" ").append(failure->sqlstate);
    detail.append(": ").append(failure->message);
    if (where.line > 0) detail.append("\n").append(format_diagnostic(where, seed.sql));
    throw LocatedError(ErrorKind::kMigrationFailed, "the seed failed at " + location + ": " + failure->message,
                       in_open_transaction
                           ? "the seed ran in the reset's one transaction, which is rolled back: the database is as "
                             "it was before the reset. Fix " + seed.label + " and run reset again"
                           : "the migrations were applied; the seed ran in one transaction and none of it was kept. "
                             "Fix " + seed.label + " and run reset again",
                       detail, seed.label, where.line, where.column, failure->sqlstate);
  }
  context.console.info("Seeding with `" + seed.label + "`");
  os::CommandOptions options;
  options.cwd = context.project.root;
  options.capture = false;
  options.env["DATABASE_URL"] = settings.url;
  options.env[context.project.url_variable] = settings.url;
  os::CommandResult r = context.system.run({"/bin/sh", "-c", seed.label}, options);
  if (r.exit_code != 0) {
    throw Error(ErrorKind::kMigrationFailed,
                "the seed command `" + seed.label + "` exited with status " + std::to_string(r.exit_code),
                "the migrations were applied; fix the command (its output is above) and run reset again");
  }
}

}  // namespace qdb::cli
