#pragma once

#include <functional>
#include <optional>
#include <string>

#include "cli/context.hpp"
#include "db/database.hpp"

namespace qdb::cli {

/// The `[seed]` of qdb.toml, read before anything is changed.
struct Seed {
  enum class Kind { kNone, kSql, kCommand };
  Kind kind = Kind::kNone;
  std::string label;    // the file as written in qdb.toml, or the command
  std::string sql;      // the file's text, for kSql
};

/// Reads the seed's SQL file now, so a missing file stops `reset` before it drops anything.
/// Throws kConfig when the file cannot be read.
Seed prepare_seed(const Context& context);

/// Runs the seed: the SQL file in one transaction (nothing of it kept on failure), or the command
/// through /bin/sh in the project root with DATABASE_URL (and the configured URL variable) set to
/// the URL in use; its output goes to stderr. Throws kMigrationFailed when the SQL fails (naming
/// file, line, column and SQLSTATE) or the command exits non-zero; kInterrupted / kTerminated
/// when `interrupted` answers a signal after the SQL failed (its cancel request ended it).
/// With `in_open_transaction` the SQL joins the transaction the caller opened (an atomic reset)
/// and nothing is committed or rolled back here.
void run_seed(Context& context, db::Database& database, const db::ConnectionSettings& settings, const Seed& seed,
              const std::function<int()>& interrupted = {}, bool in_open_transaction = false);

/// Why the seed's SQL cannot run inside a transaction ("COMMIT manages transactions itself at
/// seed.sql:3"), or nullopt when it can (or the seed is not SQL).
std::optional<std::string> seed_outside_transaction(const Seed& seed);

}  // namespace qdb::cli
