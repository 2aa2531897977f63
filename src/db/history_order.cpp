#include <string_view>
#include <unordered_set>

#include "db/database.hpp"

namespace qdb::db {

bool history_order_matters(const std::vector<HistoryRow>& rows) {
  std::unordered_set<std::string_view> names;
  names.reserve(rows.size());
  for (const HistoryRow& row : rows) {
    if (row.failed() || !names.insert(row.migration_name).second) return true;
  }
  return false;
}

}  // namespace qdb::db
