#include "diagram/diagram.hpp"

namespace qdb::diagram {
namespace {

// Text inside an HTML-like label.
std::string html(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// A double-quoted DOT ID.
std::string id(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string flags(const Attribute& a) {
  std::string text;
  auto add = [&text](const char* flag) {
    if (!text.empty()) text += ' ';
    text += flag;
  };
  if (a.primary_key) add("PK");
  if (a.foreign_key) add("FK");
  if (a.unique) add("UK");
  if (a.nullable) add("NULL");
  return text;
}

// Crow's foot shapes, the first drawn at the node: crow = many, tee = one, odot = optional.
const char* arrow(End end) {
  switch (end) {
    case End::kExactlyOne: return "teetee";
    case End::kZeroOrOne: return "teeodot";
    case End::kZeroOrMore: return "crowodot";
  }
  return "crowodot";
}

std::string node(const Entity& entity) {
  std::string out = "  " + id(entity.name) + " [label=<\n";
  out += "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">\n";
  const std::string title = entity.is_enum ? "enum " + entity.name : entity.name;
  out += "<TR><TD COLSPAN=\"3\" BGCOLOR=\"" + std::string(entity.is_enum ? "#efe6d2" : "#dde5f0") + "\"><B>" +
         html(title) + "</B></TD></TR>\n";
  for (size_t i = 0; i < entity.attributes.size(); ++i) {
    const Attribute& a = entity.attributes[i];
    // Ports are numbered: column names may hold any character.
    std::string port = "c";
    port += std::to_string(i);
    if (entity.is_enum) {
      out += "<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\" PORT=\"" + port + "\">" + html(a.name) + "</TD></TR>\n";
    } else {
      out += "<TR><TD ALIGN=\"LEFT\" PORT=\"" + port + "\">" + html(a.name) + "</TD><TD ALIGN=\"LEFT\">" +
             html(a.type) + "</TD><TD ALIGN=\"LEFT\">" + flags(a) + "</TD></TR>\n";
    }
  }
  out += "</TABLE>>];\n";
  return out;
}

// The port of `column` in the entity called `name`; the whole node when there is none.
std::string port_of(const Diagram& diagram, const std::string& name, const std::vector<std::string>& columns) {
  if (columns.empty()) return id(name);
  for (const Entity& entity : diagram.entities) {
    if (entity.name != name || entity.is_enum) continue;
    for (size_t i = 0; i < entity.attributes.size(); ++i) {
      if (entity.attributes[i].name == columns.front()) return id(name) + ":c" + std::to_string(i);
    }
  }
  return id(name);
}

}  // namespace

std::string render_dot(const Diagram& diagram) {
  std::string out =
      "digraph schema {\n"
      "  graph [rankdir=LR, fontname=\"Helvetica\", nodesep=0.5, ranksep=1.0];\n"
      "  node [shape=plaintext, margin=0, fontname=\"Helvetica\", fontsize=10];\n"
      "  edge [dir=both, fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n";
  for (const Entity& entity : diagram.entities) out += node(entity);
  for (const Relationship& r : diagram.relationships) {
    std::string label;
    for (const std::string& c : r.from_columns) {
      if (!label.empty()) label += ", ";
      label += c;
    }
    out += "  " + port_of(diagram, r.from, r.from_columns) + " -> " + port_of(diagram, r.to, r.to_columns) +
           " [arrowtail=" + arrow(r.from_end) + ", arrowhead=" + arrow(r.to_end) + ", label=" + id(label) + "];\n";
  }
  out += "}\n";
  return out;
}

}  // namespace qdb::diagram
