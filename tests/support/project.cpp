#include "support/project.hpp"

namespace qdb::test {

Project::Project(bool with_builtin) {
  const std::filesystem::path source = QDB_SOURCE_DIR;
  if (with_builtin) {
    std::filesystem::copy(source / "migrations", dir_.path() / "migrations", std::filesystem::copy_options::recursive);
    std::filesystem::copy(source / "schema", dir_.path() / "schema", std::filesystem::copy_options::recursive);
  } else {
    dir_.write("migrations/migration_lock.toml", "provider = \"postgresql\"\n");
  }
  // Stops the search for qdb.toml and .env files at the project itself.
  std::filesystem::create_directories(dir_.path() / ".git");
}

void Project::add_migration(const std::string& name, const std::string& sql) const {
  dir_.write("migrations/" + name + "/migration.sql", sql);
}

ProcessResult run_qdb_in(const Project& project, const std::vector<std::string>& args) {
  ProcessOptions options;
  options.cwd = project.root();
  options.env["DATABASE_URL"] = std::nullopt;
  return run_qdb(args, options);
}

std::string repo_migration(const std::string& name) {
  return read_file(std::filesystem::path(QDB_SOURCE_DIR) / "migrations" / name / "migration.sql");
}

}  // namespace qdb::test
