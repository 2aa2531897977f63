#include "cli/app.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <memory>

#include "cli/command_table.hpp"
#include "cli/completion_command.hpp"
#include "qdb/version.hpp"

namespace qdb::cli {
namespace {

constexpr const char* kFooter =
    "Global options go before or after the command: --url, --config, --json, -v, -q, --no-color, --wait\n"
    "(see `qdb --help`).\n"
    "Exit codes: 0 success, 2 usage, 3 configuration, 4 schema, 5 migration files, 6 connection,\n"
    "7 lock timeout, 8 migration failed, 9 database state, 10 refused by profile, 11 aborted,\n"
    "12-14 status (pending, failed, drift), 15 stale generated files or unformatted schema (--check),\n"
    "16 diff --exit-code found a difference, 17 permission (the hint names the missing grant),\n"
    "18 a file could not be written.\n"
    "See docs/exit-codes.md.";

// The top level's usage line is qdb's own shape; CLI11's ("qdb [OPTIONS] SUBCOMMAND") would be a
// second, less useful one. Commands keep CLI11's.
class Formatter : public CLI::Formatter {
 public:
  std::string make_usage(const CLI::App* app, std::string name) const override {
    if (app->get_parent() == nullptr) return "Usage: qdb <profile> db <command> [options]\n";
    return CLI::Formatter::make_usage(app, std::move(name));
  }
};

// A number of seconds, said in those words: CLI11's own range check printed the largest double
// in 300 digits for `--wait abc`.
const CLI::Validator kSeconds(
    [](std::string& text) -> std::string {
      char* end = nullptr;
      const double value = std::strtod(text.c_str(), &end);
      if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value) || value < 0) {
        return "expects seconds, a number such as 30 (0 or more), not \"" + text + "\"";
      }
      return "";
    },
    "SECONDS");

void add_global_options(CLI::App& app, GlobalOptions& g) {
  app.add_option("--url", g.url, "Database URL; overrides DATABASE_URL from the environment and env files")
      ->group("Global options");
  app.add_option("--config", g.config, "Path to qdb.toml (default: found from the current folder upward)")
      ->type_name("FILE")
      ->group("Global options");
  app.add_flag("--json", g.json, "Print one JSON document on stdout, on success and on failure (docs/json-output.md); messages stay on stderr")
      ->group("Global options");
  app.add_flag("-v,--verbose", g.verbose, "More detail (repeat for debug output)")->group("Global options");
  app.add_flag("-q,--quiet", g.quiet, "Only errors on stderr: no progress lines; the result stays on stdout")->group("Global options");
  app.add_flag("--no-color", g.no_color, "No colour (also when NO_COLOR is set or stderr is not a terminal)")
      ->group("Global options");
  app.add_option_function<double>(
         "--wait", [&g](const double& seconds) { g.wait = seconds; },
         "Wait up to SECONDS (default 30 when given without a value) for the server to accept connections")
      ->type_name("[SECONDS]")
      ->expected(0, 1)
      ->default_str("30")
      ->check(kSeconds)
      ->group("Global options");
}

}  // namespace

std::string version_text() {
  std::string text = std::string("qdb ") + kVersion;
  if (*kGitCommit != '\0') text += std::string(" (git ") + kGitCommit + ")";
  return text;
}

void build_cli(CLI::App& app, Invocation& inv, const config::ProjectConfig& project) {
  app.name("qdb");
  app.description(
      "qdb " + std::string(kVersion) +
      ": schema migrations for PostgreSQL, compatible with Prisma Migrate's files and history table.");
  app.formatter(std::make_shared<Formatter>());
  app.set_version_flag("--version", version_text());
  app.footer(kFooter);
  app.require_subcommand(1);
  add_global_options(app, inv.global);

  for (const auto& [name, profile] : project.profiles) {
    CLI::App* p = app.add_subcommand(name, profile.description);
    p->fallthrough();
    p->require_subcommand(1);
    p->callback([&inv, name = name] { inv.profile = name; });
    CLI::App* db = p->add_subcommand("db", "Database commands");
    db->fallthrough();
    db->require_subcommand(1);
    for (const Command& command : command_table()) {
      std::string summary = command.summary;
      if (command.destructive && !profile.allow_destructive) summary += " (refused in this profile)";
      CLI::App* c = db->add_subcommand(command.name, summary);
      c->fallthrough();
      if (command.setup) command.setup(*c, inv);
      c->callback([&inv, name = command.name] { inv.command = name; });
    }
  }
  add_completion_command(app, project);
}

std::vector<std::string> positional_words(const std::vector<std::string>& args) {
  std::vector<std::string> words;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") break;
    // --wait takes an optional value: only a number after it is its value.
    if (a == "--wait" && i + 1 < args.size() && !args[i + 1].empty() &&
        (std::isdigit(static_cast<unsigned char>(args[i + 1][0])) || args[i + 1][0] == '.')) {
      ++i;
      continue;
    }
    // diff's folder options take an optional value: a word that is not an option.
    if ((a == "--from-migrations" || a == "--to-migrations") && i + 1 < args.size() && !args[i + 1].empty() &&
        args[i + 1][0] != '-') {
      ++i;
      continue;
    }
    if (a == "--url" || a == "--config" || a == "--lock-timeout" || a == "--timeout" || a == "--applied" ||
        a == "--rolled-back" || a == "--from-schema" || a == "--from-url" || a == "--to-schema" || a == "--to-url" ||
        a == "-o" || a == "--output") {
      ++i;  // the option's value
      continue;
    }
    if (!a.empty() && a[0] == '-') continue;
    words.push_back(a);
  }
  return words;
}

}  // namespace qdb::cli
