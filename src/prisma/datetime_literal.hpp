#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace qdb::prisma {

/// Reads an RFC 3339 date-time as written in `@default("2024-01-31T12:00:00Z")` and returns it
/// the way Prisma writes it in SQL, without quotes: `2024-01-31 12:00:00 +00:00` (fractional
/// seconds kept as 3, 6 or 9 digits, only when not zero). Returns nothing when `text` is not a
/// valid RFC 3339 date-time.
std::optional<std::string> datetime_literal_sql(std::string_view text);

}  // namespace qdb::prisma
