#include "codegen/typescript.hpp"

#include <set>

#include "prisma/lower.hpp"

namespace qdb::codegen {
namespace {

using prisma::Field;
using prisma::Model;
using prisma::ScalarType;

std::string quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string property_name(const std::string& name) {
  return is_typescript_identifier(name) ? name : quote(name);
}

// A JSDoc block for `text` at `indent`; nothing when the text is empty.
std::string jsdoc(const std::string& text, const std::string& indent) {
  if (text.empty()) return "";
  std::string body;
  for (size_t i = 0; i < text.size(); ++i) {
    // "*/" would end the comment early.
    if (text[i] == '*' && i + 1 < text.size() && text[i + 1] == '/') {
      body += "*\\";
      continue;
    }
    body += text[i];
  }
  if (body.find('\n') == std::string::npos) return indent + "/** " + body + " */\n";
  std::string out = indent + "/**\n";
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    std::string line = body.substr(start, end - start);
    out += indent + (line.empty() ? " *" : " * " + line) + "\n";
    start = end + 1;
  }
  return out + indent + " */\n";
}

std::string native_name(const Field& field) {
  return field.native_type ? field.native_type->name : "";
}

// The value node-postgres' default parsers produce for one element of this column's type.
std::string pg_scalar(const Field& field) {
  const std::string native = native_name(field);
  switch (field.scalar) {
    case ScalarType::kString: return "string";
    case ScalarType::kInt: return "number";
    case ScalarType::kBigInt: return "string";
    case ScalarType::kFloat: return "number";
    case ScalarType::kDecimal: return "string";
    case ScalarType::kBoolean: return "boolean";
    case ScalarType::kDateTime: return native == "Time" || native == "Timetz" ? "string" : "Date";
    case ScalarType::kJson: return "JsonValue";
    case ScalarType::kBytes: return "Uint8Array";
    case ScalarType::kUnsupported: return "unknown";
  }
  return "unknown";
}

// Array types node-postgres parses; any other array arrives as its text form, e.g. "{a,b}".
std::string pg_list(const Field& field) {
  const std::string native = native_name(field);
  switch (field.scalar) {
    case ScalarType::kString:
      if (native == "Xml" || native == "Bit" || native == "VarBit" || native == "Citext") return "string";
      return "string[]";
    case ScalarType::kInt: return "number[]";
    case ScalarType::kBigInt: return "string[]";
    case ScalarType::kFloat: return "number[]";
    // pg-types parses numeric[] with parseFloat (unlike numeric, which stays a string).
    case ScalarType::kDecimal: return native == "Money" ? "string[]" : "number[]";
    case ScalarType::kBoolean: return "boolean[]";
    case ScalarType::kDateTime: return native == "Time" || native == "Timetz" ? "string[]" : "Date[]";
    case ScalarType::kJson: return "JsonValue[]";
    case ScalarType::kBytes: return "Uint8Array[]";
    case ScalarType::kUnsupported: return "unknown";
  }
  return "unknown";
}

std::string prisma_scalar(ScalarType scalar) {
  switch (scalar) {
    case ScalarType::kString: return "string";
    case ScalarType::kInt: return "number";
    case ScalarType::kBigInt: return "bigint";
    case ScalarType::kFloat: return "number";
    case ScalarType::kDecimal: return "DecimalLike";
    case ScalarType::kBoolean: return "boolean";
    case ScalarType::kDateTime: return "Date";
    case ScalarType::kJson: return "JsonValue";
    case ScalarType::kBytes: return "Uint8Array";
    case ScalarType::kUnsupported: return "unknown";
  }
  return "unknown";
}

class Generator {
 public:
  Generator(const prisma::Schema& schema, const TypeScriptOptions& options)
      : schema_(schema), options_(options), pg_(options.runtime == Runtime::kPg) {}

  std::string run() {
    std::string out = header();
    if (options_.kysely) out += "import type { Generated } from \"kysely\";\n\n";
    out += "/** A JSON value as JSON.parse returns it. */\n"
           "export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };\n";
    if (!pg_ && uses_decimal()) {
      out += "\n/** What Prisma Client returns for Decimal fields (a decimal.js Decimal has these methods). */\n"
             "export interface DecimalLike {\n  toFixed(fractionDigits?: number): string;\n"
             "  toString(): string;\n  toNumber(): number;\n}\n";
    }
    for (const prisma::Enum& item : schema_.enums) {
      out += "\n";
      out += enum_types(item);
    }
    for (const Model& model : schema_.models) {
      if (!included(model)) continue;
      out += "\n";
      out += row_type(model);
    }
    if (options_.kysely) out += kysely_types();
    return out;
  }

 private:
  std::string header() const {
    std::string label = options_.source_label;
    if (label.empty()) {
      for (size_t i = 0; i < schema_.files.size(); ++i) label.append(i ? ", " : "").append(schema_.files[i]);
    }
    return "// Generated by qdb from " + label + ". Do not edit: run `qdb <profile> db generate-types`.\n" +
           (pg_ ? "// Runtime: pg (node-postgres with its default type parsers); properties are column names.\n"
                : "// Runtime: prisma (values as Prisma Client returns them); properties are field names.\n") +
           "\n";
  }

  bool included(const Model& model) const { return pg_ || !model.ignored; }

  bool included(const Field& field) const {
    if (field.kind == Field::Kind::kRelation) return false;
    if (pg_) return true;
    return !field.ignored && field.scalar != ScalarType::kUnsupported;
  }

  // Kysely tables list every column, so with `kysely` ignored fields count too.
  bool uses_decimal() const {
    for (const Model& model : schema_.models) {
      if (!options_.kysely && !included(model)) continue;
      for (const Field& field : model.fields) {
        if (field.kind == Field::Kind::kScalar && field.scalar == ScalarType::kDecimal &&
            (options_.kysely || included(field))) {
          return true;
        }
      }
    }
    return false;
  }

  std::string enum_types(const prisma::Enum& item) const {
    std::string out = jsdoc(item.documentation, "");
    out += "export const " + item.name + " = {\n";
    for (const prisma::EnumValue& value : item.values) {
      out += jsdoc(value.documentation, "  ");
      out += "  " + property_name(value.name) + ": " + quote(pg_ ? value.database_name : value.name) + ",\n";
    }
    out += "} as const;\n";
    out += jsdoc(item.documentation, "");
    out += "export type " + item.name + " = (typeof " + item.name + ")[keyof typeof " + item.name + "];\n";
    return out;
  }

  std::string value_type(const Field& field) const {
    std::string type;
    if (field.kind == Field::Kind::kEnum) {
      // node-postgres does not know the OID of an enum array, so it returns the text form.
      type = field.list ? (pg_ ? "string" : field.type_name + "[]") : field.type_name;
    } else if (pg_) {
      type = field.list ? pg_list(field) : pg_scalar(field);
    } else {
      type = prisma_scalar(field.scalar);
      if (field.list) type += "[]";
    }
    // `unknown` already includes null.
    return field.optional && type != "unknown" ? type + " | null" : type;
  }

  std::string key(const Field& field) const { return property_name(pg_ ? field.database_name : field.name); }

  std::string row_type(const Model& model) const {
    std::string out = jsdoc(model.documentation, "");
    out += "export interface " + model.name + " {\n";
    for (const Field& field : model.fields) {
      if (!included(field)) continue;
      out += jsdoc(field.documentation, "  ");
      out += "  " + key(field) + ": " + value_type(field) + ";\n";
    }
    return out + "}\n";
  }

  // Columns the database fills in on INSERT (and @updatedAt, which Prisma fills in).
  bool generated(const Field& field) const {
    if (field.updated_at) return true;
    if (!field.default_value) return false;
    using Kind = prisma::DefaultValue::Kind;
    if (field.default_value->kind == Kind::kAutoincrement) return true;
    return prisma::default_sql(schema_, field).has_value();
  }

  std::string kysely_types() const {
    std::string out;
    std::string db = "\n/** The database for Kysely: `new Kysely<DB>(...)`. Keys are table names. */\nexport interface DB {\n";
    // Kysely sees the database as it is, so every table and column is listed, ignored or not.
    for (const Model& model : schema_.models) {
      std::string table_type = model.name + "Table";
      out += "\n/** Table \"" + model.database_name + "\" (" + (model.is_view ? "view " : "model ") +
             model.name + ") for Kysely. */\n";
      out += "export interface " + table_type + " {\n";
      for (const Field& field : model.fields) {
        if (field.kind == Field::Kind::kRelation) continue;
        std::string type = value_type(field);
        if (generated(field)) type = "Generated<" + type + ">";
        out += "  " + property_name(field.database_name) + ": " + type + ";\n";
      }
      out += "}\n";
      std::string table_key = model.schema.empty() ? model.database_name : model.schema + "." + model.database_name;
      db += "  " + property_name(table_key) + ": " + table_type + ";\n";
    }
    for (const prisma::ManyToMany& relation : prisma::implicit_many_to_many(schema_)) {
      const std::string& schema_name = relation.a->schema;
      std::string table_key = schema_name.empty() ? relation.table_name : schema_name + "." + relation.table_name;
      db += "  " + property_name(table_key) + ": { A: " + id_type(*relation.a) + "; B: " +
            id_type(*relation.b) + " };\n";
    }
    return out + db + "}\n";
  }

  // The TypeScript type of a join table column: that of the referenced model's id field.
  std::string id_type(const Model& model) const {
    for (const Field& field : model.fields) {
      if (field.id) return value_type(field);
    }
    return "unknown";
  }

  const prisma::Schema& schema_;
  const TypeScriptOptions& options_;
  bool pg_;
};

}  // namespace

bool is_typescript_identifier(const std::string& name) {
  if (name.empty()) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    bool digit = c >= '0' && c <= '9';
    if (!(letter || (i > 0 && digit))) return false;
  }
  return true;
}

std::string generate_typescript(const prisma::Schema& schema, const TypeScriptOptions& options) {
  return Generator(schema, options).run();
}

}  // namespace qdb::codegen
