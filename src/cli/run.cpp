#include "cli/run.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "cli/app.hpp"
#include "cli/command_table.hpp"
#include "cli/completion_command.hpp"
#include "config/redact.hpp"
#include "base/error.hpp"
#include "base/located_error.hpp"
#include "output/json_report.hpp"
#include "output/log.hpp"
#include "util/closest_word.hpp"

namespace qdb::cli {
namespace {

struct Prescan {
  std::string config;
  bool json = false;
  bool no_color = false;
  bool quiet = false;
};

// Options that decide how errors are shown and which qdb.toml to read are needed before the
// command tree can be built (profiles come from qdb.toml).
Prescan prescan(const std::vector<std::string>& args) {
  Prescan p;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") break;
    if (a == "--json") p.json = true;
    if (a == "--no-color") p.no_color = true;
    if (a == "-q" || a == "--quiet") p.quiet = true;
    if (a == "--config" && i + 1 < args.size()) p.config = args[i + 1];
    if (a.rfind("--config=", 0) == 0) p.config = a.substr(9);
  }
  return p;
}

// `path` as messages name it: relative to `cwd` when it lies below it.
std::string label_for(const std::filesystem::path& path, const std::filesystem::path& cwd) {
  std::string label = path.lexically_relative(cwd).string();
  if (label.empty() || label.rfind("..", 0) == 0) label = path.string();
  return label;
}

config::ProjectConfig load_project(os::System& system, const Prescan& pre, const std::filesystem::path& cwd,
                                   std::vector<Diagnostic>& diagnostics, std::string& source) {
  std::filesystem::path root = cwd;
  std::optional<std::filesystem::path> file;
  if (!pre.config.empty()) {
    file = (cwd / pre.config).lexically_normal();
    root = file->parent_path();
    if (system.file_type(*file) != os::FileType::kRegular) {
      throw Error(ErrorKind::kConfig, "--config " + pre.config + ": no such file",
                  "give the path of an existing qdb.toml, or leave --config out to search upward from here");
    }
  } else {
    file = config::find_config_file(system, cwd, root);
  }
  const bool prisma_layout = config::uses_prisma_layout(system, root);
  if (!file) return config::default_project_config(root, prisma_layout);
  source = system.read_file(*file).bytes;
  config::ProjectConfig project =
      config::parse_project_config(root, label_for(*file, cwd), source, diagnostics, prisma_layout);
  project.file = file;
  return project;
}

// The profile and command the envelope names: what the command line selected, or, when it
// failed before CLI11 finished, the words given where they name a known profile and command.
void name_run(output::RunOutcome& outcome, const Invocation& invocation, const std::vector<std::string>& args,
              const config::ProjectConfig* project) {
  if (!invocation.profile.empty()) outcome.profile = invocation.profile;
  if (!invocation.command.empty()) outcome.command = invocation.command;
  const std::vector<std::string> words = positional_words(args);
  if (!outcome.profile && !words.empty() && project != nullptr && project->find_profile(words[0]) != nullptr) {
    outcome.profile = words[0];
  }
  if (!outcome.command && words.size() >= 3 && words[1] == "db" && find_command(words[2]) != nullptr) {
    outcome.command = words[2];
  }
}

std::string known_profiles(const config::ProjectConfig& project) {
  std::string list;
  for (const auto& [name, profile] : project.profiles) list += (list.empty() ? "" : ", ") + name;
  return list;
}

// " (did you mean \"prod\"?)" for the nearest of `names` within two edits, else "".
std::string did_you_mean(const std::string& word, const std::vector<std::string>& names) {
  const std::string best = util::closest_word(word, names);
  return best.empty() ? "" : " (did you mean \"" + best + "\"?)";
}

// The long flags of the command given and of the groups above it, as `--name`: what a mistyped
// flag is compared with.
std::vector<std::string> long_flags(const CLI::App& app) {
  std::vector<std::string> flags;
  const CLI::App* level = &app;
  while (level) {
    for (const CLI::Option* option : level->get_options()) {
      for (const std::string& name : option->get_lnames()) flags.push_back("--" + name);
    }
    const std::vector<CLI::App*> parsed = level->get_subcommands();
    level = parsed.empty() ? nullptr : parsed.front();
  }
  return flags;
}

// Names an unknown profile, group or command precisely; CLI11 alone would only say that a
// subcommand is required.
void check_words(const std::vector<std::string>& words, const std::vector<std::string>& args,
                 const config::ProjectConfig& project) {
  if (words.empty()) return;
  if (project.find_profile(words[0]) == nullptr) {
    // `--wait abc`: the word was meant as the option's value.
    for (size_t i = 0; i + 1 < args.size(); ++i) {
      if (args[i] == "--wait" && args[i + 1] == words[0]) {
        throw Error(ErrorKind::kUsage, "--wait expects seconds, not \"" + words[0] + "\"",
                    "write --wait 30 (or --wait=30), or --wait alone for the default of 30 seconds");
      }
    }
    std::vector<std::string> names;
    for (const auto& [name, profile] : project.profiles) names.push_back(name);
    throw Error(ErrorKind::kUsage,
                "unknown profile \"" + words[0] + "\"" + did_you_mean(words[0], names) + " (known profiles: " +
                    known_profiles(project) + ")",
                "run `qdb --help` for usage; define new profiles in qdb.toml as [profiles." + words[0] +
                    "] with extends = \"prod\" or \"dev\"");
  }
  if (words.size() < 2) return;
  if (words[1] != "db") {
    throw Error(ErrorKind::kUsage, "unknown command group \"" + words[1] + "\": commands are `qdb " + words[0] +
                                       " db <command>`",
                "run `qdb " + words[0] + " db --help` for the commands");
  }
  if (words.size() < 3 || find_command(words[2]) != nullptr) return;
  std::string list;
  std::vector<std::string> names;
  for (const Command& c : command_table()) {
    list += (list.empty() ? "" : ", ") + c.name;
    names.push_back(c.name);
  }
  throw Error(ErrorKind::kUsage,
              "unknown command \"" + words[2] + "\"" + did_you_mean(words[2], names) + " (commands: " + list + ")",
              "run `qdb " + words[0] + " db --help` for what each command does");
}

// CLI11 lists the arguments it did not expect last first (it parses the command line reversed):
// they are named here in the order they were given.
std::string unexpected_arguments(const std::vector<std::string>& extras, const std::vector<std::string>& args,
                                 const std::string& fallback) {
  std::vector<bool> taken(args.size(), false);
  std::vector<size_t> positions;
  for (const std::string& extra : extras) {
    for (size_t i = 0; i < args.size(); ++i) {
      if (!taken[i] && args[i] == extra) {
        taken[i] = true;
        positions.push_back(i);
        break;
      }
    }
  }
  if (positions.empty() || positions.size() != extras.size()) return fallback;
  std::sort(positions.begin(), positions.end());
  std::string list;
  for (size_t i : positions) list += (list.empty() ? "" : " ") + args[i];
  return std::string(positions.size() > 1 ? "The following arguments were not expected: "
                                          : "The following argument was not expected: ") +
         list;
}

}  // namespace

int run_cli(const std::vector<std::string>& args, Environment& environment) {
  os::System& system = environment.system;
  const double started = system.now();
  // `qdb __complete ... --config qd` is asked while the last word is still being typed.
  const bool completing = !args.empty() && args[0] == "__complete";
  Prescan pre = prescan(completing ? std::vector<std::string>(args.begin(), args.end() - 1) : args);
  output::Console console(environment.err, environment.out, pre.json,
                          pre.quiet ? output::Console::Level::kQuiet : output::Console::Level::kNormal,
                          output::want_color(pre.no_color, system.variable("NO_COLOR"), system.variable("TERM"),
                                             system.stderr_is_terminal()));
  std::optional<config::ProjectConfig> project;
  Invocation invocation;
  output::JsonReport report;
  std::optional<Error> failure;
  output::Json failure_json;  // built where the error is caught: a copy would lose LocatedError's fields
  int code = exit_code::kOk;
  try {
    std::vector<Diagnostic> config_diagnostics;
    std::string config_source;
    project = load_project(system, pre, environment.cwd, config_diagnostics, config_source);

    CLI::App app;
    build_cli(app, invocation, *project);
    if (args.empty()) {
      // No command at all: the usage, on stderr since it is not the output of a command.
      environment.err << app.help();
      return exit_code_for(ErrorKind::kUsage);
    }
    if (std::optional<int> completed = run_completion_request(args, app, *project, system, environment.out)) {
      return *completed;
    }
    check_words(positional_words(args), args, *project);
    try {
      std::vector<std::string> reversed(args.rbegin(), args.rend());
      app.parse(reversed);
    } catch (const CLI::CallForHelp& e) {
      environment.out << app.help();
      return 0;
    } catch (const CLI::CallForAllHelp& e) {
      environment.out << app.help("", CLI::AppFormatMode::All);
      return 0;
    } catch (const CLI::CallForVersion& e) {
      environment.out << e.what() << '\n';
      return 0;
    } catch (const CLI::ExtrasError& e) {
      const std::vector<std::string> extras = app.remaining(true);
      std::string hint = "run `qdb --help` (or `qdb <profile> db --help`) for usage";
      // `resolve NAME`: the name belongs after the flag that says what happened to it.
      const auto resolve = std::find(args.begin(), args.end(), "resolve");
      if (extras.size() == 1 && resolve - args.begin() >= 2 && *(resolve - 1) == "db") {
        hint = "name the migration after --applied or --rolled-back, e.g. `qdb " + *(resolve - 2) +
               " db resolve --applied " + extras.front() + "`";
      }
      std::string message = unexpected_arguments(extras, args, e.what());
      if (extras.size() == 1 && extras.front().starts_with("--")) message += did_you_mean(extras.front(), long_flags(app));
      throw Error(ErrorKind::kUsage, message, hint);
    } catch (const CLI::ParseError& e) {
      throw Error(ErrorKind::kUsage, e.what(), "run `qdb --help` (or `qdb <profile> db --help`) for usage");
    }
    if (has_errors(config_diagnostics)) {
      // A line of qdb.toml may hold a URL with its password (an unterminated shadow_database_url):
      // the quoted source lines and the messages never show it.
      for (Diagnostic& d : config_diagnostics) d.message = config::redact_connection_strings(d.message);
      report.set_diagnostics(config_diagnostics);
      const Diagnostic& first = *std::find_if(config_diagnostics.begin(), config_diagnostics.end(),
                                              [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::kError; });
      throw LocatedError(ErrorKind::kConfig, "qdb.toml has errors",
                         "fix the settings named above; docs/configuration.md lists them all",
                         config::redact_connection_strings(format_diagnostics(config_diagnostics, config_source)),
                         first.file, first.line, first.column);
    }

    const config::Profile& profile = *project->find_profile(invocation.profile);
    const Command* command = find_command(invocation.command);
    if (command == nullptr) throw Error(ErrorKind::kInternal, "no command was selected");
    // The guard for destructive commands lives here, before any connection or file is touched.
    if (command->destructive && !profile.allow_destructive) {
      throw Error(ErrorKind::kRefused,
                  "`qdb " + profile.name + " db " + command->name + "` is destructive, and profile \"" + profile.name +
                      "\" does not allow destructive commands (allow_destructive = false)",
                  "run it in a development profile (`qdb dev db " + command->name +
                      "`); a profile allows it only with allow_destructive = true in its [profiles." + profile.name +
                      "] table of qdb.toml");
    }
    auto level = invocation.global.quiet          ? output::Console::Level::kQuiet
                 : invocation.global.verbose >= 2 ? output::Console::Level::kDebug
                 : invocation.global.verbose == 1 ? output::Console::Level::kVerbose
                                                  : output::Console::Level::kNormal;
    output::Console command_console(environment.err, environment.out, invocation.global.json, level, console.color());
    output::init_logging(invocation.global.quiet ? 0 : invocation.global.verbose, environment.err);
    Context context(invocation, *project, profile, command_console, report, environment.out, environment.system,
                    environment.connector, environment.maintenance);
    context.cwd = environment.cwd;
    context.catalog = environment.catalog;
    context.exits_after_run = environment.exits_after_run;
    code = command->run(context);
  } catch (const Error& e) {
    failure = e;
    failure_json = output::error_json(e);
  } catch (const std::exception& e) {
    failure = Error(ErrorKind::kInternal, std::string("unexpected error: ") + e.what(),
                    "this is a bug in qdb; please report it with the command you ran");
    failure_json = output::error_json(*failure);
  }
  if (failure) {
    console.error(failure->what(), failure->hint(), failure->detail());
    code = exit_code_for(failure->kind());
  }
  if (pre.json) {
    output::RunOutcome outcome;
    name_run(outcome, invocation, args, project ? &*project : nullptr);
    outcome.exit_code = code;
    outcome.duration_ms = std::llround((system.now() - started) * 1000.0);
    outcome.error = std::move(failure_json);
    // Text from files and servers need not be UTF-8: invalid bytes become U+FFFD instead of failing.
    environment.out << report.document(outcome).dump(2, ' ', false, output::Json::error_handler_t::replace) << '\n';
  }
  return code;
}

}  // namespace qdb::cli
