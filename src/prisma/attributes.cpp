// Field (`@`) and model (`@@`) attributes: ids, uniques, indexes, defaults, native types,
// @relation arguments, names and schemas.
#include <cctype>
#include <charconv>
#include <cstdint>
#include <limits>
#include <set>

#include "prisma/datetime_literal.hpp"
#include "prisma/json_text.hpp"
#include "prisma/native_types.hpp"
#include "prisma/validate_context.hpp"

namespace qdb::prisma::detail {
namespace {

using ast::Expression;

bool is_integer_text(std::string_view text) {
  size_t start = !text.empty() && text[0] == '-' ? 1 : 0;
  return text.size() > start && text.find('.') == std::string_view::npos;
}

// A `map:` or `name:` argument given as "" (Prisma: "cannot be an empty string").
void refuse_empty(Context& context, const Arguments& arguments, const char* key, const std::optional<std::string>& value) {
  if (value && value->empty()) {
    context.error(arguments.get(key)->location, std::string(key) + ": cannot be an empty string; give a name or leave " +
                                                    key + ": out");
  }
}

std::string type_label(const Field& field) {
  return field.type_name + (field.list ? "[]" : "");
}

std::optional<ReferentialAction> parse_action(Context& context, const Expression* value,
                                              const char* argument) {
  if (value == nullptr) return std::nullopt;
  if (value->kind == Expression::Kind::kConstant) {
    if (value->text == "Cascade") return ReferentialAction::kCascade;
    if (value->text == "Restrict") return ReferentialAction::kRestrict;
    if (value->text == "NoAction") return ReferentialAction::kNoAction;
    if (value->text == "SetNull") return ReferentialAction::kSetNull;
    if (value->text == "SetDefault") return ReferentialAction::kSetDefault;
  }
  context.error(value->location, std::string("invalid ") + argument +
                                     " action; expected Cascade, Restrict, NoAction, SetNull or SetDefault");
  return std::nullopt;
}

// Standard base64 with its padding, as Prisma decodes a Bytes default.
bool is_base64(std::string_view text) {
  if (text.empty()) return true;
  const size_t last = text.find_last_not_of('=');
  if (text.size() % 4 != 0 || last == std::string_view::npos) return false;
  const size_t padding = text.size() - last - 1;
  if (padding > 2) return false;
  for (size_t i = 0; i < text.size() - padding; ++i) {
    const char c = text[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '/') return false;
  }
  return true;
}

// A decimal number as Prisma reads a Decimal default written as a string: sign, digits with
// an optional point, an optional exponent.
bool is_decimal_text(std::string_view text) {
  size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  size_t digits = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    const size_t start = i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == start) return false;
  }
  return i == text.size();
}

std::optional<DefaultValue> parse_default_value(Context& context, const Schema& schema, const Field& field,
                                                const Expression& value, bool in_list);

// One `@default(...)` value checked against its field, one step per kind of expression. Every
// step reports its own problem and returns nullopt, or the value.
class DefaultValueCheck {
 public:
  DefaultValueCheck(Context& context, const Schema& schema, const Field& field, const Expression& value, bool in_list)
      : context_(context), schema_(schema), field_(field), value_(value), in_list_(in_list) {
    result_.location = value.location;
    result_.text = value.text;
  }

  std::optional<DefaultValue> run() {
    switch (value_.kind) {
      case Expression::Kind::kArray: return list();
      case Expression::Kind::kString: return string();
      case Expression::Kind::kNumber: return number();
      case Expression::Kind::kConstant: return constant();
      case Expression::Kind::kFunction: return function();
    }
    return std::nullopt;
  }

 private:
  bool is_enum() const { return field_.kind == Field::Kind::kEnum; }
  ScalarType scalar() const { return field_.scalar; }
  std::string text() const { return std::string(value_.text); }

  std::nullopt_t mismatch(const std::string& what) {
    context_.error(value_.location,
                   "default value " + what + " does not fit field \"" + field_.name + "\" of type " + type_label(field_));
    return std::nullopt;
  }
  std::nullopt_t fail(const std::string& message) {
    context_.error(value_.location, message);
    return std::nullopt;
  }
  std::optional<DefaultValue> as(DefaultValue::Kind kind) {
    result_.kind = kind;
    return result_;
  }
  // A single value where the field is a list.
  bool expects_list() const { return field_.list && !in_list_; }

  std::optional<DefaultValue> list() {
    if (in_list_ || !field_.list) return mismatch("[...]");
    result_.kind = DefaultValue::Kind::kList;
    for (const Expression& item : value_.items) {
      auto parsed = parse_default_value(context_, schema_, field_, item, true);
      if (!parsed) return std::nullopt;
      result_.items.push_back(std::move(*parsed));
    }
    return result_;
  }

  std::optional<DefaultValue> string() {
    std::string quoted = "\"";  // built in steps: GCC 12's -Wrestrict misreads "\"" + text()
    quoted.append(value_.text);
    quoted += '"';
    if (expects_list()) return mismatch(quoted + " (expected a list)");
    if (is_enum()) return mismatch(quoted);
    switch (scalar()) {
      case ScalarType::kString: return as(DefaultValue::Kind::kString);
      case ScalarType::kDateTime:
        if (!datetime_literal_sql(value_.text)) {
          return fail(quoted + " is not an RFC 3339 date-time such as \"2024-01-31T12:00:00Z\"");
        }
        return as(DefaultValue::Kind::kString);
      case ScalarType::kBytes:
        if (!is_base64(value_.text)) return fail("the default of Bytes field \"" + field_.name + "\" is not valid base64");
        return as(DefaultValue::Kind::kString);
      case ScalarType::kDecimal:
        if (!is_decimal_text(value_.text)) {
          return fail("the default of Decimal field \"" + field_.name + "\" is not a decimal number");
        }
        return as(DefaultValue::Kind::kString);
      case ScalarType::kJson:
        if (!is_valid_json(value_.text)) return fail("the default of Json field \"" + field_.name + "\" is not valid JSON");
        return as(DefaultValue::Kind::kString);
      default: return mismatch(quoted);
    }
  }

  std::optional<DefaultValue> number() {
    if (expects_list()) return mismatch(text() + " (expected a list)");
    if (!is_enum() && (scalar() == ScalarType::kInt || scalar() == ScalarType::kBigInt) && is_integer_text(value_.text)) {
      // Prisma reads an integer default as a 64-bit number, whatever the field's type.
      std::int64_t parsed = 0;
      const auto [end, error] = std::from_chars(value_.text.data(), value_.text.data() + value_.text.size(), parsed);
      if (error != std::errc() || end != value_.text.data() + value_.text.size()) {
        return fail("the default " + text() + " of field \"" + field_.name +
                    "\" is out of range: an integer default is between -9223372036854775808 and 9223372036854775807");
      }
      return as(DefaultValue::Kind::kNumber);
    }
    if (!is_enum() && (scalar() == ScalarType::kFloat || scalar() == ScalarType::kDecimal)) {
      return as(DefaultValue::Kind::kNumber);
    }
    return mismatch(text());
  }

  std::optional<DefaultValue> constant() {
    if (expects_list()) return mismatch(text() + " (expected a list)");
    if (is_enum()) {
      const Enum* target = schema_.find_enum(field_.type_name);
      for (const EnumValue& enum_value : target->values) {
        if (enum_value.name == value_.text) return as(DefaultValue::Kind::kEnumValue);
      }
      return fail("\"" + text() + "\" is not a value of enum \"" + field_.type_name + "\"");
    }
    if (scalar() == ScalarType::kBoolean && (value_.text == "true" || value_.text == "false")) {
      return as(DefaultValue::Kind::kBoolean);
    }
    return mismatch(text());
  }

  std::optional<DefaultValue> function() {
    const std::string name = text();
    if (in_list_) return mismatch(name + "()");
    // Prisma accepts a generated default on a list field too (`DateTime[] @default(now())`).
    if (name == "dbgenerated") return dbgenerated();
    if (name == "autoincrement") {
      if (!no_arguments(name)) return std::nullopt;
      if (is_enum() || (scalar() != ScalarType::kInt && scalar() != ScalarType::kBigInt)) {
        return mismatch("autoincrement()");
      }
      return as(DefaultValue::Kind::kAutoincrement);
    }
    if (name == "now") {
      if (!no_arguments(name)) return std::nullopt;
      if (is_enum() || scalar() != ScalarType::kDateTime) return mismatch("now()");
      return as(DefaultValue::Kind::kNow);
    }
    if (name == "uuid" || name == "cuid" || name == "nanoid" || name == "ulid") return generated_id(name);
    if (name == "sequence") return fail("sequence() is only available on CockroachDB; use autoincrement()");
    if (name == "auto") return fail("auto() is only available on MongoDB");
    return fail("unknown function \"" + name + "()\" in @default");
  }

  std::optional<DefaultValue> dbgenerated() {
    result_.kind = DefaultValue::Kind::kDbGenerated;
    result_.text.clear();
    if (!value_.arguments.empty()) {
      const Expression& argument = value_.arguments[0].value;
      if (value_.arguments.size() != 1 || argument.kind != Expression::Kind::kString || argument.text.empty()) {
        return fail("dbgenerated() takes no argument, or one string that is not empty: the SQL expression");
      }
      result_.text = argument.text;
    }
    return result_;
  }

  // uuid(), cuid(), nanoid() and ulid(): a String field, an optional version (or length).
  std::optional<DefaultValue> generated_id(const std::string& name) {
    if (is_enum() || scalar() != ScalarType::kString) return mismatch(name + "()");
    int version = 0;
    if (name == "ulid" ? !no_arguments(name) : !single_int(name, version)) return std::nullopt;
    if (name == "uuid") {
      result_.kind = DefaultValue::Kind::kUuid;
      if (version == 0) version = 4;
      if (version != 4 && version != 7) return fail("uuid() supports versions 4 and 7");
    } else if (name == "cuid") {
      result_.kind = DefaultValue::Kind::kCuid;
      if (version == 0) version = 1;
      if (version != 1 && version != 2) return fail("cuid() supports versions 1 and 2");
    } else if (name == "nanoid") {
      result_.kind = DefaultValue::Kind::kNanoid;
      if (!value_.arguments.empty() && (version < 2 || version > 255)) {
        return fail("nanoid() length must be between 2 and 255");
      }
    } else {
      result_.kind = DefaultValue::Kind::kUlid;
    }
    result_.version = version;
    result_.text.clear();
    return result_;
  }

  bool no_arguments(const std::string& name) {
    if (value_.arguments.empty()) return true;
    context_.error(value_.location, name + "() takes no arguments");
    return false;
  }

  // At most one whole number of up to four digits, into `out` (left alone without one).
  bool single_int(const std::string& name, int& out) {
    if (value_.arguments.empty()) return true;
    const Expression& argument = value_.arguments[0].value;
    if (value_.arguments.size() != 1 || argument.kind != Expression::Kind::kNumber ||
        !is_integer_text(argument.text) || argument.text.size() > 4) {
      context_.error(value_.location, name + "() takes at most one whole number argument");
      return false;
    }
    out = std::stoi(std::string(argument.text));
    return true;
  }

  Context& context_;
  const Schema& schema_;
  const Field& field_;
  const Expression& value_;
  const bool in_list_;
  DefaultValue result_;
};

// Checks a single (non-list) default value against the field's element type.
std::optional<DefaultValue> parse_default_value(Context& context, const Schema& schema, const Field& field,
                                                const Expression& value, bool in_list) {
  return DefaultValueCheck(context, schema, field, value, in_list).run();
}

// The bounds PostgreSQL puts on precisions, which Prisma checks too.
bool native_arguments_in_range(Context& context, const NativeType& native) {
  const bool time = native.name == "Timestamp" || native.name == "Timestamptz" || native.name == "Time" ||
                    native.name == "Timetz";
  if (time && !native.arguments.empty() && native.arguments[0] > 6) {
    context.error(native.location, "the precision of native type " + native.name + " ranges from 0 to 6");
    return false;
  }
  if ((native.name == "Bit" || native.name == "VarBit") && !native.arguments.empty() && native.arguments[0] < 1) {
    context.error(native.location, "the length of native type " + native.name + " must be at least 1");
    return false;
  }
  if (native.name == "Decimal" && native.arguments.size() == 2) {
    if (native.arguments[0] < 1 || native.arguments[0] > 1000) {
      context.error(native.location, "the precision of native type Decimal ranges from 1 to 1000");
      return false;
    }
    if (native.arguments[1] > native.arguments[0]) {
      context.error(native.location, "the scale of native type Decimal must not be larger than its precision");
      return false;
    }
  }
  return true;
}

void apply_native_type(Context& context, const ast::Attribute& attribute,
                       const std::string& datasource_name, Field& field) {
  const std::string prefix(attribute.name.substr(0, attribute.name.find('.')));
  const std::string_view type_name = attribute.name.substr(attribute.name.find('.') + 1);
  if (datasource_name.empty()) {
    context.error(attribute.location, "native type " + attribute_label(attribute) +
                                          " needs a datasource block named \"" + prefix + "\"");
    return;
  }
  if (prefix != datasource_name) {
    context.error(attribute.location, "unknown attribute " + attribute_label(attribute) +
                                          "; native types are written @" + datasource_name + "." +
                                          std::string(type_name));
    return;
  }
  const NativeTypeInfo* info = find_native_type(type_name);
  if (info == nullptr) {
    context.error(attribute.location, "unknown PostgreSQL native type \"" + std::string(type_name) + "\"");
    return;
  }
  if (field.kind != Field::Kind::kScalar || field.scalar != info->scalar) {
    std::string valid = field.kind == Field::Kind::kScalar ? native_types_for(field.scalar) : "";
    context.error(attribute.location,
                  "native type " + std::string(info->name) + " cannot be used on a field of type " +
                      field.type_name +
                      (valid.empty() ? "" : "; valid native types for " + field.type_name + ": " + valid));
    return;
  }
  NativeType native{std::string(info->name), {}, attribute.location};
  native.arguments.reserve(attribute.arguments.size());
  for (const ast::Argument& argument : attribute.arguments) {
    const Expression& value = argument.value;
    if (!argument.name.empty() || value.kind != Expression::Kind::kNumber ||
        !is_integer_text(value.text) || value.text[0] == '-' || value.text.size() > 10 ||
        std::stoll(std::string(value.text)) > std::numeric_limits<int>::max()) {
      context.error(argument.location, "arguments of native type " + native.name +
                                           " must be whole numbers from 0 to 2147483647");
      return;
    }
    native.arguments.push_back(std::stoi(std::string(value.text)));
  }
  int count = static_cast<int>(native.arguments.size());
  if (count < info->min_arguments || count > info->max_arguments ||
      (native.name == "Decimal" && count == 1)) {
    std::string expected = info->max_arguments == 0 ? "no arguments"
                           : native.name == "Decimal" ? "no arguments or (precision, scale)"
                                                      : "at most one argument";
    context.error(attribute.location, "native type " + native.name + " takes " + expected);
    return;
  }
  if (!native_arguments_in_range(context, native)) return;
  field.native_type = std::move(native);
}

void apply_relation(Context& context, const ast::Attribute& attribute, Field& field) {
  Arguments arguments(context, attribute, {"name", "fields", "references", "onDelete", "onUpdate", "map"});
  Relation& relation = *field.relation;
  relation.location = attribute.location;
  if (auto name = arguments.string("name")) relation.name = *name;
  if (const Expression* fields = arguments.get("fields")) {
    for (auto& item : parse_field_list(context, *fields, "@relation fields")) {
      relation.fields.push_back(item.name);
    }
  }
  if (const Expression* references = arguments.get("references")) {
    for (auto& item : parse_field_list(context, *references, "@relation references")) {
      relation.references.push_back(item.name);
    }
  }
  relation.on_delete = parse_action(context, arguments.get("onDelete"), "onDelete");
  relation.on_update = parse_action(context, arguments.get("onUpdate"), "onUpdate");
  refuse_empty(context, arguments, "map", arguments.string("map"));
  if (auto map = arguments.string("map")) relation.map = *map;
}

bool is_native_type(const ast::Attribute& attribute) {
  return attribute.name.find('.') != std::string::npos;
}

}  // namespace

void apply_field_attributes(Context& context, const Schema& schema, const ast::Field& source,
                            const std::string& datasource_name, Field& field) {
  const bool relation = field.kind == Field::Kind::kRelation;
  const ast::List<ast::Attribute>& attributes = source.attributes;
  for (size_t i = 0; i < attributes.size(); ++i) {
    const ast::Attribute& attribute = attributes[i];
    const std::string_view name = attribute.name;
    const bool native = is_native_type(attribute);
    // A field has a handful of attributes: comparing with the earlier ones is cheaper than a set.
    bool repeated = false;
    for (size_t j = 0; j < i && !repeated; ++j) {
      repeated = native ? is_native_type(attributes[j]) : attributes[j].name == name;
    }
    if (repeated) {
      context.error(attribute.location, native ? "a field can have only one native type"
                                               : "attribute " + attribute_label(attribute) + " is given twice");
      continue;
    }
    if (relation && name != "relation" && name != "ignore") {
      context.error(attribute.location, attribute_label(attribute) + " cannot be used on relation field \"" +
                                            field.name + "\"; put it on the scalar fields");
      continue;
    }
    if (native) {
      apply_native_type(context, attribute, datasource_name, field);
    } else if (name == "id" || name == "unique") {
      Arguments arguments(context, attribute, {"", "map", "length", "sort", "clustered"});
      if (arguments.get("length")) {
        context.error(arguments.get("length")->location,
                      "the length argument is only supported on MySQL");
      }
      if (arguments.get("clustered")) {
        context.error(arguments.get("clustered")->location, "clustered indexes are only supported on SQL Server");
      }
      if (name == "id" && arguments.get("sort")) {
        context.error(arguments.get("sort")->location, "a primary key cannot be sorted on PostgreSQL; "
                                                       "remove the sort argument");
      }
      if (auto sort = arguments.constant("sort"); sort && *sort != "Asc" && *sort != "Desc") {
        context.error(arguments.get("sort")->location, "sort must be Asc or Desc, not " + *sort);
      }
      refuse_empty(context, arguments, "map", arguments.string("map"));
      std::string map = arguments.string("map").value_or("");
      if (name == "id") {
        field.id = true;
        field.id_map = map;
      } else {
        field.unique = true;
        field.unique_map = map;
        if (auto sort = arguments.constant("sort")) field.unique_sort = *sort;
      }
    } else if (name == "default") {
      Arguments arguments(context, attribute, {"value", "map"});
      const Expression* value = arguments.get("value");
      if (value == nullptr) {
        if (arguments.ok()) context.error(attribute.location, "@default needs a value");
        continue;
      }
      field.default_value = parse_default_value(context, schema, field, *value, false);
      if (arguments.get("map")) {
        context.error(arguments.get("map")->location,
                      "@default(map: ...) names a default constraint, which PostgreSQL does not have");
      }
    } else if (name == "relation") {
      if (!relation) {
        context.error(attribute.location, "@relation can only be used on a field whose type is a model");
        continue;
      }
      apply_relation(context, attribute, field);
    } else if (name == "updatedAt") {
      Arguments arguments(context, attribute, {});
      if (field.kind != Field::Kind::kScalar || field.scalar != ScalarType::kDateTime || field.list) {
        context.error(attribute.location, "@updatedAt can only be used on DateTime fields");
        continue;
      }
      field.updated_at = true;
    } else if (name == "map") {
      Arguments arguments(context, attribute, {"name"});
      if (auto value = arguments.string("name")) field.database_name = *value;
      else if (!arguments.get("name")) context.error(attribute.location, "@map needs a name");
    } else if (name == "ignore") {
      Arguments arguments(context, attribute, {});
      field.ignored = true;
    } else {
      context.error(attribute.location, "unknown attribute " + attribute_label(attribute) + " on field \"" + field.name + "\"");
    }
  }
}

void apply_model_attributes(Context& context, const ast::Block& block, Model& model) {
  const ast::List<ast::Attribute>& attributes = block.attributes;
  for (size_t i = 0; i < attributes.size(); ++i) {
    const ast::Attribute& attribute = attributes[i];
    const std::string name(attribute.name);
    // A model has many @@index and @@unique, but one of each other attribute.
    bool repeated = false;
    for (size_t j = 0; j < i && name != "index" && name != "unique"; ++j) {
      repeated = repeated || attributes[j].name == attribute.name;
    }
    if (repeated) {
      context.error(attribute.location, "attribute @@" + name + " is given twice");
      continue;
    }
    if (name == "id" || name == "unique" || name == "index") {
      Arguments arguments = name == "index"
          ? Arguments(context, attribute, {"fields", "name", "map", "type", "clustered"})
          : Arguments(context, attribute, {"fields", "name", "map", "clustered"});
      ModelIndex index;
      index.kind = name == "id" ? ModelIndex::Kind::kPrimaryKey
                   : name == "unique" ? ModelIndex::Kind::kUnique : ModelIndex::Kind::kIndex;
      index.location = attribute.location;
      const Expression* fields = arguments.get("fields");
      if (fields == nullptr) {
        if (arguments.ok()) context.error(attribute.location, "@@" + name + " needs a list of fields");
        continue;
      }
      index.fields = parse_field_list(context, *fields, "@@" + name);
      if (index.fields.empty()) {
        if (fields->kind == Expression::Kind::kArray && fields->items.empty()) {
          context.error(fields->location, "@@" + name + " needs at least one field");
        }
        continue;
      }
      refuse_empty(context, arguments, "name", arguments.string("name"));
      refuse_empty(context, arguments, "map", arguments.string("map"));
      index.name = arguments.string("name").value_or("");
      index.map = arguments.string("map").value_or("");
      if (index.kind == ModelIndex::Kind::kIndex && arguments.get("name") && arguments.get("map")) {
        context.error(attribute.location, "@@index takes name (a legacy alias of map) or map, not both");
      }
      if (auto type = arguments.constant("type")) {
        static const std::set<std::string> kTypes = {"BTree", "Hash", "Gist", "Gin", "SpGist", "Brin"};
        if (kTypes.count(*type) == 0) {
          context.error(arguments.get("type")->location,
                        "invalid index type \"" + *type + "\"; expected BTree, Hash, Gist, Gin, SpGist or Brin");
        }
        index.type = *type;
      }
      if (arguments.get("clustered")) {
        context.error(arguments.get("clustered")->location, "clustered indexes are only supported on SQL Server");
      }
      for (const IndexField& field : index.fields) {
        if (field.sort && index.kind == ModelIndex::Kind::kPrimaryKey) {
          context.error(fields->location, "a primary key cannot be sorted on PostgreSQL; remove the sort argument");
          break;
        }
      }
      for (const IndexField& field : index.fields) {
        if (field.length) {
          context.error(fields->location, "the length argument is only supported on MySQL");
          break;
        }
      }
      model.indexes.push_back(std::move(index));
    } else if (name == "map" || name == "schema") {
      Arguments arguments(context, attribute, {"name"});
      auto value = arguments.string("name");
      if (!value) {
        if (!arguments.get("name")) context.error(attribute.location, "@@" + name + " needs a name");
        continue;
      }
      (name == "map" ? model.database_name : model.schema) = *value;
    } else if (name == "ignore") {
      Arguments arguments(context, attribute, {});
      model.ignored = true;
    } else if (name == "fulltext") {
      context.error(attribute.location, "@@fulltext is only supported on MySQL and MongoDB; "
                                        "use @@index([...], type: Gin) on PostgreSQL");
    } else {
      context.error(attribute.location, "unknown attribute @@" + name + " on " +
                                            (model.is_view ? "view" : "model") + " \"" + model.name + "\"");
    }
  }
}

}  // namespace qdb::prisma::detail
