#pragma once

#include <string>
#include <vector>

#include "db/database.hpp"
#include "migrate/migration.hpp"

namespace qdb::migrate {

/// A recorded migration whose file changed after it was applied.
struct EditedMigration {
  const Migration* migration;
  const db::HistoryRow* row;
};

/// Where the migrations folder and the history table stand against each other. Pure: computed
/// from the files and the rows, with Prisma's meanings:
///  - a row counts as applied when finished and not rolled back;
///  - a row is failed when neither finished nor rolled back (it blocks further migrations);
///  - a rolled-back row counts for nothing (the migration is pending again).
struct Plan {
  std::vector<const Migration*> applied;        // on disk and applied, in file order
  std::vector<const Migration*> pending;        // on disk, not applied, not failed, in file order
  std::vector<const db::HistoryRow*> failed;    // failed rows, oldest first
  std::vector<EditedMigration> edited;          // applied, but the file's checksum differs
  std::vector<const db::HistoryRow*> missing;   // applied rows whose folder is gone
  std::vector<const Migration*> out_of_order;   // pending, yet sorting before an applied one

  bool up_to_date() const { return pending.empty() && failed.empty(); }
  bool drifted() const { return !edited.empty() || !missing.empty(); }
};

/// Compares `local` (sorted by name) with `history`. The plan points into both arguments.
Plan make_plan(const std::vector<Migration>& local, const std::vector<db::HistoryRow>& history);

}  // namespace qdb::migrate
