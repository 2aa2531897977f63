#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace qdb::model {

/// PostgreSQL's identifier limit in bytes (NAMEDATALEN - 1).
inline constexpr size_t kMaxIdentifierLength = 63;

/// `<table>_pkey`, the table name cut so the result fits in 63 bytes.
std::string primary_key_name(std::string_view table);

/// `<table>_<col>_<col>_key` for a unique index.
std::string unique_index_name(std::string_view table, const std::vector<std::string>& columns);

/// `<table>_<col>_<col>_idx` for an index.
std::string index_name(std::string_view table, const std::vector<std::string>& columns);

/// `<table>_<col>_<col>_fkey` for a foreign key.
std::string foreign_key_name(std::string_view table, const std::vector<std::string>& columns);

/// Joins `table` and `columns` with `_`, cuts the result (never inside a UTF-8 character) so
/// that with `suffix` it fits in 63 bytes, and appends the suffix. This is how Prisma names
/// constraints: the suffix always survives.
std::string constraint_name(std::string_view table, const std::vector<std::string>& columns,
                            std::string_view suffix);

/// constraint_name() appended to `out` (many names in one buffer); `columns` is any range of
/// strings or string views.
template <typename Columns>
void append_constraint_name(std::string& out, std::string_view table, const Columns& columns,
                            std::string_view suffix) {
  const size_t start = out.size();
  out.append(table);
  for (const auto& column : columns) {
    out += '_';
    out += column;
  }
  const size_t limit = kMaxIdentifierLength - suffix.size();
  if (out.size() - start > limit) {
    size_t cut = limit;
    // Step back over UTF-8 continuation bytes so the name stays valid text.
    while (cut > 0 && (static_cast<unsigned char>(out[start + cut]) & 0xC0) == 0x80) --cut;
    out.resize(start + cut);
  }
  out += suffix;
}

}  // namespace qdb::model
