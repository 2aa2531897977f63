// The migrations folder, read beside the connection attempt.
#include "cli/migration_reader.hpp"

#include "base/error.hpp"
#include "migrate/lock_file.hpp"

namespace qdb::cli {

MigrationReader::MigrationReader(Context& context) : context_(context) {
  const std::filesystem::path root = context.project.root;
  const std::string relative = context.project.migrations_path.lexically_normal().lexically_relative(root.lexically_normal()).string();
  // Discovery is pure (no console, no writes, only const file reads), so it can run beside the
  // connection attempt.
  const os::System& system = context.system;
  directory_ = std::async(std::launch::async,
                          [&system, root, relative] { return migrate::discover_migrations(system, root, relative); });
}

void MigrationReader::wait() {
  if (!dir_) dir_ = directory_.get();
}

void MigrationReader::throw_if_invalid() {
  wait();
  if (!has_errors(dir_->diagnostics)) return;
  std::string detail;
  for (const Diagnostic& d : dir_->diagnostics) {
    std::string source;
    if (d.line > 0) source = context_.system.read_file(context_.project.root / d.file).bytes;
    detail += format_diagnostic(d, source) + "\n";
  }
  throw Error(ErrorKind::kMigrationFiles,
              "the migrations folder " + display_path(context_, context_.project.migrations_path) + " has errors",
              "fix the files named above; nothing was applied", detail);
}

std::vector<migrate::Migration> MigrationReader::get(bool create_lock_file, bool missing_ok) {
  throw_if_invalid();
  if (!dir_->exists) {
    // Run from the wrong folder, a deploy would otherwise "apply 0 migrations" and pass.
    if (!missing_ok) {
      throw Error(ErrorKind::kMigrationFiles,
                  "no migrations folder at " + display_path(context_, context_.project.migrations_path),
                  "run qdb in the project's folder, or set `migrations` in qdb.toml to where the migrations are; "
                  "`qdb dev db migrate --name init` creates the folder from the schema");
    }
  } else if (dir_->lock_file.state == migrate::LockFileStatus::State::kMissing) {
    if (create_lock_file) {
      auto written = context_.system.write_file_atomically(context_.project.root / dir_->lock_file.path, migrate::render_lock_file());
      if (!written.ok) {
        throw Error(ErrorKind::kFileWrite, "cannot create " + dir_->lock_file.path + ": " + written.error);
      }
      context_.console.info("Created " + dir_->lock_file.path);
    } else {
      context_.console.verbose(dir_->lock_file.path + " is missing; `qdb dev db migrate` creates it");
    }
  }
  return std::move(dir_->migrations);
}

std::vector<migrate::Migration> load_migrations(Context& context, bool create_lock_file) {
  return MigrationReader(context).get(create_lock_file);
}

}  // namespace qdb::cli
