#include <cctype>

#include "diagram/diagram.hpp"

namespace qdb::diagram {
namespace {

// Mermaid's erDiagram grammar: entity and attribute names are [A-Za-z_][A-Za-z0-9_-]*, types
// may also hold () and []; anything else in a name becomes '_'.
std::string mermaid_word(const std::string& text, bool type) {
  std::string word;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (c == '"') continue;  // "Role" is the enum Role
    bool ok = std::isalnum(u) || c == '_' || c == '-' || (type && (c == '(' || c == ')' || c == '[' || c == ']'));
    if (type && c == ',') {
      word += '-';  // DECIMAL(12,2) → DECIMAL(12-2): Mermaid types take no comma
      continue;
    }
    word += ok ? c : '_';
  }
  if (word.empty() || std::isdigit(static_cast<unsigned char>(word[0])) || word[0] == '-') word = "_" + word;
  return word;
}

// Entity names may be quoted, which keeps "auth.users" readable.
std::string entity_name(const std::string& name) {
  std::string word = mermaid_word(name, false);
  if (word == name) return name;
  std::string quoted;
  for (char c : name) quoted += c == '"' ? '\'' : c;
  return "\"" + quoted + "\"";
}

std::string keys(const Attribute& a) {
  std::string text;
  auto add = [&text](const char* key) {
    text += text.empty() ? " " : ", ";
    text += key;
  };
  if (a.primary_key) add("PK");
  if (a.foreign_key) add("FK");
  if (a.unique) add("UK");
  return text;
}

std::string comment(const Attribute& a, const std::string& word) {
  std::string text;
  if (a.nullable) text = "nullable";
  if (word != a.name) {
    std::string real;
    for (char c : a.name) real += c == '"' ? '\'' : c;
    if (!text.empty()) text += ", ";
    text += "named " + real;
  }
  return text.empty() ? "" : " \"" + text + "\"";
}

// Crow's foot ends as Mermaid writes them on the left and on the right of "--".
const char* left_end(End end) {
  switch (end) {
    case End::kExactlyOne: return "||";
    case End::kZeroOrOne: return "|o";
    case End::kZeroOrMore: return "}o";
  }
  return "}o";
}

const char* right_end(End end) {
  switch (end) {
    case End::kExactlyOne: return "||";
    case End::kZeroOrOne: return "o|";
    case End::kZeroOrMore: return "o{";
  }
  return "o{";
}

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& n : names) {
    if (!text.empty()) text += ", ";
    text += n;
  }
  return text;
}

}  // namespace

std::string render_mermaid(const Diagram& diagram) {
  std::string out = "erDiagram\n";
  for (const Entity& entity : diagram.entities) {
    out += "    " + entity_name(entity.name) + " {\n";
    for (const Attribute& a : entity.attributes) {
      const std::string word = mermaid_word(a.name, false);
      if (entity.is_enum) {
        out += "        enum " + word + comment(a, word) + "\n";
      } else {
        out += "        " + mermaid_word(a.type, true) + " " + word + keys(a) + comment(a, word) + "\n";
      }
    }
    out += "    }\n";
  }
  for (const Relationship& r : diagram.relationships) {
    std::string label;
    for (char c : joined(r.from_columns)) label += c == '"' ? '\'' : c;
    out += "    " + entity_name(r.from) + " " + left_end(r.from_end) + "--" + right_end(r.to_end) + " " +
           entity_name(r.to) + " : \"" + label + "\"\n";
  }
  return out;
}

}  // namespace qdb::diagram
