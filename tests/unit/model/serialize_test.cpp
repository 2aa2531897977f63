#include "model/serialize.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <string>

namespace qdb::model {

// How many fields an aggregate has: the most initialisers T{...} accepts. When a field is added
// to a struct of schema.hpp the counts below stop matching, which points here and at
// serialize.cpp before a cache entry can silently lose the new field. Declared outside the
// anonymous namespace: it is never defined (only asked about in `requires`), which clang
// reports for a function of internal linkage.
struct AnyField {
  template <class T>
  operator T() const;
};

namespace {

template <class T, class... Fields>
constexpr std::size_t field_count() {
  if constexpr (requires { T{Fields{}..., AnyField{}}; }) {
    return field_count<T, Fields..., AnyField>();
  } else {
    return sizeof...(Fields);
  }
}

TEST(SerializeFields, EveryStructHasTheFieldsSerializeKnows) {
  const char* hint = ": a field was added or removed; serialise it in model/serialize.cpp, set it in Full() below, "
                     "then update this count (and the replay cache's format version, cli/replay_cache.cpp)";
  EXPECT_EQ(field_count<Column>(), 13u) << "Column" << hint;
  EXPECT_EQ(field_count<IndexColumn>(), 6u) << "IndexColumn" << hint;
  EXPECT_EQ(field_count<Index>(), 8u) << "Index" << hint;
  EXPECT_EQ(field_count<PrimaryKey>(), 2u) << "PrimaryKey" << hint;
  EXPECT_EQ(field_count<ForeignKey>(), 9u) << "ForeignKey" << hint;
  EXPECT_EQ(field_count<CheckConstraint>(), 2u) << "CheckConstraint" << hint;
  EXPECT_EQ(field_count<Table>(), 7u) << "Table" << hint;
  EXPECT_EQ(field_count<Enum>(), 3u) << "Enum" << hint;
  EXPECT_EQ(field_count<DatabaseObject>(), 5u) << "DatabaseObject" << hint;
  EXPECT_EQ(field_count<Extension>(), 3u) << "Extension" << hint;
  EXPECT_EQ(field_count<Schema>(), 5u) << "Schema" << hint;
}

// Every field of every struct set to something other than its default.
Schema Full() {
  Schema s;
  s.namespaces = {"app", "audit"};
  s.extensions = {{"citext", "", ""}, {"uuid-ossp", "app", "1.1"}};
  s.enums.push_back({"app", "Role", {"USER", "ADMIN"}});
  Table t;
  t.schema = "app";
  t.name = "Post";
  t.columns.push_back({"id", "INTEGER", "", false, std::nullopt, true, false, false, std::nullopt, std::nullopt, "post_id_seq", "ids", std::nullopt});
  t.columns.push_back(
      {"role", "\"Role\"", "Role", true, "'USER'", false, true, true, "BY DEFAULT", "lower(title)", std::nullopt,
       std::nullopt, "'USER'::\"Role\""});
  t.primary_key = PrimaryKey{"Post_pkey", {"id", "role"}};
  Index index;
  index.name = "Post_title_idx";
  index.columns.push_back({"title", "DESC", 10, "text_pattern_ops", "", "LAST"});
  index.columns.push_back({"", "ASC", std::nullopt, "", "lower(title)", "FIRST"});
  index.unique = true;
  index.method = "GIN";
  index.constraint = true;
  index.predicate = "(id > 0)";
  index.include = {"role"};
  index.nulls_not_distinct = true;
  t.indexes.push_back(index);
  ForeignKey fk;
  fk.name = "Post_author_fkey";
  fk.columns = {"author"};
  fk.referenced_schema = "audit";
  fk.referenced_table = "User";
  fk.referenced_columns = {"id"};
  fk.on_delete = Action::kSetNull;
  fk.on_update = Action::kSetDefault;
  fk.deferrable = true;
  fk.initially_deferred = true;
  t.foreign_keys.push_back(fk);
  t.checks.push_back({"price_positive", "CHECK ((price > 0))"});
  s.tables.push_back(t);
  s.objects.push_back({DatabaseObject::Kind::kTrigger, "app", "touch", "Post", "CREATE TRIGGER touch ..."});
  s.objects.push_back({DatabaseObject::Kind::kMaterializedView, "", "totals", "", " SELECT 1;"});
  return s;
}

TEST(Serialize, RoundTripKeepsEveryField) {
  const Schema full = Full();
  std::string problem;
  std::optional<Schema> back = deserialize_schema(serialize_schema(full), &problem);
  ASSERT_TRUE(back) << problem;
  EXPECT_EQ(*back, full);
}

TEST(Serialize, RoundTripKeepsEveryActionAndKind) {
  Schema s;
  Table t;
  t.name = "t";
  for (Action a : {Action::kCascade, Action::kRestrict, Action::kNoAction, Action::kSetNull, Action::kSetDefault}) {
    ForeignKey fk;
    fk.on_delete = a;
    fk.on_update = a;
    t.foreign_keys.push_back(fk);
  }
  s.tables.push_back(t);
  for (int k = 0; k <= static_cast<int>(DatabaseObject::Kind::kColumnCollation); ++k) {
    // Named by their number alone: "o" + std::to_string(k) trips GCC 12's -Wrestrict.
    s.objects.push_back({static_cast<DatabaseObject::Kind>(k), "", std::to_string(k), "", ""});
  }
  std::optional<Schema> back = deserialize_schema(serialize_schema(s));
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, s);
}

TEST(Serialize, EmptySchemaRoundTrips) {
  EXPECT_EQ(serialize_schema(Schema{}), R"({"namespaces":[],"extensions":[],"enums":[],"tables":[],"objects":[]})");
  std::optional<Schema> back = deserialize_schema(serialize_schema(Schema{}));
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, Schema{});
}

TEST(Serialize, TextIsKeptByteForByte) {
  Schema s;
  s.enums.push_back({"", "Mood \"quoted\"\n", {"\xc3\xa9t\xc3\xa9", "back\\slash", std::string("nul\0x", 5)}});
  std::optional<Schema> back = deserialize_schema(serialize_schema(s));
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, s);
}

std::optional<Schema> read(const std::string& text, std::string& problem) {
  problem.clear();
  return deserialize_schema(text, &problem);
}

TEST(Serialize, InvalidOrForeignJsonIsRefusedWithWhere) {
  std::string problem;
  EXPECT_FALSE(read("", problem));
  EXPECT_EQ(problem, "not JSON");
  EXPECT_FALSE(read("{\"namespaces\":[", problem));
  EXPECT_EQ(problem, "not JSON");
  EXPECT_FALSE(read("[1,2]", problem));
  EXPECT_EQ(problem, "expected an object");
  EXPECT_FALSE(read("{\"name\":\"package.json\",\"version\":\"1.0.0\"}", problem));
  EXPECT_EQ(problem, "namespaces: missing");
  EXPECT_FALSE(read(R"({"namespaces":[],"extensions":[],"enums":[],"tables":[],"objects":[],"views":[]})", problem));
  EXPECT_EQ(problem, "views: unknown field");
  EXPECT_FALSE(read(R"({"namespaces":[1],"enums":[],"tables":[],"objects":[]})", problem));
  EXPECT_EQ(problem, "namespaces: expected an array of strings");
  EXPECT_FALSE(read(R"({"namespaces":[],"extensions":[],"enums":[],"tables":[{"schema":"","name":"t"}],"objects":[]})",
                    problem));
  EXPECT_EQ(problem, "tables[0].columns: missing");
  EXPECT_FALSE(read(R"({"namespaces":[],"extensions":[],"enums":[],"tables":[],"objects":[{"kind":"table","schema":"",)"
                    R"("name":"x","table":"","definition":""}]})",
                    problem));
  EXPECT_EQ(problem, "objects[0].kind: unknown object kind \"table\"");
}

TEST(Serialize, AWrongTypeDeepInsideIsRefused) {
  Schema full = Full();
  nlohmann::ordered_json json = schema_to_json(full);
  std::string problem;

  nlohmann::ordered_json changed = json;
  changed["tables"][0]["columns"][1]["nullable"] = "yes";
  EXPECT_FALSE(schema_from_json(changed, &problem));
  EXPECT_EQ(problem, "tables[0].columns[1].nullable: expected a boolean");

  changed = json;
  changed["tables"][0]["indexes"][0]["columns"][0]["length"] = 1e12;
  EXPECT_FALSE(schema_from_json(changed, &problem));
  EXPECT_EQ(problem, "tables[0].indexes[0].columns[0].length: expected an integer or null");

  changed = json;
  changed["tables"][0]["indexes"][0]["columns"][0]["length"] = 4294967296LL;
  EXPECT_FALSE(schema_from_json(changed, &problem));
  EXPECT_EQ(problem, "tables[0].indexes[0].columns[0].length: out of range");

  changed = json;
  changed["tables"][0]["foreign_keys"][0]["on_delete"] = "EXPLODE";
  EXPECT_FALSE(schema_from_json(changed, &problem));
  EXPECT_EQ(problem, "tables[0].foreign_keys[0].on_delete: unknown referential action \"EXPLODE\"");

  changed = json;
  changed["tables"][0]["primary_key"] = 5;
  EXPECT_FALSE(schema_from_json(changed, &problem));
  EXPECT_EQ(problem, "tables[0].primary_key: expected an object");
}

TEST(Serialize, DeeplyNestedJsonDoesNotCrash) {
  std::string text(100000, '[');
  text += std::string(100000, ']');
  std::string problem;
  EXPECT_FALSE(read(text, problem));
  EXPECT_EQ(problem, "expected an object");
}

TEST(Serialize, InvalidUtf8IsNotJson) {
  std::string problem;
  EXPECT_FALSE(read("{\"namespaces\":[\"\xff\"],\"enums\":[],\"tables\":[],\"objects\":[]}", problem));
  EXPECT_EQ(problem, "not JSON");
}

}  // namespace
}  // namespace qdb::model
