#include "codegen/typescript.hpp"

#include <string_view>

#include "prisma/lower.hpp"

namespace qdb::codegen {
namespace {

using prisma::Field;
using prisma::Model;
using prisma::ScalarType;

// Appends `text` as a double-quoted string literal.
void append_quoted(std::string& out, const std::string& text) {
  out += '"';
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  out += '"';
}

// Appends `name` as a property name: bare when it is an identifier, else quoted.
void append_property_name(std::string& out, const std::string& name) {
  if (is_typescript_identifier(name)) out += name;
  else append_quoted(out, name);
}

// Appends a JSDoc block for `text` at `indent`; nothing when the text is empty.
void append_jsdoc(std::string& out, const std::string& text, std::string_view indent) {
  if (text.empty()) return;
  // "*/" would end the comment early; copy the text only when it has one to escape.
  std::string escaped;
  if (text.find("*/") != std::string::npos) {
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '*' && i + 1 < text.size() && text[i + 1] == '/') {
        escaped += "*\\";
        continue;
      }
      escaped += text[i];
    }
  }
  const std::string_view body = escaped.empty() ? std::string_view(text) : std::string_view(escaped);
  if (body.find('\n') == std::string_view::npos) {
    out.append(indent).append("/** ").append(body).append(" */\n");
    return;
  }
  out.append(indent).append("/**\n");
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(start, end - start);
    out.append(indent).append(" *");
    if (!line.empty()) out.append(" ").append(line);
    out += '\n';
    start = end + 1;
  }
  out.append(indent).append(" */\n");
}

std::string_view native_name(const Field& field) {
  return field.native_type ? std::string_view(field.native_type->name) : std::string_view();
}

// The value node-postgres' default parsers produce for one element of this column's type.
std::string_view pg_scalar(const Field& field) {
  const std::string_view native = native_name(field);
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
std::string_view pg_list(const Field& field) {
  const std::string_view native = native_name(field);
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

std::string_view prisma_scalar(ScalarType scalar) {
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

// Writes the whole file into one string, appending in place rather than building and
// concatenating a temporary string per line.
class Generator {
 public:
  Generator(const prisma::Schema& schema, const TypeScriptOptions& options)
      : schema_(schema), options_(options), pg_(options.runtime == Runtime::kPg) {}

  std::string run() {
    // The output is about as long as the schema; measured on large schemas, a little longer.
    out_.reserve(estimated_size());
    header();
    if (options_.kysely) put("import type { Generated } from \"kysely\";\n\n");
    put("/** A JSON value as JSON.parse returns it. */\n"
        "export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };\n");
    if (!pg_ && uses_decimal()) {
      put("\n/** What Prisma Client returns for Decimal fields (a decimal.js Decimal has these methods). */\n"
          "export interface DecimalLike {\n  toFixed(fractionDigits?: number): string;\n"
          "  toString(): string;\n  toNumber(): number;\n}\n");
    }
    for (const prisma::Enum& item : schema_.enums) {
      put("\n");
      enum_types(item);
    }
    for (const Model& model : schema_.models) {
      if (!included(model)) continue;
      put("\n");
      row_type(model);
    }
    if (options_.kysely) kysely_types();
    return std::move(out_);
  }

 private:
  size_t estimated_size() const {
    size_t fields = 0;
    for (const Model& model : schema_.models) fields += model.fields.size();
    const size_t per_field = options_.kysely ? 80 : 40;
    return 1024 + schema_.models.size() * (options_.kysely ? 200 : 100) + fields * per_field;
  }

  void header() {
    put("// Generated by qdb from ");
    if (!options_.source_label.empty()) {
      put(options_.source_label);
    } else {
      for (size_t i = 0; i < schema_.files.size(); ++i) put(i ? ", " : "", schema_.files[i]);
    }
    put(". Do not edit: run `qdb <profile> db generate-types`.\n");
    put(pg_ ? "// Runtime: pg (node-postgres with its default type parsers); properties are column names.\n"
            : "// Runtime: prisma (values as Prisma Client returns them); properties are field names.\n");
    put("\n");
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

  void enum_types(const prisma::Enum& item) {
    append_jsdoc(out_, item.documentation, "");
    put("export const ", item.name, " = {\n");
    for (const prisma::EnumValue& value : item.values) {
      append_jsdoc(out_, value.documentation, "  ");
      put("  ");
      append_property_name(out_, value.name);
      put(": ");
      append_quoted(out_, pg_ ? value.database_name : value.name);
      put(",\n");
    }
    put("} as const;\n");
    append_jsdoc(out_, item.documentation, "");
    put("export type ", item.name, " = (typeof ", item.name, ")[keyof typeof ", item.name, "];\n");
  }

  // Appends the TypeScript type of a column's value; Generated<...> around it when `generated`.
  void value_type(const Field& field, bool generated = false) {
    if (generated) put("Generated<");
    bool unknown = false;
    if (field.kind == Field::Kind::kEnum) {
      // node-postgres does not know the OID of an enum array, so it returns the text form.
      if (field.list && pg_) {
        put("string");
      } else {
        put(field.type_name);
        if (field.list) put("[]");
        unknown = !field.list && field.type_name == "unknown";
      }
    } else {
      std::string_view type = pg_ ? (field.list ? pg_list(field) : pg_scalar(field)) : prisma_scalar(field.scalar);
      put(type);
      unknown = type == "unknown";
      if (!pg_ && field.list) {
        put("[]");
        unknown = false;
      }
    }
    // `unknown` already includes null.
    if (field.optional && !unknown) put(" | null");
    if (generated) put(">");
  }

  void row_type(const Model& model) {
    append_jsdoc(out_, model.documentation, "");
    put("export interface ", model.name, " {\n");
    for (const Field& field : model.fields) {
      if (!included(field)) continue;
      append_jsdoc(out_, field.documentation, "  ");
      put("  ");
      append_property_name(out_, pg_ ? field.database_name : field.name);
      put(": ");
      value_type(field);
      put(";\n");
    }
    put("}\n");
  }

  // Columns the database fills in on INSERT. Not @updatedAt without a default: Prisma Client fills
  // that one in, but a query through Kysely must give it (the column is NOT NULL with no default).
  bool generated(const Field& field) const {
    if (!field.default_value) return false;
    if (field.default_value->kind == prisma::DefaultValue::Kind::kAutoincrement) return true;
    return prisma::has_default_sql(field);
  }

  void kysely_types() {
    // Kysely sees the database as it is, so every table and column is listed, ignored or not.
    for (const Model& model : schema_.models) {
      put("\n");
      // Through append_jsdoc: a mapped table name may hold "*/".
      append_jsdoc(out_,
                   "Table \"" + model.database_name + "\" (" + (model.is_view ? "view " : "model ") + model.name +
                       ") for Kysely.",
                   "");
      put("export interface ", model.name, "Table {\n");
      for (const Field& field : model.fields) {
        if (field.kind == Field::Kind::kRelation) continue;
        put("  ");
        append_property_name(out_, field.database_name);
        put(": ");
        value_type(field, generated(field));
        put(";\n");
      }
      put("}\n");
    }
    put("\n/** The database for Kysely: `new Kysely<DB>(...)`. Keys are table names. */\nexport interface DB {\n");
    for (const Model& model : schema_.models) {
      put("  ");
      table_key(model.schema, model.database_name);
      put(": ", model.name, "Table;\n");
    }
    for (const prisma::ManyToMany& relation : prisma::implicit_many_to_many(schema_)) {
      put("  ");
      table_key(relation.a->schema, relation.table_name);
      put(": { A: ");
      id_type(*relation.a);
      put("; B: ");
      id_type(*relation.b);
      put(" };\n");
    }
    put("}\n");
  }

  // Appends the key of a table in Kysely's DB: `schema.table`, or `table` in the default schema.
  void table_key(const std::string& schema_name, const std::string& table) {
    if (schema_name.empty()) append_property_name(out_, table);
    else append_property_name(out_, schema_name + "." + table);
  }

  // Appends the TypeScript type of a join table column: that of the referenced model's id field.
  void id_type(const Model& model) {
    for (const Field& field : model.fields) {
      if (field.id) return value_type(field);
    }
    put("unknown");
  }

  // Appends each piece to the output. Taking string_views lets literals' lengths be known
  // where they are written instead of measured at run time.
  template <typename... Pieces>
  void put(const Pieces&... pieces) {
    (out_.append(std::string_view(pieces)), ...);
  }

  const prisma::Schema& schema_;
  const TypeScriptOptions& options_;
  bool pg_;
  std::string out_;
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
