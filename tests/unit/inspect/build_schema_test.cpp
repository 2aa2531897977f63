#include "inspect/build_schema.hpp"

#include <gtest/gtest.h>

#include "model/dump.hpp"

namespace qdb::inspect {
namespace {

db::ColumnRow column(std::string table, std::string name, std::string type, bool not_null = true) {
  db::ColumnRow row;
  row.schema = "public";
  row.table = std::move(table);
  row.name = std::move(name);
  row.formatted_type = std::move(type);
  row.element_schema = "pg_catalog";
  row.not_null = not_null;
  return row;
}

db::IndexColumnRow key(std::string table, std::string index, std::string column, int position) {
  db::IndexColumnRow row;
  row.schema = "public";
  row.table = std::move(table);
  row.index = std::move(index);
  row.method = "btree";
  row.column = std::move(column);
  row.position = position;
  return row;
}

db::CatalogRows user_and_post() {
  db::CatalogRows rows;
  rows.tables = {{"public", "Post"}, {"public", "User"}, {"public", "_prisma_migrations"}};
  db::ColumnRow id = column("Post", "id", "integer");
  id.default_sql = "nextval('\"Post_id_seq\"'::regclass)";
  id.owned_sequence = "Post_id_seq";
  db::ColumnRow created = column("Post", "createdAt", "timestamp(3) without time zone");
  created.default_sql = "CURRENT_TIMESTAMP";
  db::ColumnRow author = column("Post", "authorId", "integer", false);
  db::ColumnRow tags = column("Post", "tags", "text[]", false);  // as Prisma writes a list: no NOT NULL
  tags.array_dimensions = 1;
  tags.default_sql = "ARRAY['a'::text]";
  db::ColumnRow user_id = column("User", "id", "integer");
  user_id.default_sql = "nextval('\"User_id_seq\"'::regclass)";
  user_id.owned_sequence = "user_id_seq";  // added by a migration, in lower case
  db::ColumnRow role = column("User", "role", "\"Role\"");
  role.element_schema = "public";
  role.element_name = "Role";
  role.element_is_enum = true;
  role.default_sql = "'USER'::\"Role\"";
  db::ColumnRow email = column("User", "email", "character varying(255)");
  rows.columns = {id, created, author, tags, user_id, role, email, column("_prisma_migrations", "id", "text")};

  db::IndexColumnRow post_pkey = key("Post", "Post_pkey", "id", 1);
  post_pkey.unique = post_pkey.primary = true;
  post_pkey.constraint_type = 'p';
  db::IndexColumnRow author_idx = key("Post", "Post_authorId_createdAt_idx", "authorId", 1);
  db::IndexColumnRow created_idx = key("Post", "Post_authorId_createdAt_idx", "createdAt", 2);
  created_idx.descending = true;
  created_idx.nulls_first = true;
  db::IndexColumnRow user_pkey = key("User", "User_pkey", "id", 1);
  user_pkey.unique = user_pkey.primary = true;
  user_pkey.constraint_type = 'p';
  db::IndexColumnRow email_key = key("User", "User_email_key", "email", 1);
  email_key.unique = true;
  rows.index_columns = {post_pkey, author_idx, created_idx, user_pkey, email_key};

  db::ForeignKeyColumnRow fk;
  fk.schema = fk.referenced_schema = "public";
  fk.table = "Post";
  fk.name = "Post_authorId_fkey";
  fk.position = 1;
  fk.column = "authorId";
  fk.referenced_table = "User";
  fk.referenced_column = "id";
  fk.on_delete = 'n';
  fk.on_update = 'c';
  rows.foreign_key_columns = {fk};
  rows.enum_values = {{"public", "Role", "USER"}, {"public", "Role", "ADMIN"}};
  return rows;
}

TEST(BuildSchema, AMigratedPrismaSchema) {
  model::Schema schema = build_schema(user_and_post(), {});
  EXPECT_EQ(model::dump(schema),
            "enum \"Role\"\n"
            "  value 'USER'\n"
            "  value 'ADMIN'\n"
            "table \"Post\"\n"
            "  column \"id\" INTEGER not null autoincrement\n"
            "  column \"createdAt\" TIMESTAMP(3) not null default CURRENT_TIMESTAMP\n"
            "  column \"authorId\" INTEGER null\n"
            "  column \"tags\" TEXT[] not null default ARRAY['a']::TEXT[]\n"
            "  primary key \"Post_pkey\" (\"id\")\n"
            "  index \"Post_authorId_createdAt_idx\" (\"authorId\", \"createdAt\" DESC)\n"
            "  foreign key \"Post_authorId_fkey\" (\"authorId\") references \"User\" (\"id\") on delete SET NULL "
            "on update CASCADE\n"
            "table \"User\"\n"
            "  column \"id\" INTEGER not null autoincrement\n"
            "  column \"role\" \"Role\" enum \"Role\" not null default 'USER'\n"
            "  column \"email\" VARCHAR(255) not null\n"
            "  primary key \"User_pkey\" (\"id\")\n"
            "  unique index \"User_email_key\" (\"email\")\n");
  EXPECT_EQ(schema.tables[0].columns[0].sequence.value_or("-"), "Post_id_seq");
  EXPECT_EQ(schema.tables[1].columns[0].sequence.value_or("-"), "user_id_seq");
}

TEST(BuildSchema, MultiSchemaKeepsEverySchemasName) {
  db::CatalogRows rows = user_and_post();
  rows.enum_values[0].schema = rows.enum_values[1].schema = "auth";
  rows.columns[5].element_schema = "auth";
  BuildOptions options;
  options.default_schema = "";
  options.namespaces = {"auth", "public"};
  model::Schema schema = build_schema(rows, options);
  EXPECT_EQ(schema.namespaces, (std::vector<std::string>{"auth", "public"}));
  ASSERT_EQ(schema.enums.size(), 1u);
  EXPECT_EQ(schema.enums[0].schema, "auth");
  ASSERT_EQ(schema.tables.size(), 2u);
  EXPECT_EQ(schema.tables[0].schema, "public");
  EXPECT_EQ(schema.tables[1].columns[1].type, "\"auth\".\"Role\"");
  EXPECT_EQ(schema.tables[1].columns[1].enum_name, "Role");
  EXPECT_EQ(schema.tables[0].foreign_keys[0].referenced_schema, "public");
}

TEST(BuildSchema, WhatOnlyADatabaseHas) {
  db::CatalogRows rows;
  rows.tables = {{"app", "t"}};
  db::ColumnRow id = column("t", "id", "bigint");
  id.schema = "app";
  id.identity = 'a';
  db::ColumnRow total = column("t", "total", "numeric(10,2)", false);
  total.schema = "app";
  total.generated = 's';
  total.default_sql = "(price * (2)::numeric)";
  db::ColumnRow plain_sequence = column("t", "n", "integer");
  plain_sequence.schema = "app";
  plain_sequence.default_sql = "nextval('shared_seq'::regclass)";  // not owned: autoincrement too, as in Prisma
  rows.columns = {id, total, plain_sequence};
  db::IndexColumnRow expression = key("t", "t_lower_idx", "", 1);
  expression.schema = "app";
  expression.expression = "lower(name)";
  expression.method = "gin";
  expression.opclass = "gin_trgm_ops";
  expression.predicate = "(n > 0)";
  db::IndexColumnRow unique = key("t", "t_n_key", "n", 1);
  unique.schema = "app";
  unique.unique = true;
  unique.constraint_type = 'u';
  unique.nulls_not_distinct = true;
  unique.nulls_first = true;
  db::IndexColumnRow included = key("t", "t_n_key", "total", 2);
  included.schema = "app";
  included.unique = true;
  included.constraint_type = 'u';
  included.included = true;
  db::IndexColumnRow exclusion = key("t", "t_excl", "n", 1);
  exclusion.schema = "app";
  exclusion.constraint_type = 'x';
  rows.index_columns = {expression, unique, included, exclusion};
  db::ForeignKeyColumnRow a{"app", "t", "t_fk", 1, "id", "other", "u", "a", 'a', 'r', true, true};
  db::ForeignKeyColumnRow b{"app", "t", "t_fk", 2, "n", "other", "u", "b", 'a', 'r', true, true};
  rows.foreign_key_columns = {a, b};
  rows.checks = {{"app", "t", "t_n_check", "CHECK (n > 0)"}};
  rows.objects = {{"view", "app", "v", "", " SELECT 1"}, {"trigger", "app", "trg", "t", "CREATE TRIGGER ..."},
                  {"extension", "public", "pg_trgm", "", "1.6"}};
  BuildOptions options;
  options.default_schema = "app";
  model::Schema schema = build_schema(rows, options);
  ASSERT_EQ(schema.tables.size(), 1u);
  const model::Table& t = schema.tables[0];
  EXPECT_EQ(t.schema, "");
  EXPECT_EQ(t.columns[0].identity.value_or("-"), "ALWAYS");
  EXPECT_FALSE(t.columns[0].default_sql.has_value());
  EXPECT_EQ(t.columns[1].generated_sql.value_or("-"), "(price * (2)::numeric)");
  EXPECT_FALSE(t.columns[1].default_sql.has_value());
  EXPECT_TRUE(t.columns[2].autoincrement);
  EXPECT_EQ(t.columns[2].sequence.value_or("-"), "shared_seq");
  EXPECT_FALSE(t.columns[2].default_sql.has_value());
  ASSERT_EQ(t.indexes.size(), 2u);  // the exclusion constraint's index is not modelled
  EXPECT_EQ(t.indexes[0], (model::Index{"t_lower_idx", {{"", "", std::nullopt, "gin_trgm_ops", "lower(name)", ""}},
                                        false, "GIN", false, "(n > 0)", {}, false}));
  EXPECT_EQ(t.indexes[1], (model::Index{"t_n_key", {{"n", "", std::nullopt, "", "", "FIRST"}}, true, "", true,
                                        std::nullopt, {"total"}, true}));
  ASSERT_EQ(t.foreign_keys.size(), 1u);
  EXPECT_EQ(t.foreign_keys[0], (model::ForeignKey{"t_fk", {"id", "n"}, "other", "u", {"a", "b"},
                                                  model::Action::kNoAction, model::Action::kRestrict, true, true}));
  EXPECT_EQ(t.checks, (std::vector<model::CheckConstraint>{{"t_n_check", "CHECK (n > 0)"}}));
  EXPECT_EQ(model::dump(schema).substr(model::dump(schema).find("view")),
            "view \"v\"\ntrigger \"trg\" on \"t\"\nextension \"public\".\"pg_trgm\"\n");
}

// What a migration must keep but the schema language cannot say: each is an object, and the
// partition is not a table of its own.
TEST(BuildSchema, ExclusionConstraintsPartitionsCommentsAndCollationsAreObjects) {
  db::CatalogRows rows;
  rows.tables = {{"public", "Event"}};
  rows.columns = {column("Event", "id", "integer"), column("Event", "at", "timestamp(3) without time zone")};
  rows.objects = {
      {"exclusion constraint", "public", "Event_during_excl", "Event", "EXCLUDE USING gist (during WITH &&)"},
      {"partition key", "public", "Event", "Event", "RANGE (at)"},
      {"partition", "public", "event_2024", "Event", "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"},
      {"comment", "public", "Event.at", "Event", "when it happened"},
      {"collation", "public", "german", "", "icu de"},
      {"column collation", "public", "Event.name", "Event", "pg_catalog.\"C\""},
  };
  model::Schema schema = build_schema(rows, BuildOptions{});
  EXPECT_EQ(model::dump(schema),
            "table \"Event\"\n"
            "  column \"id\" INTEGER not null\n"
            "  column \"at\" TIMESTAMP(3) not null\n"
            "exclusion constraint \"Event_during_excl\" on \"Event\"\n"
            "partition key \"Event\" on \"Event\"\n"
            "partition \"event_2024\" on \"Event\"\n"
            "comment \"Event.at\" on \"Event\"\n"
            "collation \"german\"\n"
            "column collation \"Event.name\" on \"Event\"\n");
  EXPECT_EQ(schema.objects[2].definition, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
}

// Prisma reads every default that is nothing but nextval() of a sequence as autoincrement(), of
// a sequence the column owns or not, and knows the sequence by the name in the default.
TEST(BuildSchema, ANextvalDefaultOfAnIntegerColumnIsAutoincrementOwnedOrNot) {
  db::CatalogRows rows;
  rows.tables = {{"public", "t"}};
  auto with_default = [](std::string name, std::string type, std::string sql) {
    db::ColumnRow row = column("t", std::move(name), std::move(type));
    row.default_sql = std::move(sql);
    return row;
  };
  db::ColumnRow owned = with_default("owned", "integer", "nextval('\"t_owned_seq\"'::regclass)");
  owned.owned_sequence = "t_owned_seq";
  rows.columns = {owned,
                  with_default("inherited", "bigint", "nextval('\"Base_id_seq\"'::regclass)"),
                  with_default("qualified", "smallint", "nextval('app.counter'::regclass)"),
                  with_default("own_schema", "integer", "nextval('public.mine'::regclass)"),
                  with_default("quoted", "integer", "nextval('\"odd.\"\"name\"'::regclass)"),
                  with_default("quote", "integer", "nextval('\"it''s\"'::regclass)"),
                  with_default("text", "text", "nextval('counter'::regclass)"),
                  with_default("plus", "integer", "(nextval('counter'::regclass) + 1)"),
                  with_default("cast", "integer", "nextval(('counter'::text)::regclass)")};
  const model::Schema schema = build_schema(rows, {});
  const model::Table& t = schema.tables.at(0);
  std::vector<std::string> sequences;
  for (const model::Column& c : t.columns) {
    sequences.push_back(c.autoincrement ? c.sequence_schema.value_or("") + "|" + c.sequence.value_or("?")
                                        : "default " + c.default_sql.value_or("-"));
  }
  EXPECT_EQ(sequences, (std::vector<std::string>{"|t_owned_seq", "|Base_id_seq", "app|counter", "|mine", "|odd.\"name", "|it's",
                                                 "default nextval('counter'::regclass)",
                                                 "default (nextval('counter'::regclass) + 1)",
                                                 "default nextval(('counter'::text)::regclass)"}));
}

}  // namespace
}  // namespace qdb::inspect
