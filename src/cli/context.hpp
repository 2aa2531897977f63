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

namespace qdb::cli {

/// Reads a variable of the process environment (std::nullopt when unset).
using EnvLookup = std::function<std::optional<std::string>(const std::string&)>;

/// Everything a command needs from the outside world, passed in by `main` (or by a test).
class Context {
 public:
  Context(const Invocation& invocation, const config::ProjectConfig& project, const config::Profile& profile,
          output::Console& console, std::ostream& out, EnvLookup env, db::Connector connector,
          db::MaintenanceConnector maintenance)
      : invocation(invocation), project(project), profile(profile), console(console), out(out),
        env(std::move(env)), connector(std::move(connector)), maintenance(std::move(maintenance)) {}

  const Invocation& invocation;
  const config::ProjectConfig& project;
  const config::Profile& profile;
  output::Console& console;
  std::ostream& out;  // stdout: JSON and other data only
  EnvLookup env;
  db::Connector connector;
  db::MaintenanceConnector maintenance;  // for creating a missing database
  std::filesystem::path cwd;  // where qdb was started: paths in messages are relative to it
};

}  // namespace qdb::cli
