#include "cli/completion.hpp"

#include <cctype>

namespace qdb::cli {
namespace {

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

bool is_number(const std::string& word) {
  return !word.empty() && (std::isdigit(static_cast<unsigned char>(word[0])) || word[0] == '.');
}

// The option `word` names in `app` or a command above it (global options sit on the root and are
// accepted after any command).
const CLI::Option* find_option(const CLI::App* app, const std::string& word) {
  for (; app != nullptr; app = app->get_parent()) {
    for (const CLI::Option* option : app->get_options()) {
      if (!option->nonpositional()) continue;
      for (const std::string& name : option->get_lnames()) {
        if (word == "--" + name) return option;
      }
      for (const std::string& name : option->get_snames()) {
        if (word == "-" + name) return option;
      }
    }
  }
  return nullptr;
}

bool requires_value(const CLI::Option& option) {
  return option.get_type_size_max() > 0 && option.get_expected_min() > 0;
}

bool optional_value(const CLI::Option& option) {
  return option.get_type_size_max() > 0 && option.get_expected_min() == 0;
}

const CLI::App* find_subcommand(const CLI::App* app, const std::string& word) {
  for (const CLI::App* sub : app->get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->get_name() == word) return sub;
  }
  return nullptr;
}

// "{mermaid,dot}" in a type name such as "TEXT:{mermaid,dot}" (CLI::IsMember writes it so).
std::vector<std::string> choices_of(const std::string& type_name) {
  std::vector<std::string> choices;
  const size_t open = type_name.find('{');
  const size_t close = type_name.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return choices;
  std::string item;
  for (size_t i = open + 1; i <= close; ++i) {
    if (type_name[i] == ',' || i == close) {
      if (!item.empty()) choices.push_back(item);
      item.clear();
    } else if (type_name[i] != ' ') {
      item += type_name[i];
    }
  }
  return choices;
}

// Each value once: every level of the tree has its own --help.
void add_if_prefixed(Completion& out, const std::string& word, const std::string& value,
                     const std::string& description) {
  if (!starts_with(value, word)) return;
  for (const CompletionCandidate& c : out.candidates) {
    if (c.value == value) return;
  }
  out.candidates.push_back({value, description});
}

Completion complete_value(const CLI::Option& option, const std::string& word, const CompletionSources& sources) {
  Completion out;
  const std::string type = option.get_type_name();
  if (starts_with(type, "FILE")) {
    out.files = true;
  } else if (starts_with(type, "MIGRATION")) {
    if (sources.migration_names) {
      for (const std::string& name : sources.migration_names()) add_if_prefixed(out, word, name, "migration");
    }
  } else {
    for (const std::string& choice : choices_of(type)) add_if_prefixed(out, word, choice, "");
  }
  return out;
}

Completion complete_option_name(const CLI::App* app, const std::string& word) {
  Completion out;
  for (const CLI::App* level = app; level != nullptr; level = level->get_parent()) {
    for (const CLI::Option* option : level->get_options()) {
      if (!option->nonpositional() || option->get_group().empty()) continue;
      for (const std::string& name : option->get_lnames()) {
        add_if_prefixed(out, word, "--" + name, option->get_description());
      }
    }
  }
  return out;
}

// `profile` is the profile named on the line ("" before it): a command it refuses is not offered.
Completion complete_word(const CLI::App* app, const std::string& word, const std::string& profile,
                         const CompletionSources& sources) {
  Completion out;
  const bool commands = !profile.empty() && app->get_parent() != nullptr && app->get_parent()->get_name() == profile;
  for (const CLI::App* sub : app->get_subcommands([](const CLI::App*) { return true; })) {
    // CLI11 hides a subcommand by giving it no group.
    if (sub->get_group().empty()) continue;
    if (commands && sources.refused && sources.refused(profile, sub->get_name())) continue;
    add_if_prefixed(out, word, sub->get_name(), sub->get_description());
  }
  for (const CLI::Option* option : app->get_options()) {
    if (!option->get_positional()) continue;
    for (const std::string& choice : choices_of(option->get_type_name())) add_if_prefixed(out, word, choice, "");
  }
  return out;
}

}  // namespace

Completion complete(const CLI::App& root, const std::vector<std::string>& words, const CompletionSources& sources) {
  if (words.empty()) return complete_word(&root, "", "", sources);
  const CLI::App* app = &root;
  std::string profile;
  const CLI::Option* pending_value = nullptr;  // the option the next word is the value of
  bool options_ended = false;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& w = words[i];
    pending_value = nullptr;
    if (!options_ended && w == "--") {
      options_ended = true;
      continue;
    }
    if (!options_ended && starts_with(w, "-")) {
      if (w.find('=') != std::string::npos) continue;  // --url=VALUE carries its value
      const CLI::Option* option = find_option(app, w);
      if (option == nullptr) continue;
      if (requires_value(*option)) {
        if (i + 2 == words.size()) {
          pending_value = option;  // the word under the cursor is this option's value
        } else {
          ++i;
        }
      } else if (optional_value(*option) && i + 2 < words.size() && is_number(words[i + 1])) {
        ++i;  // --wait 60: only a number is its value
      }
      continue;
    }
    if (const CLI::App* sub = find_subcommand(app, w)) {
      if (app == &root) profile = w;
      app = sub;
    }
  }
  const std::string& word = words.back();
  if (pending_value != nullptr) return complete_value(*pending_value, word, sources);
  if (!options_ended && starts_with(word, "-")) return complete_option_name(app, word);
  return complete_word(app, word, profile, sources);
}

std::string format_completion(const Completion& completion) {
  std::string text;
  for (const CompletionCandidate& c : completion.candidates) {
    text += c.value;
    if (!c.description.empty()) {
      text += '\t';
      // One line per candidate: a description never spans lines.
      for (char ch : c.description) text += (ch == '\n' || ch == '\t') ? ' ' : ch;
    }
    text += '\n';
  }
  if (completion.files) text += ":files\n";
  return text;
}

}  // namespace qdb::cli
