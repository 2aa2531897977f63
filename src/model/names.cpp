#include "model/names.hpp"

namespace qdb::model {

std::string constraint_name(std::string_view table, const std::vector<std::string>& columns,
                            std::string_view suffix) {
  size_t length = table.size() + suffix.size();
  for (const std::string& column : columns) length += 1 + column.size();
  std::string joined;
  joined.reserve(length);
  append_constraint_name(joined, table, columns, suffix);
  return joined;
}

std::string primary_key_name(std::string_view table) { return constraint_name(table, {}, "_pkey"); }

std::string unique_index_name(std::string_view table, const std::vector<std::string>& columns) {
  return constraint_name(table, columns, "_key");
}

std::string index_name(std::string_view table, const std::vector<std::string>& columns) {
  return constraint_name(table, columns, "_idx");
}

std::string foreign_key_name(std::string_view table, const std::vector<std::string>& columns) {
  return constraint_name(table, columns, "_fkey");
}

}  // namespace qdb::model
