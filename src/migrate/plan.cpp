#include "migrate/plan.hpp"

#include <map>
#include <set>
#include <string_view>
#include <unordered_set>

#include "migrate/checksum.hpp"

namespace qdb::migrate {

Plan make_plan(const std::vector<Migration>& local, const std::vector<db::HistoryRow>& history) {
  Plan plan;
  // Views into the arguments, which outlive the plan: no copies of a long history's names.
  std::map<std::string_view, const db::HistoryRow*> applied_rows;  // the latest applied row per name
  std::set<std::string_view> failed_names;
  for (const db::HistoryRow& row : history) {
    if (row.applied()) applied_rows[row.migration_name] = &row;
    if (row.failed()) {
      failed_names.insert(row.migration_name);
      plan.failed.push_back(&row);
    }
  }
  const std::string_view last_applied = applied_rows.empty() ? std::string_view() : applied_rows.rbegin()->first;

  std::unordered_set<std::string_view> on_disk;
  on_disk.reserve(local.size());
  for (const Migration& m : local) {
    on_disk.insert(m.name);
    auto applied = applied_rows.find(m.name);
    if (applied != applied_rows.end()) {
      plan.applied.push_back(&m);
      // Equal checksums (the usual case) need no second hash of the file.
      const std::string& recorded = applied->second->checksum;
      if (recorded != m.checksum && !checksum_matches(recorded, m.sql)) plan.edited.push_back({&m, applied->second});
      continue;
    }
    if (failed_names.count(m.name) != 0) continue;
    plan.pending.push_back(&m);
    if (m.name < last_applied) plan.out_of_order.push_back(&m);
  }
  for (const auto& [name, row] : applied_rows) {
    if (on_disk.count(name) == 0) plan.missing.push_back(row);
  }
  return plan;
}

}  // namespace qdb::migrate
