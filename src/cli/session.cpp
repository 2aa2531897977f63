#include "cli/session.hpp"

#include <fstream>
#include <sstream>
#include <thread>

#include "config/database_url.hpp"
#include "config/environment.hpp"
#include "migrate/checksum.hpp"
#include "output/error.hpp"

namespace qdb::cli {

db::ConnectionSettings connection_settings(Context& context) {
  config::DiskFileReader files;
  config::Environment environment = config::Environment::load(
      context.project.root, context.profile.node_env,
      [&context](std::string_view name) { return context.env(std::string(name)); }, files);
  std::optional<std::string> flag;
  if (!context.invocation.global.url.empty()) flag = context.invocation.global.url;
  // Lines of env files that could not be parsed are skipped, as Prisma's dotenv does, but shown.
  if (!environment.diagnostics().empty()) context.console.warn(environment.format_diagnostics());
  config::SourcedValue url = config::resolve_database_url(environment, context.project.url_variable, flag);
  config::DatabaseUrl parsed = config::DatabaseUrl::parse(url.value, url.describe(context.project.url_variable));
  context.console.verbose("Using " + url.describe(context.project.url_variable));
  db::ConnectionSettings s;
  s.conninfo = parsed.conninfo();
  s.redacted_url = parsed.redacted();
  s.schema = context.project.target_schema.value_or(parsed.schema());
  s.password = parsed.password();
  s.database = parsed.parameter("dbname").value_or("");
  s.set_search_path = !parsed.search_path_in_options();
  return s;
}

std::unique_ptr<db::Database> open_database(Context& context, const db::ConnectionSettings& settings) {
  return context.connector(settings);
}

std::vector<migrate::Migration> load_migrations(Context& context, bool) {
  std::vector<migrate::Migration> out;
  const auto& dir = context.project.migrations_path;
  if (!std::filesystem::is_directory(dir)) return out;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_directory()) continue;
    migrate::Migration m;
    m.name = entry.path().filename().string();
    m.path = display_path(context, entry.path() / "migration.sql");
    std::ifstream in(entry.path() / "migration.sql", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    m.sql = text.str();
    m.checksum = migrate::checksum_of(m.sql);
    out.push_back(std::move(m));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

std::string display_path(const Context& context, const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path relative = std::filesystem::relative(path, context.cwd, ec);
  if (ec || relative.empty()) return path.string();
  return relative.string();
}

}  // namespace qdb::cli
