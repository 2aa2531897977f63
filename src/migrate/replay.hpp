#pragma once
// Migrations applied to a database that keeps no history of them: a shadow database, where a
// migrations folder is replayed to be inspected and then thrown away. No lock, no history table,
// no history rows; transactional files travel many to a round trip.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "migrate/migration.hpp"
#include "migrate/runner.hpp"

namespace qdb::migrate {

/// The text of one round trip: consecutive transactional migrations, each one as
/// `BEGIN;\n<its SQL>\n;\nCOMMIT;\n`, and where each one's SQL starts in it.
struct ReplayScript {
  struct Part {
    const Migration* migration = nullptr;
    std::size_t first_character = 0;  // 0-based, in characters (code points) of `text`, as the server counts
    std::size_t characters = 0;        // the length of its SQL in characters
  };
  std::string text;
  std::size_t characters = 0;  // of `text`
  std::vector<Part> parts;
};

/// Appends `m` to `script` in its own transaction. The file must be whole (split_statements
/// found nothing unterminated): only then can nothing of it swallow the COMMIT after it.
void append_to_script(ReplayScript& script, const Migration& m);

/// The server's 1-based error `position` in `script.text`, as a position in the SQL of part
/// `part` (what fail_migration expects for a whole file), or 0 when it lies outside that SQL.
int position_in_part(const ReplayScript& script, std::size_t part, int position);

using ReplayLimits = TogetherLimits;

/// Applies `migrations` in order, as the runner would apply them to an empty database, but
/// without taking the lock or recording history: transactional files in scripts of many files
/// (one round trip each, every file still in a transaction of its own); a file that cannot run in
/// a transaction alone, statement by statement. When a script fails, the files whose COMMIT the
/// server reported stay applied and the rest of that script is sent again one file per round
/// trip, so that the error is the first failing file's, located in it as the runner locates it.
/// `replaying` is called once for each file, before it is first sent.
/// Throws what the runner throws for a file that cannot be read through (kMigrationFiles) or a
/// failed migration (fail_migration: kMigrationFailed, or kPermission), and kConnection.
void replay_migrations(db::Database& database, const std::vector<Migration>& migrations, const RunOptions& options,
                       const std::function<void(const Migration&)>& replaying, const ReplayLimits& limits = {});

}  // namespace qdb::migrate
