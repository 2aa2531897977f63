#include "cli/completion_command.hpp"

#include <algorithm>

#include "base/error.hpp"
#include "cli/app.hpp"
#include "cli/command_table.hpp"
#include "cli/completion.hpp"
#include "cli/completion_scripts.hpp"

namespace qdb::cli {
namespace {

constexpr const char* kCompletionName = "completion";

// The migration folders on disk, in the order migrate applies them. Read only when the word
// under the cursor is a migration name; an unreadable folder offers nothing.
std::vector<std::string> migration_names(const os::System& system, const config::ProjectConfig& project) {
  os::ListResult listing = system.list_directory(project.migrations_path);
  std::vector<std::string> names;
  for (const os::DirEntry& entry : listing.entries) {
    if (entry.is_dir && !entry.name.empty() && entry.name[0] != '.') names.push_back(entry.name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

bool asks_for_help(const std::vector<std::string>& args) {
  return std::find(args.begin(), args.end(), "--help") != args.end() ||
         std::find(args.begin(), args.end(), "-h") != args.end();
}

std::string shell_list() {
  std::string list;
  for (const char* shell : kCompletionShells) list += (list.empty() ? "" : ", ") + std::string(shell);
  return list;
}

}  // namespace

void add_completion_command(CLI::App& app, const config::ProjectConfig& project) {
  if (project.find_profile(kCompletionName) != nullptr) {
    throw Error(ErrorKind::kConfig, "a profile cannot be called \"completion\": `qdb completion` prints shell completions",
                "rename [profiles.completion] in qdb.toml");
  }
  CLI::App* command = app.add_subcommand(kCompletionName, "Print the shell completion script (bash, zsh or fish)");
  std::vector<std::string> shells(std::begin(kCompletionShells), std::end(kCompletionShells));
  command->add_option("shell", "The shell: bash, zsh or fish")->check(CLI::IsMember(shells));
  command->group("Other commands");
}

std::optional<int> run_completion_request(const std::vector<std::string>& args, const CLI::App& app,
                                          const config::ProjectConfig& project, const os::System& system,
                                          std::ostream& out) {
  if (!args.empty() && args[0] == "__complete") {
    std::vector<std::string> words(args.begin() + 1, args.end());
    if (words.empty()) words.emplace_back();
    CompletionSources sources;
    sources.migration_names = [&system, &project] { return migration_names(system, project); };
    sources.refused = [&project](const std::string& profile_name, const std::string& command_name) {
      const config::Profile* profile = project.find_profile(profile_name);
      const Command* command = find_command(command_name);
      return profile != nullptr && command != nullptr && command->destructive && !profile->allow_destructive;
    };
    out << format_completion(complete(app, words, sources));
    return 0;
  }
  const std::vector<std::string> words = positional_words(args);
  if (words.empty() || words[0] != kCompletionName) return std::nullopt;
  if (asks_for_help(args)) {
    out << app.get_subcommand(kCompletionName)->help();
    return 0;
  }
  if (words.size() != 2) {
    throw Error(ErrorKind::kUsage, "`qdb completion` needs one shell: " + shell_list(),
                "e.g. `source <(qdb completion bash)`; docs/completion.md shows where each shell looks for it");
  }
  std::optional<std::string> script = completion_script(words[1]);
  if (!script) {
    throw Error(ErrorKind::kUsage, "no completion for shell \"" + words[1] + "\" (shells: " + shell_list() + ")",
                "run `qdb completion bash`, `qdb completion zsh` or `qdb completion fish`");
  }
  out << *script;
  return 0;
}

}  // namespace qdb::cli
