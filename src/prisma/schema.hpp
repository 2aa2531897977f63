#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prisma/source.hpp"
#include "util/optional_box.hpp"

namespace qdb::prisma {

/// The built-in scalar types of the Prisma schema language.
enum class ScalarType {
  kString, kInt, kBigInt, kFloat, kDecimal, kBoolean, kDateTime, kJson, kBytes, kUnsupported,
};

/// Everything qdb says about a scalar type, in one row per type (scalar_types()).
struct ScalarTypeInfo {
  ScalarType type;
  const char* name;           // Prisma's spelling: "String", "Int", ...
  const char* sql;            // the column type Prisma creates without @db.*: "TEXT", ... ("" for Unsupported)
  const char* typescript;     // Prisma Client's TypeScript type
  const char* pg_value;       // what node-postgres' default parsers make of a value (native types aside)
  const char* pg_list;        // ... and of an array of them
  const char* cpp;            // the C++ type of generated structs
};

/// The row of `type`.
const ScalarTypeInfo& scalar_type_info(ScalarType type);

/// The scalar type Prisma spells `name`, if any.
std::optional<ScalarType> scalar_from_name(std::string_view name);

/// The Prisma spelling of a scalar type ("String", "Int", ...).
const char* scalar_type_name(ScalarType type);

/// A PostgreSQL native type from `@db.Name(args)`: `name` without the `db.` prefix.
struct NativeType {
  std::string name;
  std::vector<int> arguments;
  Location location;
};

/// A validated `@default(...)` value.
struct DefaultValue {
  enum class Kind {
    kAutoincrement,  // autoincrement()
    kNow,            // now()
    kUuid,           // uuid(), uuid(4), uuid(7); `version` holds 4 or 7
    kCuid,           // cuid(), cuid(2); `version` holds 1 or 2
    kNanoid,         // nanoid(), nanoid(n); `version` holds n or 0
    kUlid,           // ulid()
    kDbGenerated,    // dbgenerated("expr"); `text` holds expr (may be empty)
    kString,         // "text" (also DateTime, Json, Bytes and Decimal written as strings)
    kNumber,         // 12, 1.5; `text` as written
    kBoolean,        // true / false in `text`
    kEnumValue,      // an enum value name in `text`
    kList,           // [items]
  };

  Kind kind = Kind::kString;
  std::string text;
  int version = 0;
  std::vector<DefaultValue> items;
  Location location;
};

/// A referential action on a relation.
enum class ReferentialAction { kCascade, kRestrict, kNoAction, kSetNull, kSetDefault };

/// The Prisma spelling of a referential action ("Cascade", ...).
const char* referential_action_name(ReferentialAction action);

/// `@relation(...)` details of a relation field.
struct Relation {
  std::string name;                          // the relation name, empty when not given
  std::vector<std::string> fields;           // scalar fields of this model (holding side only)
  std::vector<std::string> references;       // fields of the related model
  std::optional<ReferentialAction> on_delete;
  std::optional<ReferentialAction> on_update;
  std::string map;                           // explicit foreign key name
  Location location;
};

/// One field of a model or view, after validation. A schema holds tens of thousands of these,
/// so the large parts most fields lack (native type, default, relation) are boxed: present, they
/// cost one heap allocation; absent, one pointer. What every pass over the fields reads comes
/// first, in the struct's first two cache lines (lowering reads each field once, long after it
/// was built: every line it touches is a cache miss).
struct Field {
  enum class Kind { kScalar, kEnum, kRelation };

  Kind kind = Kind::kScalar;
  ScalarType scalar = ScalarType::kString;  // for kScalar
  bool optional = false;
  bool list = false;
  bool id = false;             // @id
  bool unique = false;         // @unique
  bool updated_at = false;     // @updatedAt
  bool ignored = false;        // @ignore
  util::OptionalBox<NativeType> native_type;
  util::OptionalBox<DefaultValue> default_value;
  util::OptionalBox<Relation> relation;  // for kRelation; present even without @relation
  std::string name;
  std::string database_name;   // @map or the field name
  std::string type_name;       // as written: "String", an enum or a model name
  std::string unsupported;     // for ScalarType::kUnsupported: the database type text
  std::string unique_map;      // @unique(map: "name")
  std::optional<std::string> unique_sort;  // @unique(sort: Desc)
  std::string id_map;          // @id(map: "name")
  std::string documentation;
  Location location;
};

/// A field inside an index or key list, with its per-field arguments.
struct IndexField {
  std::string name;
  std::optional<std::string> sort;  // "Asc" or "Desc" when written
  std::optional<int> length;
  std::string ops;                  // operator class, e.g. "jsonb_path_ops"
};

/// `@@id`, `@@unique` or `@@index` on a model.
struct ModelIndex {
  enum class Kind { kPrimaryKey, kUnique, kIndex };

  Kind kind = Kind::kIndex;
  std::vector<IndexField> fields;
  std::string name;    // `name:` argument (client name for @@id/@@unique)
  std::string map;     // `map:` argument (database name)
  std::string type;    // `type:` for @@index: BTree, Hash, Gin, Gist, Brin, SpGist
  bool clustered = false;
  Location location;
};

/// A model or a view.
struct Model {
  std::string name;
  std::string database_name;   // @@map or the model name
  std::string schema;          // @@schema, empty for the default schema
  bool is_view = false;
  bool ignored = false;        // @@ignore
  std::vector<Field> fields;
  std::vector<ModelIndex> indexes;  // block-level @@id, @@unique, @@index in source order
  std::string documentation;
  Location location;
};

/// One value of an enum.
struct EnumValue {
  std::string name;
  std::string database_name;
  std::string documentation;
  Location location;
};

/// An enum block.
struct Enum {
  std::string name;
  std::string database_name;
  std::string schema;
  std::vector<EnumValue> values;
  std::string documentation;
  Location location;
};

/// One entry of the datasource's `extensions = [...]` (postgresqlExtensions preview feature):
/// `citext`, or `uuidOssp(map: "uuid-ossp", schema: "ext", version: "1.1")`.
struct DatasourceExtension {
  std::string name;     // as written
  std::string map;      // the database's name, when it differs
  std::string schema;   // where to create it; empty: PostgreSQL's choice
  std::string version;  // empty: the default version
};

/// The datasource block.
struct Datasource {
  std::string name;            // "db" in `datasource db { ... }`
  std::string provider;
  std::string url_env;         // `url = env("X")` → "X"; empty when absent (Prisma 7) or literal
  std::string url_literal;     // `url = "postgres://..."`
  std::string direct_url_env;
  std::string shadow_database_url_env;
  std::vector<std::string> schemas;  // `schemas = [...]` (multiSchema)
  std::vector<DatasourceExtension> extensions;
  Location location;
};

/// A generator block, kept as written.
struct Generator {
  std::string name;
  std::vector<std::pair<std::string, std::string>> properties;  // key, value text
  Location location;
};

/// A whole validated schema, blocks in source order (files in the order they were given).
struct Schema {
  std::optional<Datasource> datasource;
  std::vector<Generator> generators;
  std::vector<Enum> enums;
  std::vector<Model> models;     // models and views
  std::vector<std::string> files;  // file names, indexed by Location::file

  /// The model or view named `name`, or nullptr.
  const Model* find_model(const std::string& name) const;
  /// The enum named `name`, or nullptr.
  const Enum* find_enum(const std::string& name) const;
};

/// The field named `name` in `model`, or nullptr.
const Field* find_field(const Model& model, const std::string& name);

}  // namespace qdb::prisma
