#include "inspect/to_prisma.hpp"

#include <gtest/gtest.h>

namespace qdb::inspect {
namespace {

const std::string kDatasource =
    "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n";

model::Column column(const std::string& name, const std::string& type, bool nullable = false) {
  model::Column c;
  c.name = name;
  c.type = type;
  c.nullable = nullable;
  return c;
}

model::Table table_with_id(const std::string& name) {
  model::Table t;
  t.name = name;
  model::Column id = column("id", "INTEGER");
  id.autoincrement = true;
  t.columns.push_back(id);
  t.primary_key = model::PrimaryKey{name + "_pkey", {"id"}};
  return t;
}

TEST(PrismaIdentifier, DropsLeadingNonLettersAndReplacesTheRest) {
  EXPECT_EQ(prisma_identifier("users"), "users");
  EXPECT_EQ(prisma_identifier("2fa-codes"), "fa_codes");
  EXPECT_EQ(prisma_identifier("user name"), "user_name");
  EXPECT_EQ(prisma_identifier("_x"), "x");
  EXPECT_EQ(prisma_identifier("so-so"), "so_so");
}

TEST(ConfigurationBlocks, KeepsDatasourceAndGeneratorsAsWrittenAndNothingElse) {
  const std::string text =
      "// the app\ngenerator client {\n  provider = \"prisma-client-js\" // }\n}\n\n"
      "datasource db {\n  provider = \"postgresql\"\n  url = env(\"X\")\n}\n\nmodel A {\n  id Int @id\n}\n";
  EXPECT_EQ(configuration_blocks(text),
            "generator client {\n  provider = \"prisma-client-js\" // }\n}\n\n"
            "datasource db {\n  provider = \"postgresql\"\n  url = env(\"X\")\n}\n\n");
  EXPECT_EQ(configuration_blocks(""), kDatasource + "\n");
  // Prisma writes a multiSchema datasource's list sorted.
  EXPECT_EQ(configuration_blocks("datasource db {\n  provider = \"postgresql\"\n  schemas = [\"public\", \"auth\"]\n}\n"),
            "datasource db {\n  provider = \"postgresql\"\n  schemas = [\"auth\", \"public\"]\n}\n\n");
}

TEST(DeclaresModels, SeesModelsAndEnumsButNotCommentsOrConfiguration) {
  EXPECT_FALSE(declares_models(kDatasource + "// model A {\n"));
  EXPECT_TRUE(declares_models(kDatasource + "model A {\n  id Int @id\n}\n"));
  EXPECT_TRUE(declares_models("enum Role {\n  A\n}\n"));
}

TEST(ToPrisma, ColumnsBecomeFieldsWithTypesDefaultsAndNativeTypes) {
  model::Schema schema;
  model::Table t = table_with_id("item list");
  t.columns.push_back(column("code", "VARCHAR(12)"));
  model::Column price = column("price", "DECIMAL(10,2)", true);
  price.default_sql = "0.5";
  t.columns.push_back(price);
  model::Column at = column("at", "TIMESTAMP(3)");
  at.default_sql = "CURRENT_TIMESTAMP";
  t.columns.push_back(at);
  model::Column tags = column("tags", "TEXT[]");
  tags.default_sql = "ARRAY['a', 'b''c']::TEXT[]";
  t.columns.push_back(tags);
  model::Column uuid = column("uuid", "UUID");
  uuid.default_sql = "gen_random_uuid()";
  t.columns.push_back(uuid);
  t.columns.push_back(column("shape", "circle", true));
  model::Index unique;
  unique.name = "item list_code_key";
  unique.unique = true;
  unique.columns.emplace_back().name = "code";
  t.indexes.push_back(unique);
  schema.tables.push_back(t);
  EXPECT_EQ(to_prisma(schema),
            kDatasource +
                "\nmodel item_list {\n"
                "  id    Int                    @id @default(autoincrement())\n"
                "  code  String                 @unique @db.VarChar(12)\n"
                "  price Decimal?               @default(0.5) @db.Decimal(10, 2)\n"
                "  at    DateTime               @default(now())\n"
                "  tags  String[]               @default([\"a\", \"b'c\"])\n"
                "  uuid  String                 @default(dbgenerated(\"gen_random_uuid()\")) @db.Uuid\n"
                "  shape Unsupported(\"circle\")?\n"
                "\n"
                "  @@map(\"item list\")\n"
                "}\n");
}

TEST(ToPrisma, ForeignKeysBecomeRelationFieldsOnBothSides) {
  model::Schema schema;
  model::Table users = table_with_id("users");
  model::Table posts = table_with_id("posts");
  posts.columns.push_back(column("author", "INTEGER", true));
  model::ForeignKey key;
  key.name = "posts_author_fkey";
  key.columns = {"author"};
  key.referenced_table = "users";
  key.referenced_columns = {"id"};
  key.on_delete = model::Action::kCascade;
  posts.foreign_keys.push_back(key);
  schema.tables = {users, posts};
  EXPECT_EQ(to_prisma(schema),
            kDatasource +
                "\nmodel posts {\n"
                "  id     Int    @id @default(autoincrement())\n"
                "  author Int?\n"
                "  users  users? @relation(fields: [author], references: [id], onDelete: Cascade)\n"
                "}\n\n"
                "model users {\n"
                "  id    Int     @id @default(autoincrement())\n"
                "  posts posts[]\n"
                "}\n");
}

TEST(ToPrisma, BytesDefaultsInBase64AndTimesWithTheirPrecision) {
  model::Schema schema;
  model::Table t = table_with_id("t");
  model::Column raw = column("raw", "BYTEA", true);
  raw.default_sql = "'\\x01020304'";
  t.columns.push_back(raw);
  t.columns.push_back(column("at", "TIMESTAMPTZ(6)", true));  // as the inspector spells a plain timestamptz
  t.columns.push_back(column("at3", "TIMESTAMP(3)", true));
  schema.tables.push_back(t);
  EXPECT_EQ(to_prisma(schema),
            kDatasource +
                "\nmodel t {\n"
                "  id  Int       @id @default(autoincrement())\n"
                "  raw Bytes?    @default(\"AQIDBA==\")\n"
                "  at  DateTime? @db.Timestamptz(6)\n"
                "  at3 DateTime?\n"
                "}\n");
}

// Control characters in a default are escaped as Prisma escapes them (its strings are JSON's): a
// newline inside the quotes would end the line and the schema would not parse.
TEST(ToPrisma, StringDefaultsEscapeControlCharactersAsPrisma) {
  model::Schema schema;
  model::Table t = table_with_id("t");
  model::Column note = column("note", "TEXT", true);
  note.default_sql = "'line\nbreak\ttab \"q\" back\\slash \x01'";
  t.columns.push_back(note);
  schema.tables.push_back(t);
  EXPECT_EQ(to_prisma(schema),
            kDatasource +
                "\nmodel t {\n"
                "  id   Int     @id @default(autoincrement())\n"
                "  note String? @default(\"line\\nbreak\\ttab \\\"q\\\" back\\\\slash \\u0001\")\n"
                "}\n");
}

model::ForeignKey key_to(const std::string& table, const std::string& column, const std::string& target) {
  model::ForeignKey key;
  key.name = table + "_" + column + "_fkey";
  key.columns = {column};
  key.referenced_table = target;
  key.referenced_columns = {"id"};
  key.on_delete = model::Action::kCascade;
  return key;
}

TEST(ToPrisma, AJoinTableBecomesListFieldsOnBothModels) {
  model::Schema schema;
  model::Table join;
  join.name = "_PostToTag";
  join.columns = {column("A", "INTEGER"), column("B", "INTEGER")};
  join.primary_key = model::PrimaryKey{"_PostToTag_AB_pkey", {"A", "B"}};
  join.foreign_keys = {key_to("_PostToTag", "A", "Post"), key_to("_PostToTag", "B", "Tag")};
  schema.tables = {table_with_id("Tag"), join, table_with_id("Post")};
  EXPECT_EQ(to_prisma(schema),
            kDatasource +
                "\nmodel Post {\n  id  Int   @id @default(autoincrement())\n  Tag Tag[]\n}\n\n"
                "model Tag {\n  id   Int    @id @default(autoincrement())\n  Post Post[]\n}\n");
  // Named after the relation: `_Tagging` is written as @relation("Tagging") on both sides.
  schema.tables[1].name = "_Tagging";
  EXPECT_EQ(to_prisma(schema),
            kDatasource +
                "\nmodel Post {\n  id  Int   @id @default(autoincrement())\n  Tag Tag[] @relation(\"Tagging\")\n}\n\n"
                "model Tag {\n  id   Int    @id @default(autoincrement())\n  Post Post[] @relation(\"Tagging\")\n}\n");
}

TEST(ToPrisma, ATableWithoutAKeyIsIgnoredWithPrismasComment) {
  model::Schema schema;
  model::Table log;
  log.name = "log";
  log.columns.push_back(column("message", "TEXT", true));
  schema.tables.push_back(log);
  EXPECT_EQ(to_prisma(schema),
            kDatasource +
                "\n/// The underlying table does not contain a valid unique identifier and can therefore currently "
                "not be handled by Prisma Client.\nmodel log {\n  message String?\n\n  @@ignore\n}\n");
}

// A comment on a table or one of its columns, or on an enum, gets Prisma's warning above the model
// or enum (after the one about check constraints and the one about a missing identifier); a
// comment on an index (its `table` is the index) marks nothing.
TEST(ToPrisma, CommentsInTheDatabaseGetPrismasWarning) {
  using Kind = model::DatabaseObject::Kind;
  const std::string kModelWarning =
      "/// This model or at least one of its fields has comments in the database, and requires an additional "
      "setup for migrations: Read more: https://pris.ly/d/database-comments\n";
  model::Schema schema;
  model::Table log;
  log.name = "log";
  log.columns.push_back(column("message", "TEXT", true));
  log.checks.push_back({"log_message_check", "CHECK (message <> '')"});
  schema.tables.push_back(log);
  schema.tables.push_back(table_with_id("quiet"));
  schema.enums.push_back({"", "role", {"admin"}});
  schema.objects.push_back({Kind::kComment, "", "log.message", "log", "what happened"});
  schema.objects.push_back({Kind::kComment, "", "quiet_pkey", "quiet_pkey", "an index"});
  schema.objects.push_back({Kind::kComment, "", "role", "", "who"});
  EXPECT_EQ(to_prisma(schema),
            kDatasource +
                "\n/// This table contains check constraints and requires additional setup for migrations. Visit "
                "https://pris.ly/d/check-constraints for more info.\n"
                "/// The underlying table does not contain a valid unique identifier and can therefore currently "
                "not be handled by Prisma Client.\n" +
                kModelWarning + "model log {\n  message String?\n\n  @@ignore\n}\n\n"
                "model quiet {\n  id Int @id @default(autoincrement())\n}\n\n"
                "/// This enum is commented in the database, and requires an additional setup for migrations: Read "
                "more: https://pris.ly/d/database-comments\nenum role {\n  admin\n}\n");
}

TEST(LeftOut, NamesWhatTheSchemaLanguageCannotSay) {
  model::Schema schema;
  model::Table t = table_with_id("t");
  t.checks.push_back({"t_positive", "CHECK ((id > 0))"});
  model::Index lower;
  lower.name = "t_lower_idx";
  lower.columns.emplace_back().expression = "lower(x)";
  t.indexes.push_back(lower);
  schema.tables.push_back(t);
  model::DatabaseObject view;
  view.kind = model::DatabaseObject::Kind::kView;
  view.name = "v";
  schema.objects.push_back(view);
  EXPECT_EQ(left_out(schema),
            (std::vector<std::string>{"check constraint \"t_positive\" on \"t\"",
                                      "index \"t_lower_idx\" on \"t\" (an expression, a predicate, INCLUDE or NULLS "
                                      "NOT DISTINCT)",
                                      "view \"v\""}));
}

}  // namespace
}  // namespace qdb::inspect
