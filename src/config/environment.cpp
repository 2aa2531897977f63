#include "config/environment.hpp"

#include <algorithm>

#include "config/redact.hpp"
#include "base/error.hpp"

namespace qdb::config {
namespace {

bool is_file_name_safe(std::string_view name) {
  for (char c : name) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-';
    if (!ok) return false;
  }
  return !name.empty();
}

// The file's bytes, or nullopt when there is none.
std::optional<std::string> read_env_file(const os::System& system, const std::filesystem::path& path) {
  if (!system.exists(path)) return std::nullopt;
  os::ReadResult read = system.read_file(path);
  if (!read.ok) {
    throw Error(ErrorKind::kConfig, "cannot read " + path.string() + ": " + read.error,
                "check that it is a readable file");
  }
  return std::move(read.bytes);
}

}  // namespace

std::string SourcedValue::describe(std::string_view name) const {
  if (origin == "--url") return origin;
  return std::string(name) + " (from " + origin + ")";
}

std::vector<std::string> env_file_names(std::string_view node_env, const std::vector<std::string>& patterns) {
  static constexpr std::string_view kPlaceholder = "{NODE_ENV}";
  std::vector<std::string> names;
  for (std::string name : patterns) {
    for (size_t at = name.find(kPlaceholder); at != std::string::npos; at = name.find(kPlaceholder, at)) {
      name.replace(at, kPlaceholder.size(), node_env);
      at += node_env.size();
    }
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
  }
  return names;
}

Environment Environment::load(const std::filesystem::path& project_root,
                              std::string_view default_node_env, VariableLookup shell,
                              const os::System& system, const std::vector<std::string>& patterns) {
  Environment env;
  env.shell_ = std::move(shell);
  std::optional<std::string> shell_node_env = env.shell_ ? env.shell_("NODE_ENV") : std::nullopt;
  env.node_env_ = shell_node_env && !shell_node_env->empty() ? *shell_node_env
                                                              : std::string(default_node_env);
  if (!is_file_name_safe(env.node_env_)) {
    throw Error(ErrorKind::kConfig,
                "NODE_ENV \"" + env.node_env_ + "\" cannot name an env file (.env.<NODE_ENV>)",
                "use letters, digits, '_' and '-', e.g. NODE_ENV=development");
  }

  // Earlier sources outrank later ones, so a reference in a later file sees their values.
  VariableLookup outranking = [&env](std::string_view name) -> std::optional<std::string> {
    if (env.shell_) {
      if (auto value = env.shell_(name)) return value;
    }
    for (const auto& variable : env.file_variables_) {
      if (variable.key == name) return variable.value.value;
    }
    return std::nullopt;
  };

  env.files_considered_ = env_file_names(env.node_env_, patterns);
  for (const auto& name : env.files_considered_) {
    std::optional<std::string> text = read_env_file(system, project_root / name);
    if (!text) continue;
    DotenvFile parsed = parse_dotenv(name, *text, DotenvLookups{outranking, {}});
    env.files_read_.push_back(name);
    env.file_texts_.push_back(std::move(*text));
    for (auto& diagnostic : parsed.diagnostics) env.diagnostics_.push_back(std::move(diagnostic));
    for (auto& entry : parsed.entries) {
      bool set_earlier = false;
      for (const auto& variable : env.file_variables_) set_earlier |= variable.key == entry.key;
      if (set_earlier) continue;
      env.file_variables_.push_back(
          {entry.key, {std::move(entry.value), name + ":" + std::to_string(entry.line)}});
    }
  }
  return env;
}

std::optional<SourcedValue> Environment::get(std::string_view name) const {
  if (shell_) {
    if (auto value = shell_(name)) return SourcedValue{std::move(*value), "environment"};
  }
  for (const auto& variable : file_variables_) {
    if (variable.key == name) return variable.value;
  }
  return std::nullopt;
}

VariableLookup Environment::lookup() const {
  return [this](std::string_view name) -> std::optional<std::string> {
    auto value = get(name);
    if (!value) return std::nullopt;
    return std::move(value->value);
  };
}

std::string Environment::format_diagnostics() const {
  std::string out;
  for (const auto& diagnostic : diagnostics_) {
    std::string_view source;
    for (size_t i = 0; i < files_read_.size(); ++i) {
      if (files_read_[i] == diagnostic.file) source = file_texts_[i];
    }
    out += format_diagnostic(diagnostic, source);
    out += '\n';
  }
  return redact_connection_strings(out);
}

std::string Environment::list_diagnostics() const {
  std::string out;
  for (const auto& d : diagnostics_) {
    out += d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message + "\n";
  }
  return redact_connection_strings(out);
}

bool Environment::malformed_line_may_set(std::string_view variable) const {
  for (const auto& diagnostic : diagnostics_) {
    std::string_view source;
    for (size_t i = 0; i < files_read_.size(); ++i) {
      if (files_read_[i] == diagnostic.file) source = file_texts_[i];
    }
    // The diagnostic's line of the file.
    size_t start = 0;
    for (int line = 1; line < diagnostic.line && start != std::string_view::npos; ++line) {
      start = source.find('\n', start);
      if (start != std::string_view::npos) ++start;
    }
    if (start == std::string_view::npos || start >= source.size()) return true;
    const std::string_view text = source.substr(start, source.find('\n', start) - start);
    if (text.find(variable) != std::string_view::npos) return true;
  }
  return false;
}

SourcedValue resolve_database_url(const Environment& environment, std::string_view variable,
                                  const std::optional<std::string>& url_flag) {
  if (url_flag) return SourcedValue{*url_flag, "--url"};
  if (auto value = environment.get(variable)) return *value;

  std::string looked_in = "the environment";
  for (const auto& name : environment.files_considered()) looked_in += ", " + name;
  std::string detail;
  if (has_errors(environment.diagnostics())) {
    detail = "The env files have malformed lines, which were skipped:\n" +
             environment.format_diagnostics();
  }
  throw Error(ErrorKind::kConfig,
              std::string(variable) + " is not set (looked in " + looked_in + ")",
              "set " + std::string(variable) +
                  " in .env, e.g. " + std::string(variable) +
                  "=postgresql://USER:PASSWORD@HOST:5432/DATABASE, export it, or pass --url",
              std::move(detail));
}

}  // namespace qdb::config
