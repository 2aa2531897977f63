// A source read from a database (Side::inspected): the few statements `prisma migrate dev`
// writes differently from `prisma migrate diff --from-schema-datamodel` (docs/diff.md, "A source
// read from a database"). The whole files are checked against Prisma's by the migrate dev corpus.
#include <gtest/gtest.h>

#include "diff/render_sql.hpp"
#include "prisma/load.hpp"
#include "prisma/lower.hpp"

namespace qdb::diff {
namespace {

const char* kDatasource = "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n";

model::Schema lower_text(const std::string& text) {
  prisma::LoadResult loaded = prisma::load_schema({{"schema.prisma", kDatasource + text}});
  EXPECT_TRUE(loaded.ok()) << loaded.format_diagnostics();
  return prisma::lower(loaded.schema);
}

std::string script(const model::Schema& from, const model::Schema& to, bool inspected) {
  return render_script(plan_migration(Side{&from, "public", inspected}, Side{&to}));
}

// Corpus 033: another column keeps its autoincrement. From schema files Prisma believes the
// sequence still in use (every such sequence is named alike there); from the database it knows
// the name and drops it.
TEST(InspectedSource, DroppedAutoincrementDropsItsSequenceEvenWhenAnotherColumnKeepsOne) {
  const model::Schema before = lower_text(
      "model Account {\n  id Int @id @default(autoincrement())\n}\n"
      "model Invoice {\n  id Int @id @default(autoincrement())\n}\n");
  const model::Schema after = lower_text(
      "model Account {\n  id Int @id\n}\n"
      "model Invoice {\n  id Int @id @default(autoincrement())\n}\n");
  EXPECT_EQ(script(before, after, false),
            "-- AlterTable\n"
            "ALTER TABLE \"Account\" ALTER COLUMN \"id\" DROP DEFAULT;\n");
  EXPECT_EQ(script(before, after, true),
            "-- AlterTable\n"
            "ALTER TABLE \"Account\" ALTER COLUMN \"id\" DROP DEFAULT;\n"
            "DROP SEQUENCE \"Account_id_seq\";\n");
}

// A sequence a migration added (Prisma names it in lower case) is named as the database names it.
TEST(InspectedSource, TheSequenceIsTheOneTheDatabaseNames) {
  model::Schema before = lower_text("model User {\n  id Int @id @default(autoincrement())\n}\n");
  before.tables[0].columns[0].sequence = "user_id_seq";
  const model::Schema dropped = lower_text("model User {\n  id Int @id\n}\n");
  EXPECT_EQ(script(before, dropped, true),
            "-- AlterTable\n"
            "ALTER TABLE \"User\" ALTER COLUMN \"id\" DROP DEFAULT;\n"
            "DROP SEQUENCE \"user_id_seq\";\n");
  const model::Schema widened = lower_text("model User {\n  id BigInt @id @default(autoincrement())\n}\n");
  EXPECT_NE(script(before, widened, true).find("ALTER SEQUENCE \"user_id_seq\" AS BIGINT;\n"), std::string::npos);
}

// The names PostgreSQL 15 gave the sequences of SERIAL columns with these names (makeObjectName
// shortens the longer name a byte at a time, then cuts back to a whole UTF-8 character).
TEST(InspectedSource, SequenceNameIsCutAsPostgresCutsIt) {
  const std::string table = "AVeryLongTableNameThatGoesOnAndOnForQuiteAWhile";
  const std::string column = "identifierColumnWithALongName";
  const model::Schema before = lower_text("model T {\n  id Int @id @default(autoincrement()) @map(\"" + column +
                                          "\")\n\n  @@map(\"" + table + "\")\n}\n");
  const model::Schema after = lower_text("model T {\n  id Int @id @map(\"" + column + "\")\n\n  @@map(\"" + table +
                                         "\")\n}\n");
  EXPECT_NE(script(before, after, true).find("DROP SEQUENCE \"AVeryLongTableNameThatGoesOnA_identifierColumnWithALongName_seq\";\n"),
            std::string::npos);

  const model::Schema unicode_before = lower_text(
      "model T {\n  id Int @id @default(autoincrement()) @map(\"ïdéntïfïér_côlümn_ëëëëëëë\")\n\n"
      "  @@map(\"Ünïcödé_tablé_with_accents_everywhere\")\n}\n");
  const model::Schema unicode_after = lower_text(
      "model T {\n  id Int @id @map(\"ïdéntïfïér_côlümn_ëëëëëëë\")\n\n"
      "  @@map(\"Ünïcödé_tablé_with_accents_everywhere\")\n}\n");
  EXPECT_NE(script(unicode_before, unicode_after, true).find("DROP SEQUENCE \"Ünïcödé_tablé_with_accen_ïdéntïfïér_côlümn_ëë_seq\";\n"),
            std::string::npos);
}

// qdb's choice (no corpus pair drops an autoincrement outside the default schema): the sequence
// is named with the schema it lives in, so the statement finds it.
TEST(InspectedSource, SequenceOutsideTheDefaultSchemaIsNamedWithItsSchema) {
  const std::string datasource =
      "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n"
      "  schemas  = [\"billing\", \"public\"]\n}\n\n";
  auto lower_multi = [&](const std::string& text) {
    prisma::LoadResult loaded = prisma::load_schema({{"schema.prisma", datasource + text}});
    EXPECT_TRUE(loaded.ok()) << loaded.format_diagnostics();
    return prisma::lower(loaded.schema);
  };
  const model::Schema before =
      lower_multi("model T {\n  id Int @id @default(autoincrement())\n\n  @@schema(\"billing\")\n}\n");
  const model::Schema after = lower_multi("model T {\n  id Int @id\n\n  @@schema(\"billing\")\n}\n");
  EXPECT_EQ(script(before, after, true),
            "-- AlterTable\n"
            "ALTER TABLE \"billing\".\"T\" ALTER COLUMN \"id\" DROP DEFAULT;\n"
            "DROP SEQUENCE \"billing\".\"T_id_seq\";\n");
}

// Corpus 060: the enum rebuild names the default schema in two statements, and only there.
TEST(InspectedSource, EnumRebuildNamesTheDefaultSchemaWherePrismaDoes) {
  const model::Schema before = lower_text(
      "enum Role {\n  USER\n  ADMIN\n  OWNER\n}\n"
      "model Project {\n  id Int @id\n  role Role @default(USER)\n}\n");
  const model::Schema after = lower_text(
      "enum Role {\n  USER\n  ADMIN\n}\n"
      "model Project {\n  id Int @id\n  role Role @default(USER)\n}\n");
  EXPECT_EQ(script(before, after, true),
            "-- AlterEnum\n"
            "BEGIN;\n"
            "CREATE TYPE \"Role_new\" AS ENUM ('USER', 'ADMIN');\n"
            "ALTER TABLE \"public\".\"Project\" ALTER COLUMN \"role\" DROP DEFAULT;\n"
            "ALTER TABLE \"Project\" ALTER COLUMN \"role\" TYPE \"Role_new\" USING (\"role\"::text::\"Role_new\");\n"
            "ALTER TYPE \"Role\" RENAME TO \"Role_old\";\n"
            "ALTER TYPE \"Role_new\" RENAME TO \"Role\";\n"
            "DROP TYPE \"public\".\"Role_old\";\n"
            "ALTER TABLE \"Project\" ALTER COLUMN \"role\" SET DEFAULT 'USER';\n"
            "COMMIT;\n");
}

// An empty source is never inspected: nothing exists to be named.
TEST(InspectedSource, AnEmptySourceIsNotInspected) {
  const model::Schema after = lower_text("model T {\n  id Int @id\n}\n");
  const Plan plan = plan_migration(Side{nullptr, "public", true}, Side{&after});
  EXPECT_FALSE(plan.from_inspected);
}

// A database made by another tool spells a number default its own way (`0.0` for a Float) and
// leaves a timestamp's precision to the server (6): Prisma compares the default as a value, and
// the timestamp with its precision (migrate dev corpus 248).
TEST(InspectedSource, NumberDefaultsCompareAsValuesAndAPlainTimestampHasPrecisionSix) {
  model::Schema before = lower_text(
      "model M {\n  id Int @id\n  score Float @default(0)\n  ratio Decimal @default(1.5)\n  n Int @default(-3)\n"
      "  at DateTime @db.Timestamp(6)\n}\n");
  before.tables[0].columns[1].default_sql = "0.0";
  before.tables[0].columns[2].default_sql = "01.50";
  before.tables[0].columns[3].default_sql = "-3";
  const model::Schema same = lower_text(
      "model M {\n  id Int @id\n  score Float @default(0)\n  ratio Decimal @default(1.5)\n  n Int @default(-3)\n"
      "  at DateTime @db.Timestamp(6)\n}\n");
  EXPECT_EQ(script(before, same, true), "-- This is an empty migration.\n");
  const model::Schema changed = lower_text(
      "model M {\n  id Int @id\n  score Float @default(0.5)\n  ratio Decimal @default(-1.5)\n  n Int @default(3)\n"
      "  at DateTime\n}\n");
  EXPECT_EQ(script(before, changed, true),
            "-- AlterTable\n"
            "ALTER TABLE \"M\" ALTER COLUMN \"score\" SET DEFAULT 0.5,\n"
            "ALTER COLUMN \"ratio\" SET DEFAULT -1.5,\n"
            "ALTER COLUMN \"n\" SET DEFAULT 3,\n"
            "ALTER COLUMN \"at\" SET DATA TYPE TIMESTAMP(3);\n");
}

// `column`'s default as the inspector reads it back from a database: the model's spelling, and
// the server's own words (a database has no dbgenerated()).
void read_back(model::Column& column, const std::string& spelled, const std::string& server_words) {
  column.default_sql = spelled;
  column.server_default = server_words;
  column.default_generated = false;
  column.any_default = false;
}

// A default the server keeps in its own words ('1 day'::interval, which the model spells '1 day')
// is the schema's dbgenerated() of those words, ignoring ASCII case as Prisma does; a changed
// expression, a date-time literal among them, is a change; dbgenerated() without an expression
// takes whatever default the database has.
TEST(InspectedSource, ExpressionDefaultsCompareWithTheServersText) {
  const std::string model =
      "model M {\n  id Int @id\n"
      "  wait Unsupported(\"interval\") @default(dbgenerated(\"'1 DAY'::INTERVAL\"))\n"
      "  born DateTime @default(dbgenerated(\"'2020-01-01 00:00:00'::timestamp without time zone\"))\n"
      "  g Int @default(dbgenerated())\n}\n";
  model::Schema database = lower_text(model);
  std::vector<model::Column>& inspected = database.tables[0].columns;
  read_back(inspected[1], "'1 day'", "'1 day'::interval");
  read_back(inspected[2], "'2020-01-01 00:00:00 +00:00'", "'2020-01-01 00:00:00'::timestamp without time zone");
  read_back(inspected[3], "7", "7");
  const model::Schema same = lower_text(model);
  EXPECT_EQ(script(database, same, true), "-- This is an empty migration.\n");
  const model::Schema changed = lower_text(
      "model M {\n  id Int @id\n"
      "  wait Unsupported(\"interval\") @default(dbgenerated(\"'2 days'::interval\"))\n"
      "  born DateTime @default(dbgenerated(\"'2021-01-01 00:00:00'::timestamp without time zone\"))\n"
      "  g Int\n}\n");
  EXPECT_EQ(script(database, changed, true),
            "-- AlterTable\n"
            "ALTER TABLE \"M\" ALTER COLUMN \"wait\" SET DEFAULT '2 days'::interval,\n"
            "ALTER COLUMN \"born\" SET DEFAULT '2021-01-01 00:00:00'::timestamp without time zone,\n"
            "ALTER COLUMN \"g\" DROP DEFAULT;\n");
  // Between two schemas, expressions differing only in ASCII case are one default.
  const model::Schema upper = lower_text("model M {\n  id Int @id\n  at DateTime @default(dbgenerated(\"NOW()\"))\n}\n");
  const model::Schema lower = lower_text("model M {\n  id Int @id\n  at DateTime @default(dbgenerated(\"now()\"))\n}\n");
  EXPECT_EQ(script(upper, lower, false), "-- This is an empty migration.\n");
}

// Where Prisma reads one side as a value and the other as an expression, it writes SET DEFAULT in
// every migration (what it writes never reads back as equal); qdb compares the texts.
TEST(InspectedSource, ADefaultPrismaReadsAsValueOnOneSideOnlyIsNotAChangeEveryTime) {
  const std::string model =
      "model M {\n  id Int @id\n"
      "  tag String @default(dbgenerated(\"'x'::text\"))\n"
      "  u String @default(\"00000000-0000-0000-0000-000000000000\") @db.Uuid\n}\n";
  model::Schema database = lower_text(model);
  std::vector<model::Column>& inspected = database.tables[0].columns;
  read_back(inspected[1], "'x'", "'x'::text");
  read_back(inspected[2], "'00000000-0000-0000-0000-000000000000'", "'00000000-0000-0000-0000-000000000000'::uuid");
  EXPECT_EQ(script(database, lower_text(model), true), "-- This is an empty migration.\n");
}

}  // namespace
}  // namespace qdb::diff
