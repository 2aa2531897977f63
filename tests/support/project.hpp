#pragma once

#include <string>

#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace qdb::test {

/// A throw-away project folder: `migrations/` (with migration_lock.toml) and `schema/`.
class Project {
 public:
  /// An empty project, or one holding a copy of the repository's schema/ and migrations/.
  explicit Project(bool with_builtin = false);

  const std::filesystem::path& root() const { return dir_.path(); }
  /// Writes migrations/<name>/migration.sql.
  void add_migration(const std::string& name, const std::string& sql) const;
  /// Writes any file under the project.
  void write(const std::string& relative, const std::string& content) const { dir_.write(relative, content); }
  std::string read(const std::string& relative) const { return read_file(dir_.path() / relative); }

 private:
  TempDir dir_;
};

/// Runs qdb in the project's folder with DATABASE_URL unset, for commands that need no database.
ProcessResult run_qdb_in(const Project& project, const std::vector<std::string>& args);

/// The repository's migration file `migrations/<name>/migration.sql`.
std::string repo_migration(const std::string& name);

}  // namespace qdb::test
