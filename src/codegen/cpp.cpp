#include "codegen/cpp.hpp"

#include <set>

namespace qdb::codegen {
namespace {

using prisma::Field;
using prisma::Model;
using prisma::ScalarType;

std::string string_literal(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string doc_comment(const std::string& text, const std::string& indent) {
  std::string out;
  size_t start = 0;
  while (!text.empty() && start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    out += indent + (line.empty() ? "///" : "/// " + line) + "\n";
    start = end + 1;
  }
  return out;
}

// UserRole → user_role, for the <enum>_from_string function names.
std::string snake_case(const std::string& name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c >= 'A' && c <= 'Z') {
      bool previous_lower = i > 0 && ((name[i - 1] >= 'a' && name[i - 1] <= 'z') ||
                                      (name[i - 1] >= '0' && name[i - 1] <= '9'));
      bool next_lower = i + 1 < name.size() && name[i + 1] >= 'a' && name[i + 1] <= 'z';
      if (i > 0 && (previous_lower || (next_lower && out.back() != '_'))) out += '_';
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += c;
    }
  }
  return out;
}

std::string scalar_type(ScalarType scalar) { return prisma::scalar_type_info(scalar).cpp; }

std::string field_type(const Field& field) {
  std::string type = field.kind == Field::Kind::kEnum ? cpp_identifier(field.type_name) : scalar_type(field.scalar);
  if (field.list) type = "std::vector<" + type + ">";
  if (field.optional) type = "std::optional<" + type + ">";
  return type;
}

std::string enum_declarations(const prisma::Enum& item) {
  const std::string type = cpp_identifier(item.name);
  std::string out = doc_comment(item.documentation, "");
  out += "enum class " + type + " {\n";
  for (const prisma::EnumValue& value : item.values) {
    out += doc_comment(value.documentation, "  ");
    out += "  " + cpp_identifier(value.name) + ",\n";
  }
  out += "};\n\n";
  out += "/// The database text of a " + item.name + " value.\n";
  out += "inline constexpr std::string_view to_string(" + type + " value) {\n  switch (value) {\n";
  for (const prisma::EnumValue& value : item.values) {
    out += "    case " + type + "::" + cpp_identifier(value.name) + ": return " +
           string_literal(value.database_name) + ";\n";
  }
  out += "  }\n  return {};\n}\n\n";
  out += "/// The " + item.name + " value for its database text, or std::nullopt.\n";
  out += "inline std::optional<" + type + "> " + snake_case(item.name) + "_from_string(std::string_view text) {\n";
  for (const prisma::EnumValue& value : item.values) {
    out += "  if (text == " + string_literal(value.database_name) + ") return " + type + "::" +
           cpp_identifier(value.name) + ";\n";
  }
  out += "  return std::nullopt;\n}\n";
  return out;
}

std::string model_struct(const Model& model) {
  std::string out = doc_comment(model.documentation, "");
  out += "struct " + cpp_identifier(model.name) + " {\n";
  out += "  static constexpr std::string_view kTable = " + string_literal(model.database_name) + ";\n";
  if (!model.schema.empty()) {
    out += "  static constexpr std::string_view kSchema = " + string_literal(model.schema) + ";\n";
  }
  out += "  /// Database column names.\n  struct Column {\n";
  for (const Field& field : model.fields) {
    if (field.kind == Field::Kind::kRelation) continue;
    out += "    static constexpr std::string_view " + cpp_identifier(field.name) + " = " +
           string_literal(field.database_name) + ";\n";
  }
  out += "  };\n\n";
  for (const Field& field : model.fields) {
    if (field.kind == Field::Kind::kRelation) continue;
    out += doc_comment(field.documentation, "  ");
    out += "  " + field_type(field) + " " + cpp_identifier(field.name) + "{};\n";
  }
  return out + "};\n";
}

}  // namespace

std::string cpp_identifier(const std::string& name) {
  static const std::set<std::string> kReserved = {
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break",
      "case", "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept",
      "const", "consteval", "constexpr", "constinit", "const_cast", "continue", "co_await",
      "co_return", "co_yield", "decltype", "default", "delete", "do", "double", "dynamic_cast",
      "else", "enum", "explicit", "export", "extern", "false", "float", "for", "friend", "goto",
      "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
      "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register",
      "reinterpret_cast", "requires", "return", "short", "signed", "sizeof", "static",
      "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local",
      "throw", "true", "try", "typedef", "typeid", "typename", "union", "unsigned", "using",
      "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq",
      // Macros from common C headers that would break an enumerator or member.
      "NULL", "EOF", "errno", "assert", "stdin", "stdout", "stderr", "TRUE", "FALSE", "DELETE",
      "ERROR", "IN", "OUT", "OPTIONAL", "min", "max", "kTable", "kSchema", "Column",
  };
  bool reserved = kReserved.count(name) > 0 || name.find("__") != std::string::npos ||
                  (name.size() > 1 && name[0] == '_' && name[1] >= 'A' && name[1] <= 'Z');
  return reserved ? name + "_" : name;
}

std::string generate_cpp(const prisma::Schema& schema, const CppOptions& options) {
  std::string label = options.source_label;
  if (label.empty()) {
    for (size_t i = 0; i < schema.files.size(); ++i) label.append(i ? ", " : "").append(schema.files[i]);
  }
  std::string out = "// Generated by qdb from " + label +
                    ". Do not edit: run `qdb <profile> db generate-types`.\n"
                    "// Rows of the database as C++17 types: DateTime is a system_clock time point (UTC),\n"
                    "// Decimal and Json hold their text, Bytes its raw bytes.\n"
                    "#pragma once\n\n"
                    "#include <chrono>\n#include <cstdint>\n#include <optional>\n#include <string>\n"
                    "#include <string_view>\n#include <vector>\n\n";
  out += "namespace " + options.namespace_name + " {\n";
  for (const prisma::Enum& item : schema.enums) {
    out += "\n";
    out += enum_declarations(item);
  }
  for (const Model& model : schema.models) {
    out += "\n";
    out += model_struct(model);
  }
  out += "\n}  // namespace " + options.namespace_name + "\n";
  return out;
}

}  // namespace qdb::codegen
