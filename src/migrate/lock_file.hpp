#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"

namespace qdb::migrate {

/// The lock file's name inside the migrations folder.
inline constexpr std::string_view kLockFileName = "migration_lock.toml";

/// The only provider qdb accepts in the lock file.
inline constexpr std::string_view kPostgresProvider = "postgresql";

/// What migration_lock.toml says.
struct ParsedLockFile {
  std::optional<std::string> provider;  // the provider value when it is present and a string
  std::vector<Diagnostic> diagnostics;  // errors: bad TOML, no provider, provider not "postgresql"
};

/// Parses migration_lock.toml (TOML with a top-level `provider = "..."`; other keys are ignored,
/// as Prisma does). A provider other than "postgresql" is an error located at its value. Never
/// throws on bad input.
ParsedLockFile parse_lock_file(std::string_view file_name, std::string_view text);

/// The lock file Prisma writes for PostgreSQL, byte for byte, for commands that create it.
std::string render_lock_file();

}  // namespace qdb::migrate
