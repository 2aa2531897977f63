#include "migrate/plan.hpp"

#include <map>

#include "migrate/checksum.hpp"

namespace qdb::migrate {

Plan make_plan(const std::vector<Migration>& local, const std::vector<db::HistoryRow>& history) {
  Plan plan;
  std::map<std::string, const db::HistoryRow*> applied_rows;  // the latest applied row per name
  std::map<std::string, const db::HistoryRow*> failed_rows;
  for (const db::HistoryRow& row : history) {
    if (row.applied()) applied_rows[row.migration_name] = &row;
    if (row.failed()) {
      failed_rows.emplace(row.migration_name, &row);
      plan.failed.push_back(&row);
    }
  }

  std::string last_applied;
  for (const auto& [name, row] : applied_rows) last_applied = std::max(last_applied, name);

  std::map<std::string, const Migration*> on_disk;
  for (const Migration& m : local) {
    on_disk[m.name] = &m;
    auto applied = applied_rows.find(m.name);
    if (applied != applied_rows.end()) {
      plan.applied.push_back(&m);
      // Equal checksums (the usual case) need no second hash of the file.
      if (applied->second->checksum != m.checksum && !checksum_matches(applied->second->checksum, m.sql)) plan.edited.push_back({&m, applied->second});
      continue;
    }
    if (failed_rows.count(m.name) != 0) continue;
    plan.pending.push_back(&m);
    if (m.name < last_applied) plan.out_of_order.push_back(&m);
  }
  for (const auto& [name, row] : applied_rows) {
    if (on_disk.count(name) == 0) plan.missing.push_back(row);
  }
  return plan;
}

}  // namespace qdb::migrate
