#pragma once

#include <filesystem>
#include <optional>
#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "cli/invocation.hpp"
#include "config/project_config.hpp"
#include "db/catalog.hpp"
#include "db/database.hpp"
#include "os/system.hpp"
#include "prisma/schema.hpp"
#include "output/console.hpp"

namespace qdb::output {
class JsonReport;
}

namespace qdb::cli {

/// Everything a command needs from the outside world, passed in by `main` (or by a test).
class Context {
 public:
  Context(const Invocation& invocation, const config::ProjectConfig& project, const config::Profile& profile,
          output::Console& console, output::JsonReport& report, std::ostream& out, os::System& system,
          db::Connector connector, db::MaintenanceConnector maintenance)
      : invocation(invocation), project(project), profile(profile), console(console), report(report), out(out),
        system(system), connector(std::move(connector)), maintenance(std::move(maintenance)) {}

  const Invocation& invocation;
  const config::ProjectConfig& project;
  const config::Profile& profile;
  output::Console& console;
  /// The command's fields for --json (output/json_report.hpp), set whether or not --json was
  /// given; run_cli writes the one document, with the envelope, when the run ends.
  output::JsonReport& report;
  std::ostream& out;  // stdout: a command's result (never with --json: the document is all)
  os::System& system;  // files, environment variables, processes, the clock: nothing else reaches them
  db::Connector connector;
  db::MaintenanceConnector maintenance;  // for creating a missing database (and shadow databases)
  db::CatalogConnector catalog;          // for reading a database's schema (inspect_database)
  std::filesystem::path cwd;  // where qdb was started: paths in messages are relative to it
  bool exits_after_run = false;  // see Environment::exits_after_run
  /// The target's settings once connection_settings() has resolved them, and whether they are the
  /// local server's: a run that asks several times resolves (and announces) them once.
  std::optional<db::ConnectionSettings> resolved_settings;
  bool resolved_from_local_server = false;
  /// The project schema's datasource block (nullopt inside: none, or no schema) once it has been
  /// read: the URL's variable, the shadow database and the inspector's scope all ask for it, and a
  /// run parses schema/ for it once (project_datasource() in cli/schema_files.hpp).
  std::optional<std::optional<prisma::Datasource>> datasource;
};

/// `path` relative to where qdb was started, for messages.
std::string display_path(const Context& context, const std::filesystem::path& path);

}  // namespace qdb::cli
