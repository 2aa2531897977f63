#include "model/serialize.hpp"

#include <array>
#include <set>
#include <utility>

namespace qdb::model {
namespace {

using Json = nlohmann::ordered_json;

// --- Writing ---

template <typename Optional>
Json optional_text(const Optional& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json column_json(const Column& c) {
  return {{"name", c.name},
          {"type", c.type},
          {"enum_name", c.enum_name},
          {"nullable", c.nullable},
          {"default_sql", optional_text(c.default_sql)},
          {"autoincrement", c.autoincrement},
          {"identity", optional_text(c.identity)},
          {"generated_sql", optional_text(c.generated_sql)},
          {"sequence", optional_text(c.sequence)},
          {"sequence_schema", optional_text(c.sequence_schema)},
          {"any_default", c.any_default},
          {"default_generated", c.default_generated},
          {"server_default", optional_text(c.server_default)}};
}

Json index_column_json(const IndexColumn& c) {
  return {{"name", c.name},
          {"sort", c.sort},
          {"length", c.length ? Json(*c.length) : Json(nullptr)},
          {"ops", c.ops},
          {"expression", c.expression},
          {"nulls", c.nulls}};
}

Json index_json(const Index& index) {
  Json columns = Json::array();
  for (const IndexColumn& c : index.columns) columns.push_back(index_column_json(c));
  return {{"name", index.name},
          {"columns", std::move(columns)},
          {"unique", index.unique},
          {"method", index.method},
          {"constraint", index.constraint},
          {"predicate", optional_text(index.predicate)},
          {"include", index.include},
          {"nulls_not_distinct", index.nulls_not_distinct}};
}

Json foreign_key_json(const ForeignKey& fk) {
  return {{"name", fk.name},
          {"columns", fk.columns},
          {"referenced_schema", fk.referenced_schema},
          {"referenced_table", fk.referenced_table},
          {"referenced_columns", fk.referenced_columns},
          {"on_delete", action_sql(fk.on_delete)},
          {"on_update", action_sql(fk.on_update)},
          {"deferrable", fk.deferrable},
          {"initially_deferred", fk.initially_deferred}};
}

Json table_json(const Table& table) {
  Json columns = Json::array();
  for (const Column& c : table.columns) columns.push_back(column_json(c));
  Json primary_key = nullptr;
  if (table.primary_key) primary_key = {{"name", table.primary_key->name}, {"columns", table.primary_key->columns}};
  Json indexes = Json::array();
  for (const Index& index : table.indexes) indexes.push_back(index_json(index));
  Json foreign_keys = Json::array();
  for (const ForeignKey& fk : table.foreign_keys) foreign_keys.push_back(foreign_key_json(fk));
  Json checks = Json::array();
  for (const CheckConstraint& check : table.checks) {
    checks.push_back({{"name", check.name}, {"expression", check.expression}});
  }
  return {{"schema", table.schema},
          {"name", table.name},
          {"columns", std::move(columns)},
          {"primary_key", std::move(primary_key)},
          {"indexes", std::move(indexes)},
          {"foreign_keys", std::move(foreign_keys)},
          {"checks", std::move(checks)}};
}

// --- Reading ---

// Thrown inside reading only, caught by schema_from_json: where and what went wrong.
struct Invalid {
  std::string message;
};

constexpr std::array<Action, 5> kActions = {Action::kCascade, Action::kRestrict, Action::kNoAction, Action::kSetNull,
                                            Action::kSetDefault};
constexpr std::array<DatabaseObject::Kind, 18> kKinds = {
    DatabaseObject::Kind::kView,      DatabaseObject::Kind::kMaterializedView, DatabaseObject::Kind::kFunction,
    DatabaseObject::Kind::kProcedure, DatabaseObject::Kind::kTrigger,          DatabaseObject::Kind::kExtension,
    DatabaseObject::Kind::kSequence,  DatabaseObject::Kind::kDomain,           DatabaseObject::Kind::kType,
    DatabaseObject::Kind::kExclusionConstraint, DatabaseObject::Kind::kPartitionKey,
    DatabaseObject::Kind::kPartition, DatabaseObject::Kind::kComment,          DatabaseObject::Kind::kCollation,
    DatabaseObject::Kind::kColumnCollation, DatabaseObject::Kind::kRowLevelSecurity,
    DatabaseObject::Kind::kTableInheritance, DatabaseObject::Kind::kDeferrableConstraint};

// One JSON object being read: each field is asked for once, and finish() rejects the rest, so a
// key that this version does not know (a newer format, a foreign file) is not silently dropped.
class Object {
 public:
  Object(const Json& json, std::string path) : json_(json), path_(std::move(path)) {
    if (!json_.is_object()) throw Invalid{where() + "expected an object"};
  }

  const Json& get(const char* key) {
    auto found = json_.find(key);
    if (found == json_.end()) throw Invalid{at(key) + ": missing"};
    read_.insert(key);
    return *found;
  }

  std::string text(const char* key) {
    const Json& value = get(key);
    if (!value.is_string()) throw Invalid{at(key) + ": expected a string"};
    return value.get<std::string>();
  }

  bool flag(const char* key) {
    const Json& value = get(key);
    if (!value.is_boolean()) throw Invalid{at(key) + ": expected a boolean"};
    return value.get<bool>();
  }

  std::optional<std::string> optional_text(const char* key) {
    if (get(key).is_null()) return std::nullopt;
    return text(key);
  }

  std::optional<int> optional_int(const char* key) {
    const Json& value = get(key);
    if (value.is_null()) return std::nullopt;
    if (!value.is_number_integer()) throw Invalid{at(key) + ": expected an integer or null"};
    const auto number = value.get<long long>();
    if (number < -2147483647LL || number > 2147483647LL) throw Invalid{at(key) + ": out of range"};
    return static_cast<int>(number);
  }

  std::vector<std::string> texts(const char* key) {
    const Json& value = get(key);
    if (!value.is_array()) throw Invalid{at(key) + ": expected an array"};
    std::vector<std::string> out;
    out.reserve(value.size());
    for (const Json& item : value) {
      if (!item.is_string()) throw Invalid{at(key) + ": expected an array of strings"};
      out.push_back(item.get<std::string>());
    }
    return out;
  }

  /// Each element of array `key`, read by `read(element, path)`.
  template <class T, class Read>
  std::vector<T> list(const char* key, Read read) {
    const Json& value = get(key);
    if (!value.is_array()) throw Invalid{at(key) + ": expected an array"};
    std::vector<T> out;
    out.reserve(value.size());
    for (size_t i = 0; i < value.size(); ++i) out.push_back(read(value[i], at(key) + "[" + std::to_string(i) + "]"));
    return out;
  }

  Action action(const char* key) {
    const std::string spelling = text(key);
    for (Action action : kActions) {
      if (spelling == action_sql(action)) return action;
    }
    throw Invalid{at(key) + ": unknown referential action \"" + spelling + "\""};
  }

  DatabaseObject::Kind kind(const char* key) {
    const std::string spelling = text(key);
    for (DatabaseObject::Kind kind : kKinds) {
      if (spelling == kind_name(kind)) return kind;
    }
    throw Invalid{at(key) + ": unknown object kind \"" + spelling + "\""};
  }

  std::string at(const char* key) const { return path_.empty() ? std::string(key) : path_ + "." + key; }

  void finish() const {
    for (auto it = json_.begin(); it != json_.end(); ++it) {
      if (read_.count(it.key()) == 0) throw Invalid{at(it.key().c_str()) + ": unknown field"};
    }
  }

 private:
  std::string where() const { return path_.empty() ? std::string() : path_ + ": "; }

  const Json& json_;
  std::string path_;
  std::set<std::string, std::less<>> read_;
};

Column read_column(const Json& json, const std::string& path) {
  Object o(json, path);
  Column c;
  c.name = o.text("name");
  c.type = o.text("type");
  c.enum_name = o.text("enum_name");
  c.nullable = o.flag("nullable");
  c.default_sql = o.optional_text("default_sql");
  c.autoincrement = o.flag("autoincrement");
  c.identity = o.optional_text("identity");
  c.generated_sql = o.optional_text("generated_sql");
  c.sequence = o.optional_text("sequence");
  c.sequence_schema = o.optional_text("sequence_schema");
  c.any_default = o.flag("any_default");
  c.default_generated = o.flag("default_generated");
  c.server_default = o.optional_text("server_default");
  o.finish();
  return c;
}

IndexColumn read_index_column(const Json& json, const std::string& path) {
  Object o(json, path);
  IndexColumn c;
  c.name = o.text("name");
  c.sort = o.text("sort");
  c.length = o.optional_int("length");
  c.ops = o.text("ops");
  c.expression = o.text("expression");
  c.nulls = o.text("nulls");
  o.finish();
  return c;
}

Index read_index(const Json& json, const std::string& path) {
  Object o(json, path);
  Index index;
  index.name = o.text("name");
  index.columns = o.list<IndexColumn>("columns", read_index_column);
  index.unique = o.flag("unique");
  index.method = o.text("method");
  index.constraint = o.flag("constraint");
  index.predicate = o.optional_text("predicate");
  index.include = o.texts("include");
  index.nulls_not_distinct = o.flag("nulls_not_distinct");
  o.finish();
  return index;
}

ForeignKey read_foreign_key(const Json& json, const std::string& path) {
  Object o(json, path);
  ForeignKey fk;
  fk.name = o.text("name");
  fk.columns = o.texts("columns");
  fk.referenced_schema = o.text("referenced_schema");
  fk.referenced_table = o.text("referenced_table");
  fk.referenced_columns = o.texts("referenced_columns");
  fk.on_delete = o.action("on_delete");
  fk.on_update = o.action("on_update");
  fk.deferrable = o.flag("deferrable");
  fk.initially_deferred = o.flag("initially_deferred");
  o.finish();
  return fk;
}

CheckConstraint read_check(const Json& json, const std::string& path) {
  Object o(json, path);
  CheckConstraint check;
  check.name = o.text("name");
  check.expression = o.text("expression");
  o.finish();
  return check;
}

PrimaryKey read_primary_key(const Json& json, const std::string& path) {
  Object o(json, path);
  PrimaryKey key;
  key.name = o.text("name");
  key.columns = o.texts("columns");
  o.finish();
  return key;
}

Table read_table(const Json& json, const std::string& path) {
  Object o(json, path);
  Table table;
  table.schema = o.text("schema");
  table.name = o.text("name");
  table.columns = o.list<Column>("columns", read_column);
  if (const Json& key = o.get("primary_key"); !key.is_null()) {
    table.primary_key = read_primary_key(key, o.at("primary_key"));
  }
  table.indexes = o.list<Index>("indexes", read_index);
  table.foreign_keys = o.list<ForeignKey>("foreign_keys", read_foreign_key);
  table.checks = o.list<CheckConstraint>("checks", read_check);
  o.finish();
  return table;
}

Enum read_enum(const Json& json, const std::string& path) {
  Object o(json, path);
  Enum e;
  e.schema = o.text("schema");
  e.name = o.text("name");
  e.values = o.texts("values");
  o.finish();
  return e;
}

Extension read_extension(const Json& json, const std::string& path) {
  Object o(json, path);
  Extension extension;
  extension.name = o.text("name");
  extension.schema = o.text("schema");
  extension.version = o.text("version");
  o.finish();
  return extension;
}

DatabaseObject read_object(const Json& json, const std::string& path) {
  Object o(json, path);
  DatabaseObject object;
  object.kind = o.kind("kind");
  object.schema = o.text("schema");
  object.name = o.text("name");
  object.table = o.text("table");
  object.definition = o.text("definition");
  o.finish();
  return object;
}

Schema read_schema(const Json& json) {
  Object o(json, "");
  Schema schema;
  schema.namespaces = o.texts("namespaces");
  schema.extensions = o.list<Extension>("extensions", read_extension);
  schema.enums = o.list<Enum>("enums", read_enum);
  schema.tables = o.list<Table>("tables", read_table);
  schema.objects = o.list<DatabaseObject>("objects", read_object);
  o.finish();
  return schema;
}

}  // namespace

Json schema_to_json(const Schema& schema) {
  Json enums = Json::array();
  for (const Enum& e : schema.enums) enums.push_back({{"schema", e.schema}, {"name", e.name}, {"values", e.values}});
  Json tables = Json::array();
  for (const Table& table : schema.tables) tables.push_back(table_json(table));
  Json extensions = Json::array();
  for (const Extension& e : schema.extensions) {
    extensions.push_back({{"name", e.name}, {"schema", e.schema}, {"version", e.version}});
  }
  Json objects = Json::array();
  for (const DatabaseObject& object : schema.objects) {
    objects.push_back({{"kind", kind_name(object.kind)},
                       {"schema", object.schema},
                       {"name", object.name},
                       {"table", object.table},
                       {"definition", object.definition}});
  }
  return {{"namespaces", schema.namespaces},
          {"extensions", std::move(extensions)},
          {"enums", std::move(enums)},
          {"tables", std::move(tables)},
          {"objects", std::move(objects)}};
}

std::optional<Schema> schema_from_json(const Json& json, std::string* problem) {
  try {
    return read_schema(json);
  } catch (const Invalid& invalid) {
    if (problem != nullptr) *problem = invalid.message;
  } catch (const nlohmann::json::exception& e) {
    // Not expected (every value's type is checked first); kept so no input can escape as a throw.
    if (problem != nullptr) *problem = e.what();
  }
  return std::nullopt;
}

std::string serialize_schema(const Schema& schema) { return schema_to_json(schema).dump(); }

std::optional<Schema> deserialize_schema(std::string_view text, std::string* problem) {
  // Without exceptions a parse error is a discarded value, and invalid UTF-8 is rejected.
  Json json = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    if (problem != nullptr) *problem = "not JSON";
    return std::nullopt;
  }
  return schema_from_json(json, problem);
}

}  // namespace qdb::model
