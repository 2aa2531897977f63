#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.hpp"
#include "os/system.hpp"

namespace qdb::config {

/// What to do when a check before applying finds something odd.
enum class Policy { kWarn, kError };

/// A named set of behaviours chosen with `qdb <profile> ...`.
/// A duration as qdb.toml and --lock-timeout write it: "5s", "500ms", "2m" (or "2min"), or plain
/// seconds ("2.5"), in seconds; nullopt when it is none of those.
std::optional<double> parse_duration(const std::string& text);

struct Profile {
  std::string name;
  std::string description;
  bool allow_destructive = false;
  std::string node_env;                      // NODE_ENV implied when the shell has none
  Policy edited = Policy::kWarn;             // applied migration whose file changed
  Policy out_of_order = Policy::kWarn;       // pending migration sorting before an applied one
  Policy missing = Policy::kError;           // applied migration whose folder is not there (wrong folder?)
  bool create_database = false;              // migrate creates a missing database
  bool use_local_server = false;             // no DATABASE_URL: use the project's local server
  std::optional<double> lock_timeout_seconds;
};

/// What `generate-types` writes ([generate] in qdb.toml).
struct GenerateConfig {
  std::optional<std::filesystem::path> typescript;  // absent: no TypeScript file
  std::string runtime = "prisma";                   // "prisma" (Prisma Client values) or "pg" (node-postgres)
  bool kysely = false;                              // also a Kysely `DB` interface
  std::optional<std::filesystem::path> cpp;         // absent: no C++ header
  std::string cpp_namespace = "db";
};

/// `[seed]`: what `reset` runs after re-applying the migrations. At most one of the two is set.
struct SeedConfig {
  std::optional<std::string> sql;       // a SQL file, relative to the project root, run in one transaction
  std::optional<std::string> command;   // a shell command, run in the project root with DATABASE_URL set
};

/// `[local]`: the project's own PostgreSQL server (`qdb dev db start`).
struct LocalConfig {
  bool tcp = false;                     // also listen on 127.0.0.1 on a free port
};

/// The project's settings: qdb.toml when present, defaults otherwise. Paths are absolute.
struct ProjectConfig {
  std::filesystem::path root;                   // folder of qdb.toml, else the repository root, else cwd
  std::optional<std::filesystem::path> file;    // the qdb.toml that was read
  std::filesystem::path schema_path;            // a .prisma file or a folder of them
  std::filesystem::path migrations_path;
  std::optional<std::string> target_schema;     // overrides DATABASE_URL's ?schema=
  std::string url_variable = "DATABASE_URL";
  bool url_variable_set = false;                // [database] url_env given: wins over the schema's env("...")
  // [database] shadow_database_url: the database `db diff --from-migrations` replays into (emptied,
  // never dropped), a URL or env("NAME"); absent: a temporary database on the target's server.
  std::optional<std::string> shadow_database_url;
  double lock_timeout_seconds = 10.0;
  std::vector<std::string> env_files;           // env file names, highest precedence first; {NODE_ENV} expands
  std::map<std::string, Profile> profiles;      // dev and prod always present
  GenerateConfig generate;
  SeedConfig seed;
  LocalConfig local;

  /// The profile called `name`, or nullptr.
  const Profile* find_profile(const std::string& name) const;
};

/// The built-in profiles `dev` and `prod`.
std::map<std::string, Profile> builtin_profiles();

/// Parses qdb.toml text on top of the defaults for a project rooted at `root`.
/// Unknown keys, wrong types and bad values are diagnostics with line and column; on any
/// error the returned config is still usable as defaults.
/// `prisma_layout`: the defaults are the Prisma CLI's folders (see uses_prisma_layout).
ProjectConfig parse_project_config(const std::filesystem::path& root, const std::string& file_name,
                                   const std::string& text, std::vector<Diagnostic>& diagnostics,
                                   bool prisma_layout = false);

/// The defaults for a project rooted at `root` (no qdb.toml): schema/ and migrations/, or with
/// `prisma_layout` prisma/schema.prisma and prisma/migrations/.
ProjectConfig default_project_config(const std::filesystem::path& root, bool prisma_layout = false);

/// True when a project is still laid out for the Prisma CLI: `root` has no schema/ but has
/// prisma/schema.prisma. Such a project works as it is.
bool uses_prisma_layout(const os::System& system, const std::filesystem::path& root);

/// Finds qdb.toml from `start` upward, stopping at the first folder that holds `.git`.
/// Returns the folder where the search settled as the project root in `root`.
std::optional<std::filesystem::path> find_config_file(const os::System& system, const std::filesystem::path& start,
                                                      std::filesystem::path& root);

}  // namespace qdb::config
