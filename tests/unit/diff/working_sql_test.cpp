// Where Prisma's SQL cannot run on PostgreSQL and qdb writes SQL that does (docs/diff.md, "Where
// qdb differs from Prisma"). Each was found by the round trip on a real server
// (tests/integration/diff_round_trip_test.cpp), which runs these statements.
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

std::string script(const std::string& before, const std::string& after) {
  const model::Schema from = lower_text(before);
  const model::Schema to = lower_text(after);
  return render_script(plan_migration(Side{&from, "public", true}, Side{&to}));
}

const char* kRole = "enum Role {\n  USER\n  ADMIN\n  GUEST\n}\n";
const char* kRoleWithoutGuest = "enum Role {\n  USER\n  ADMIN\n}\n";
const char* kUser = "model User {\n  id Int @id\n  role Role @default(USER)\n}\n";

// Prisma leaves the column on the old type, which DROP TYPE then cannot drop.
TEST(WorkingSql, RemovingAnEnumValueWhileItsColumnIsDroppedMovesTheColumnToText) {
  EXPECT_EQ(script(std::string(kRole) + kUser, std::string(kRoleWithoutGuest) + "model User {\n  id Int @id\n}\n"),
            "-- AlterEnum\n"
            "BEGIN;\n"
            "CREATE TYPE \"Role_new\" AS ENUM ('USER', 'ADMIN');\n"
            "ALTER TABLE \"public\".\"User\" ALTER COLUMN \"role\" DROP DEFAULT;\n"
            "ALTER TABLE \"User\" ALTER COLUMN \"role\" TYPE TEXT USING (\"role\"::text);\n"
            "ALTER TYPE \"Role\" RENAME TO \"Role_old\";\n"
            "ALTER TYPE \"Role_new\" RENAME TO \"Role\";\n"
            "DROP TYPE \"public\".\"Role_old\";\n"
            "COMMIT;\n"
            "\n"
            "-- AlterTable\n"
            "ALTER TABLE \"User\" DROP COLUMN \"role\";\n");
}

TEST(WorkingSql, RemovingAnEnumValueWhileItsListColumnIsRetypedMovesItToATextList) {
  const std::string script_text = script(std::string(kRole) + "model User {\n  id Int @id\n  roles Role[]\n}\n",
                                         std::string(kRoleWithoutGuest) + "model User {\n  id Int @id\n  roles String[]\n}\n");
  EXPECT_NE(script_text.find("ALTER TABLE \"User\" ALTER COLUMN \"roles\" TYPE TEXT[] USING (\"roles\"::text[]);\n"
                             "ALTER TYPE \"Role\" RENAME TO \"Role_old\";\n"),
            std::string::npos)
      << script_text;
}

TEST(WorkingSql, RemovingAnEnumValueWhileItsTableIsDroppedMovesTheColumnToText) {
  const std::string script_text = script(std::string(kRole) + kUser + "model Keep {\n  id Int @id\n  role Role\n}\n",
                                         std::string(kRoleWithoutGuest) + "model Keep {\n  id Int @id\n  role Role\n}\n");
  EXPECT_NE(script_text.find("ALTER TABLE \"Keep\" ALTER COLUMN \"role\" TYPE \"Role_new\" USING (\"role\"::text::\"Role_new\");\n"
                             "ALTER TABLE \"User\" ALTER COLUMN \"role\" TYPE TEXT USING (\"role\"::text);\n"),
            std::string::npos)
      << script_text;
}

// Prisma adds the value in the migration's transaction, where the default cannot use it yet.
TEST(WorkingSql, AValueAddedForADefaultIsCommittedFirst) {
  EXPECT_EQ(script(std::string(kRoleWithoutGuest) + kUser,
                   std::string(kRole) + "model User {\n  id Int @id\n  role Role @default(GUEST)\n}\n"),
            "-- AlterEnum\n"
            "BEGIN;\n"
            "ALTER TYPE \"Role\" ADD VALUE 'GUEST';\n"
            "COMMIT;\n"
            "\n"
            "-- AlterTable\n"
            "ALTER TABLE \"User\" ALTER COLUMN \"role\" SET DEFAULT 'GUEST';\n");
  const model::Schema from = lower_text(std::string(kRoleWithoutGuest) + kUser);
  const model::Schema to =
      lower_text(std::string(kRole) + kUser + "model Team {\n  id Int @id\n  roles Role[] @default([GUEST])\n}\n");
  const Plan plan = plan_migration(Side{&from, "public", true}, Side{&to});
  ASSERT_FALSE(plan.steps.empty());
  EXPECT_TRUE(plan.steps[0].own_transaction);
  EXPECT_TRUE(render_script(plan).starts_with("-- AlterEnum\nBEGIN;\n")) << render_script(plan);
  // Prisma's comment about several values stays above the transaction.
  const std::string two = script(std::string(kRoleWithoutGuest) + kUser,
                                 "enum Role {\n  USER\n  ADMIN\n  GUEST\n  OWNER\n}\n"
                                 "model User {\n  id Int @id\n  role Role @default(OWNER)\n}\n");
  EXPECT_TRUE(two.starts_with("-- AlterEnum\n-- This migration adds more than one value to an enum.\n")) << two;
  EXPECT_NE(two.find("-- the enum.\n\n\nBEGIN;\nALTER TYPE \"Role\" ADD VALUE 'GUEST';\n"
                     "ALTER TYPE \"Role\" ADD VALUE 'OWNER';\nCOMMIT;\n"),
            std::string::npos)
      << two;
  // A value nothing uses yet is added as Prisma adds it.
  EXPECT_EQ(script(std::string(kRoleWithoutGuest) + kUser, std::string(kRole) + kUser),
            "-- AlterEnum\n"
            "ALTER TYPE \"Role\" ADD VALUE 'GUEST';\n");
}

// Prisma writes `SET DATA TYPE BIGSERIAL`: there is no such type outside CREATE TABLE.
TEST(WorkingSql, AnAutoincrementColumnChangesTypeWithItsSequence) {
  EXPECT_EQ(script("model T {\n  id Int @id @default(autoincrement())\n}\n",
                   "model T {\n  id BigInt @id @default(autoincrement())\n}\n"),
            "-- AlterTable\n"
            "ALTER TABLE \"T\" DROP CONSTRAINT \"T_pkey\",\n"
            "ALTER COLUMN \"id\" SET DATA TYPE BIGINT,\n"
            "ADD CONSTRAINT \"T_pkey\" PRIMARY KEY (\"id\");\n"
            "ALTER SEQUENCE \"T_id_seq\" AS BIGINT;\n");
  EXPECT_EQ(script("model T {\n  id Int @id\n  n BigInt @default(autoincrement())\n}\n",
                   "model T {\n  id Int @id\n  n Int @default(autoincrement())\n}\n"),
            "-- AlterTable\n"
            "ALTER TABLE \"T\" ALTER COLUMN \"n\" SET DATA TYPE INTEGER;\n"
            "ALTER SEQUENCE \"T_n_seq\" AS INTEGER;\n");
}

// An index that names the default operator class of its column's type is the index without one:
// the catalog cannot tell them apart, so a database made from either diffs to nothing.
TEST(WorkingSql, TheDefaultOperatorClassIsNoChange) {
  EXPECT_EQ(script("model T {\n  id Int @id\n  a String\n  @@index([a])\n}\n",
                   "model T {\n  id Int @id\n  a String\n  @@index([a(ops: raw(\"text_ops\"))])\n}\n"),
            "-- This is an empty migration.\n");
  EXPECT_EQ(script("model T {\n  id Int @id\n  d Json\n  @@index([d], type: Gin)\n}\n",
                   "model T {\n  id Int @id\n  d Json\n  @@index([d(ops: JsonbOps)], type: Gin)\n}\n"),
            "-- This is an empty migration.\n");
  EXPECT_NE(script("model T {\n  id Int @id\n  d Json\n  @@index([d], type: Gin)\n}\n",
                   "model T {\n  id Int @id\n  d Json\n  @@index([d(ops: JsonbPathOps)], type: Gin)\n}\n"),
            "-- This is an empty migration.\n");
}

// From a database, Prisma drops the sequence of a column that loses autoincrement, also when
// another column's default still uses it (a child table inheriting its parent's SERIAL default,
// the parent's column, a sequence two columns share): PostgreSQL refuses. qdb keeps such a
// sequence and drops one no other column uses.
TEST(WorkingSql, LosingAutoincrementKeepsASequenceAnotherColumnStillUses) {
  model::Schema from = lower_text(
      "model Base {\n  id Int @id @default(autoincrement())\n}\n"
      "model Child {\n  id Int @id @default(autoincrement())\n  own Int @default(autoincrement())\n}\n");
  from.tables[0].columns[0].sequence = "Base_id_seq";  // Base owns it
  from.tables[1].columns[0].sequence = "Base_id_seq";  // Child inherits Base's default
  from.tables[1].columns[1].sequence = "counter";      // a sequence of its own
  const model::Schema to = lower_text("model Base {\n  id Int @id @default(autoincrement())\n}\n"
                                      "model Child {\n  id Int @id\n  own Int\n}\n");
  EXPECT_EQ(render_script(plan_migration(Side{&from, "public", true}, Side{&to})),
            "-- AlterTable\n"
            "ALTER TABLE \"Child\" ALTER COLUMN \"id\" DROP DEFAULT,\n"
            "ALTER COLUMN \"own\" DROP DEFAULT;\n"
            "DROP SEQUENCE \"counter\";\n");
}

// Prisma names the sequence of a nextval() default without its schema: in another schema than
// the table's, its DROP SEQUENCE finds none (or another one of that name). qdb names the schema.
TEST(WorkingSql, LosingAutoincrementDropsASequenceOfAnotherSchemaThere) {
  model::Schema from = lower_text("model T {\n  id Int @id\n  n Int @default(autoincrement())\n}\n");
  from.tables[0].columns[1].sequence = "counter";
  from.tables[0].columns[1].sequence_schema = "other";
  const model::Schema to = lower_text("model T {\n  id Int @id\n  n Int\n}\n");
  EXPECT_EQ(render_script(plan_migration(Side{&from, "public", true}, Side{&to})),
            "-- AlterTable\n"
            "ALTER TABLE \"T\" ALTER COLUMN \"n\" DROP DEFAULT;\n"
            "DROP SEQUENCE \"other\".\"counter\";\n");
}

}  // namespace
}  // namespace qdb::diff
