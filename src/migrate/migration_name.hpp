#pragma once

#include <string>

namespace qdb::migrate {

/// The name `prisma migrate dev --name NAME` gives a migration: NAME slugified as Prisma 6.19 does
/// (with @sindresorhus/slugify and `_` as the separator): `&` becomes "and", German umlauts and ß
/// are spelt out (ä → ae), other accented Latin letters lose their accent, camelCase and
/// acronyms are split into words (addUserEmail → add_user_email, HTTPServer2 → http_server2),
/// everything is lower-cased, `don't` becomes `dont`, each run of other characters becomes one
/// `_`, leading and trailing `_` are dropped, and the result is cut to 200 bytes. Letters of
/// other scripts are not transliterated (Prisma spells some of them in Latin letters): they
/// count as separators. May return "" (a name of punctuation only).
std::string normalize_migration_name(const std::string& name);

/// The folder of a new migration: `<YYYYMMDDHHMMSS>_<name>` in UTC for `unix_seconds`, or the
/// timestamp alone for an empty name, as Prisma's schema engine names it.
std::string migration_folder_name(long long unix_seconds, const std::string& normalized_name);

/// The time a new migration's folder is named for: `unix_seconds`, or when `last_name` (the
/// folder that sorts last today) starts with the same or a later `YYYYMMDDHHMMSS`, the first time
/// whose stamp sorts after that one, so that the new folder sorts after it: one second later, or
/// for a hand-made stamp that is no time (day 00, month 13, hour 24), the next time that exists.
long long next_migration_time(long long unix_seconds, const std::string& last_name);

}  // namespace qdb::migrate
