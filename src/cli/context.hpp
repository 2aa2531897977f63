#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "cli/invocation.hpp"
#include "config/project_config.hpp"
#include "db/database.hpp"
#include "output/console.hpp"

namespace qdb::output {
class JsonReport;
}

namespace qdb::cli {

/// Reads a variable of the process environment (std::nullopt when unset).
using EnvLookup = std::function<std::optional<std::string>(const std::string&)>;

/// Everything a command needs from the outside world, passed in by `main` (or by a test).
class Context {
 public:
  Context(const Invocation& invocation, const config::ProjectConfig& project, const config::Profile& profile,
          output::Console& console, output::JsonReport& report, std::ostream& out, EnvLookup env,
          db::Connector connector, db::MaintenanceConnector maintenance)
      : invocation(invocation), project(project), profile(profile), console(console), report(report), out(out),
        env(std::move(env)), connector(std::move(connector)), maintenance(std::move(maintenance)) {}

  const Invocation& invocation;
  const config::ProjectConfig& project;
  const config::Profile& profile;
  output::Console& console;
  /// The command's fields for --json (output/json_report.hpp), set whether or not --json was
  /// given; run_cli writes the one document, with the envelope, when the run ends.
  output::JsonReport& report;
  std::ostream& out;  // stdout: a command's result (never with --json: the document is all)
  EnvLookup env;
  db::Connector connector;
  db::MaintenanceConnector maintenance;  // for creating a missing database
  std::filesystem::path cwd;  // where qdb was started: paths in messages are relative to it
  bool exits_after_run = false;  // see Environment::exits_after_run
};

}  // namespace qdb::cli
