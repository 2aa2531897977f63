#pragma once
// A migration that failed, in words: what the server said, where in the file, and what to do.
// Shared by the runner and the shadow database's replay.

#include <cstddef>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "migrate/migration.hpp"
#include "migrate/runner.hpp"
#include "migrate/statement_splitter.hpp"

namespace qdb::migrate {

/// The server's report of a failed statement, as shown to the user and stored in `logs`.
std::string describe_failure(const db::SqlFailure& f);

/// Throws the LocatedError of `m` failing with `f`: file:line:column from the server's position,
/// the statement, and the recovery hint for a transactional file or one run statement by
/// statement. `sent_offset` is where the text sent to the server starts in the file: 0 for a
/// whole file, a statement's offset when statements are sent one by one. A missing privilege is
/// reported as kPermission with the GRANT to ask for.
[[noreturn]] void fail_migration(db::Database& database, const Migration& m, const db::SqlFailure& f,
                                 size_t sent_offset, bool transactional, const RunOptions& options);

/// Splits each file into statements; throws kMigrationFiles, naming every place, when one cannot
/// be read to its end (an unterminated string, quoted identifier, dollar quote or comment), so
/// that nothing runs before every file is known to be whole.
std::vector<SplitResult> read_through(const std::vector<const Migration*>& files);

}  // namespace qdb::migrate
