// Table-driven cases {from schema, to schema, want SQL, want summary}: every change kind, with
// Prisma 6.19.3's own answers (`prisma migrate diff --script` and without --script) as the
// expectations, except where noted as a deliberate difference (docs/diff.md).
#include <gtest/gtest.h>

#include "diff/render_sql.hpp"
#include "diff/summary.hpp"
#include "prisma/load.hpp"
#include "prisma/lower.hpp"

namespace qdb::diff {
namespace {

struct Case {
  const char* name;
  const char* from;  // nullptr: the empty database
  const char* to;
  const char* sql;
  const char* summary;  // nullptr: not checked
};

const char* kDatasource = "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n";

model::Schema lower_text(const std::string& text) {
  const std::string source = text.find("datasource") == std::string::npos ? kDatasource + text : text;
  prisma::LoadResult loaded = prisma::load_schema({{"schema.prisma", source}});
  EXPECT_TRUE(loaded.ok()) << loaded.format_diagnostics();
  return prisma::lower(loaded.schema);
}

// A datasource with multiSchema; a macro so it joins the string literals of a case.
#define MULTI_SCHEMA "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n  schemas  = [\"billing\", \"public\"]\n}\n\n"

const Case kCases[] = {
    // With multiSchema, Prisma names what lives in the default schema (public) unqualified.
    {"multischema_default_schema_unqualified", nullptr,
     MULTI_SCHEMA
     "enum Role {\n  A\n\n  @@schema(\"public\")\n}\n"
     "model User {\n  id Int @id\n  role Role\n  email String @unique\n  posts Post[]\n\n  @@schema(\"public\")\n}\n"
     "model Post {\n  id Int @id\n  userId Int\n  user User @relation(fields: [userId], references: [id])\n\n"
     "  @@index([userId])\n  @@schema(\"billing\")\n}\n",
     "-- CreateSchema\n"
     "CREATE SCHEMA IF NOT EXISTS \"billing\";\n\n"
     "-- CreateSchema\n"
     "CREATE SCHEMA IF NOT EXISTS \"public\";\n\n"
     "-- CreateEnum\n"
     "CREATE TYPE \"Role\" AS ENUM ('A');\n\n"
     "-- CreateTable\n"
     "CREATE TABLE \"User\" (\n"
     "    \"id\" INTEGER NOT NULL,\n"
     "    \"role\" \"Role\" NOT NULL,\n"
     "    \"email\" TEXT NOT NULL,\n\n"
     "    CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")\n"
     ");\n\n"
     "-- CreateTable\n"
     "CREATE TABLE \"billing\".\"Post\" (\n"
     "    \"id\" INTEGER NOT NULL,\n"
     "    \"userId\" INTEGER NOT NULL,\n\n"
     "    CONSTRAINT \"Post_pkey\" PRIMARY KEY (\"id\")\n"
     ");\n\n"
     "-- CreateIndex\n"
     "CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n\n"
     "-- CreateIndex\n"
     "CREATE INDEX \"Post_userId_idx\" ON \"billing\".\"Post\"(\"userId\");\n\n"
     "-- AddForeignKey\n"
     "ALTER TABLE \"billing\".\"Post\" ADD CONSTRAINT \"Post_userId_fkey\" FOREIGN KEY (\"userId\") "
     "REFERENCES \"User\"(\"id\") ON DELETE RESTRICT ON UPDATE CASCADE;\n",
     nullptr},
    {"multischema_move_out_of_the_default_schema",
     MULTI_SCHEMA "model T {\n  id Int @id\n\n  @@schema(\"public\")\n}\n",
     MULTI_SCHEMA "model T {\n  id Int @id\n\n  @@schema(\"billing\")\n}\n",
     "-- DropTable\n"
     "DROP TABLE \"T\";\n\n"
     "-- CreateTable\n"
     "CREATE TABLE \"billing\".\"T\" (\n"
     "    \"id\" INTEGER NOT NULL,\n\n"
     "    CONSTRAINT \"T_pkey\" PRIMARY KEY (\"id\")\n"
     ");\n",
     nullptr},
    {"multischema_enum_elsewhere_used_in_the_default_schema",
     MULTI_SCHEMA "model T {\n  id Int @id\n\n  @@schema(\"public\")\n}\n",
     MULTI_SCHEMA "enum Plan {\n  FREE\n\n  @@schema(\"billing\")\n}\n"
     "model T {\n  id Int @id\n  plan Plan?\n\n  @@schema(\"public\")\n}\n",
     "-- CreateEnum\n"
     "CREATE TYPE \"billing\".\"Plan\" AS ENUM ('FREE');\n\n"
     "-- AlterTable\n"
     "ALTER TABLE \"T\" ADD COLUMN     \"plan\" \"billing\".\"Plan\";\n",
     nullptr},
    // @ignore and @@ignore only hide a field or a model from the client: the table stays.
    {"ignore_field", "model T {\n  id Int @id\n  data Json\n}\n",
     "model T {\n  id Int @id\n  data Json @ignore\n}\n", "-- This is an empty migration.\n", nullptr},
    {"ignore_model", "model T {\n  id Int @id\n}\n", "model T {\n  id Int @id\n\n  @@ignore\n}\n",
     "-- This is an empty migration.\n", nullptr},
    {"unignore_model", "model T {\n  id Int @id\n\n  @@ignore\n}\n", "model T {\n  id Int @id\n}\n",
     "-- This is an empty migration.\n", nullptr},
    // SetNull on delete and Cascade on update are an optional relation's defaults: nothing changes.
    {"relation_actions_spelled_as_their_defaults",
     "model A {\n  id Int @id\n  bs B[]\n}\n"
     "model B {\n  id Int @id\n  aId Int?\n  a A? @relation(fields: [aId], references: [id])\n}\n",
     "model A {\n  id Int @id\n  bs B[]\n}\n"
     "model B {\n  id Int @id\n  aId Int?\n"
     "  a A? @relation(fields: [aId], references: [id], onDelete: SetNull, onUpdate: Cascade)\n}\n",
     "-- This is an empty migration.\n", nullptr},
    {"add_optional_and_required_columns",
     "model T {\n  id Int @id\n}\n",
     "model T {\n  id Int @id\n  a String?\n  b Int @default(3)\n  c Int\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" ADD COLUMN     \"a\" TEXT,\n"
     "ADD COLUMN     \"b\" INTEGER NOT NULL DEFAULT 3,\n"
     "ADD COLUMN     \"c\" INTEGER NOT NULL;\n",
     "\n[*] Changed the `T` table\n  [+] Added column `a`\n  [+] Added column `b`\n  [+] Added column `c`\n"},
    {"autoincrement_added",
     "model T {\n  id Int @id\n  n  Int\n}\n",
     "model T {\n  id Int @id @default(autoincrement())\n  n  Int\n}\n",
     "-- AlterTable\n"
     "CREATE SEQUENCE t_id_seq;\n"
     "ALTER TABLE \"T\" ALTER COLUMN \"id\" SET DEFAULT nextval('t_id_seq');\n"
     "ALTER SEQUENCE t_id_seq OWNED BY \"T\".\"id\";\n",
     "\n[*] Changed the `T` table\n  [*] Altered column `id` (column became autoincrementing)\n"},
    // Deliberate difference: Prisma 6.19 writes `DROP SEQUENCE "";`, which cannot run.
    {"autoincrement_removed",
     "model T {\n  id Int @id @default(autoincrement())\n}\n",
     "model T {\n  id Int @id\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" ALTER COLUMN \"id\" DROP DEFAULT;\n"
     "DROP SEQUENCE \"T_id_seq\";\n",
     "\n[*] Changed the `T` table\n  [*] Altered column `id` (column is no longer autoincrementing)\n"},
    // Another column keeps an autoincrement: Prisma then writes no DROP SEQUENCE (corpus 033).
    {"autoincrement_removed_while_another_column_keeps_one",
     "model T {\n  id Int @id @default(autoincrement())\n}\nmodel U {\n  id Int @id @default(autoincrement())\n}\n",
     "model T {\n  id Int @id\n}\nmodel U {\n  id Int @id @default(autoincrement())\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" ALTER COLUMN \"id\" DROP DEFAULT;\n",
     nullptr},
    // Deliberate difference: Prisma writes `DROP SEQUENCE "";` (corpus 186).
    {"autoincrement_id_becomes_uuid",
     "model T {\n  id Int @id @default(autoincrement())\n}\n",
     "model T {\n  id String @id @default(uuid())\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" DROP CONSTRAINT \"T_pkey\",\n"
     "ALTER COLUMN \"id\" DROP DEFAULT,\n"
     "ALTER COLUMN \"id\" SET DATA TYPE TEXT,\n"
     "ADD CONSTRAINT \"T_pkey\" PRIMARY KEY (\"id\");\n"
     "DROP SEQUENCE \"T_id_seq\";\n",
     nullptr},
    // The sequence of a table outside the default schema is named in that schema.
    {"autoincrement_removed_in_another_schema",
     MULTI_SCHEMA "model T {\n  id Int @id @default(autoincrement())\n\n  @@schema(\"billing\")\n}\n",
     MULTI_SCHEMA "model T {\n  id Int @id\n\n  @@schema(\"billing\")\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"billing\".\"T\" ALTER COLUMN \"id\" DROP DEFAULT;\n"
     "DROP SEQUENCE \"billing\".\"T_id_seq\";\n",
     nullptr},
    // Deliberate difference: Prisma also writes RENAME CONSTRAINT "T_pkey" TO "t_pk" among the
    // clauses (a syntax error) and `DROP SEQUENCE "";` (corpus 112, 187).
    {"primary_key_replaced_under_a_new_name",
     "model T {\n  id Int @id @default(autoincrement())\n  slug String\n}\n",
     "model T {\n  id Int\n  slug String\n\n  @@id([slug, id], map: \"t_pk\")\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" DROP CONSTRAINT \"T_pkey\",\n"
     "ALTER COLUMN \"id\" DROP DEFAULT,\n"
     "ADD CONSTRAINT \"t_pk\" PRIMARY KEY (\"slug\", \"id\");\n"
     "DROP SEQUENCE \"T_id_seq\";\n",
     "\n[*] Changed the `T` table\n  [-] Dropped the primary key on columns (id)\n"
     "  [*] Renamed the primary key on columns (id)\n"
     "  [*] Altered column `id` (column is no longer autoincrementing)\n"
     "  [+] Added primary key on columns (slug, id)\n)\n"},
    // Deliberate difference: Prisma joins the RENAME to the ADD COLUMN (a syntax error).
    {"primary_key_renamed_beside_a_new_column",
     "model T {\n  id Int @id\n}\n",
     "model T {\n  id Int @id(map: \"t_pk\")\n  n Int?\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" ADD COLUMN     \"n\" INTEGER;\n"
     "ALTER TABLE \"T\" RENAME CONSTRAINT \"T_pkey\" TO \"t_pk\";\n",
     nullptr},
    {"primary_key_renamed_alone",
     "model T {\n  id Int @id\n}\n",
     "model T {\n  id Int @id(map: \"t_pk\")\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" RENAME CONSTRAINT \"T_pkey\" TO \"t_pk\";\n",
     nullptr},
    {"defaults_changed",
     "model T {\n  id Int @id\n  a  Int @default(1)\n  b  String\n  c  Boolean @default(true)\n}\n",
     "model T {\n  id Int @id\n  a  Int @default(2)\n  b  String @default(\"x\")\n  c  Boolean\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" ALTER COLUMN \"a\" SET DEFAULT 2,\n"
     "ALTER COLUMN \"b\" SET DEFAULT 'x',\n"
     "ALTER COLUMN \"c\" DROP DEFAULT;\n",
     "\n[*] Changed the `T` table\n"
     "  [*] Altered column `a` (default changed from `Some(Value(Int(1)))` to `Some(Value(Int(2)))`)\n"
     "  [*] Altered column `b` (default changed from `None` to `Some(Value(String(\"x\")))`)\n"
     "  [*] Altered column `c` (default changed from `Some(Value(Boolean(true)))` to `None`)\n"},
    {"drop_table_with_foreign_key",
     "model User {\n  id    Int    @id\n  posts Post[]\n  notes Note[]\n}\n"
     "model Post {\n  id     Int  @id\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n}\n"
     "model Note {\n  id     Int  @id\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n}\n",
     "model User {\n  id    Int    @id\n  notes Note[]\n}\n"
     "model Note {\n  id     Int  @id\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n"
     "  x      Int  @unique\n}\n",
     "-- DropForeignKey\n"
     "ALTER TABLE \"Post\" DROP CONSTRAINT \"Post_userId_fkey\";\n\n"
     "-- AlterTable\n"
     "ALTER TABLE \"Note\" ADD COLUMN     \"x\" INTEGER NOT NULL;\n\n"
     "-- DropTable\n"
     "DROP TABLE \"Post\";\n\n"
     "-- CreateIndex\n"
     "CREATE UNIQUE INDEX \"Note_x_key\" ON \"Note\"(\"x\");\n",
     "\n[-] Removed tables\n  - Post\n"
     "\n[*] Changed the `Note` table\n  [+] Added column `x`\n  [+] Added unique index on columns (x)\n"
     "\n[*] Changed the `Post` table\n  [-] Removed foreign key on columns (userId)\n"},
    // Deliberate difference: Prisma 6.19 also moves the columns of table U, which the same
    // migration only creates afterwards, so its script fails; U is created with the new type.
    {"enum_value_removed_with_defaults_and_lists",
     "enum E {\n  A\n  B\n  C\n}\nmodel T {\n  id Int @id\n  e  E @default(A)\n  l  E[]\n}\n",
     "enum E {\n  A\n  B\n}\nmodel T {\n  id Int @id\n  e  E @default(A)\n  l  E[]\n}\n"
     "model U {\n  id Int @id\n  e  E\n}\n",
     "-- AlterEnum\n"
     "BEGIN;\n"
     "CREATE TYPE \"E_new\" AS ENUM ('A', 'B');\n"
     "ALTER TABLE \"T\" ALTER COLUMN \"e\" DROP DEFAULT;\n"
     "ALTER TABLE \"T\" ALTER COLUMN \"e\" TYPE \"E_new\" USING (\"e\"::text::\"E_new\");\n"
     "ALTER TABLE \"T\" ALTER COLUMN \"l\" TYPE \"E_new\"[] USING (\"l\"::text::\"E_new\"[]);\n"
     "ALTER TYPE \"E\" RENAME TO \"E_old\";\n"
     "ALTER TYPE \"E_new\" RENAME TO \"E\";\n"
     "DROP TYPE \"E_old\";\n"
     "ALTER TABLE \"T\" ALTER COLUMN \"e\" SET DEFAULT 'A';\n"
     "COMMIT;\n\n"
     "-- CreateTable\n"
     "CREATE TABLE \"U\" (\n    \"id\" INTEGER NOT NULL,\n    \"e\" \"E\" NOT NULL,\n\n"
     "    CONSTRAINT \"U_pkey\" PRIMARY KEY (\"id\")\n);\n",
     "\n[+] Added tables\n  - U\n\n[*] Changed the `E` enum\n  [-] Removed variant `C`\n"},
    {"foreign_key_actions_and_name_changed",
     "model U {\n  id Int @id\n  ps P[]\n}\nmodel P {\n  id Int @id\n  u  Int\n"
     "  uu U @relation(fields: [u], references: [id])\n}\n",
     "model U {\n  id Int @id\n  ps P[]\n}\nmodel P {\n  id Int @id\n  u  Int\n"
     "  uu U @relation(fields: [u], references: [id], onDelete: Cascade, map: \"my_fk\")\n}\n",
     "-- DropForeignKey\n"
     "ALTER TABLE \"P\" DROP CONSTRAINT \"P_u_fkey\";\n\n"
     "-- AddForeignKey\n"
     "ALTER TABLE \"P\" ADD CONSTRAINT \"my_fk\" FOREIGN KEY (\"u\") REFERENCES \"U\"(\"id\") ON DELETE CASCADE ON "
     "UPDATE CASCADE;\n",
     "\n[*] Changed the `P` table\n  [-] Removed foreign key on columns (u)\n  [+] Added foreign key on columns (u)\n"},
    {"foreign_key_added_to_existing_table",
     "model U {\n  id Int @id\n}\nmodel P {\n  id Int @id\n  u  Int\n}\n",
     "model U {\n  id Int @id\n  ps P[]\n}\nmodel P {\n  id Int @id\n  u  Int?\n"
     "  uu U? @relation(fields: [u], references: [id], onDelete: SetNull)\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"P\" ALTER COLUMN \"u\" DROP NOT NULL;\n\n"
     "-- AddForeignKey\n"
     "ALTER TABLE \"P\" ADD CONSTRAINT \"P_u_fkey\" FOREIGN KEY (\"u\") REFERENCES \"U\"(\"id\") ON DELETE SET NULL "
     "ON UPDATE CASCADE;\n",
     "\n[*] Changed the `P` table\n  [*] Altered column `u` (changed from Required to Nullable)\n"
     "  [+] Added foreign key on columns (u)\n"},
    {"unique_replaced_by_index_and_column_dropped",
     "model T {\n  id BigInt @id @default(autoincrement())\n  x  Int @default(autoincrement())\n  s  String @unique\n}\n",
     "model T {\n  id BigInt @id @default(autoincrement())\n  s  String\n  @@index([s])\n}\n",
     "-- DropIndex\n"
     "DROP INDEX \"T_s_key\";\n\n"
     "-- AlterTable\n"
     "ALTER TABLE \"T\" DROP COLUMN \"x\";\n\n"
     "-- CreateIndex\n"
     "CREATE INDEX \"T_s_idx\" ON \"T\"(\"s\");\n",
     "\n[*] Changed the `T` table\n  [-] Removed unique index on columns (s)\n  [-] Removed column `x`\n"
     "  [+] Added index on columns (s)\n"},
    {"enum_created_and_dropped",
     "enum Old {\n  X\n}\nmodel T {\n  id Int @id\n  o  Old\n}\n",
     "enum New {\n  Y\n  Z\n}\nmodel T {\n  id Int @id\n  n  New @default(Y)\n}\n",
     "-- CreateEnum\n"
     "CREATE TYPE \"New\" AS ENUM ('Y', 'Z');\n\n"
     "-- AlterTable\n"
     "ALTER TABLE \"T\" DROP COLUMN \"o\",\n"
     "ADD COLUMN     \"n\" \"New\" NOT NULL DEFAULT 'Y';\n\n"
     "-- DropEnum\n"
     "DROP TYPE \"Old\";\n",
     "\n[+] Added enums\n  - New\n\n[-] Removed enums\n  - Old\n"
     "\n[*] Changed the `T` table\n  [-] Removed column `o`\n  [+] Added column `n`\n"},
    {"indexes_sort_method_and_ops",
     "model T {\n  id Int @id\n  a  Int\n  b  Int\n  j  Json\n  @@index([a])\n  @@index([b(sort: Desc)])\n}\n",
     "model T {\n  id Int @id\n  a  Int\n  b  Int\n  j  Json\n  @@index([a, b])\n  @@index([b(sort: Asc)])\n"
     "  @@index([j(ops: JsonbPathOps)], type: Gin)\n}\n",
     "-- DropIndex\n"
     "DROP INDEX \"T_a_idx\";\n\n"
     "-- DropIndex\n"
     "DROP INDEX \"T_b_idx\";\n\n"
     "-- CreateIndex\n"
     "CREATE INDEX \"T_a_b_idx\" ON \"T\"(\"a\", \"b\");\n\n"
     "-- CreateIndex\n"
     "CREATE INDEX \"T_b_idx\" ON \"T\"(\"b\" ASC);\n\n"
     "-- CreateIndex\n"
     "CREATE INDEX \"T_j_idx\" ON \"T\" USING GIN (\"j\" jsonb_path_ops);\n",
     "\n[*] Changed the `T` table\n  [-] Removed index on columns (a)\n  [-] Removed index on columns (b)\n"
     "  [+] Added index on columns (a, b)\n  [+] Added index on columns (b)\n  [+] Added index on columns (j)\n"},
    {"implicit_many_to_many_dropped",
     "model A {\n  id Int @id\n  bs B[]\n}\nmodel B {\n  id Int @id\n  as A[]\n}\n",
     "model A {\n  id Int @id\n}\nmodel B {\n  id Int @id\n}\n",
     "-- DropForeignKey\n"
     "ALTER TABLE \"_AToB\" DROP CONSTRAINT \"_AToB_A_fkey\";\n\n"
     "-- DropForeignKey\n"
     "ALTER TABLE \"_AToB\" DROP CONSTRAINT \"_AToB_B_fkey\";\n\n"
     "-- DropTable\n"
     "DROP TABLE \"_AToB\";\n",
     "\n[-] Removed tables\n  - _AToB\n\n[*] Changed the `_AToB` table\n"
     "  [-] Removed foreign key on columns (A)\n  [-] Removed foreign key on columns (B)\n"},
    {"multi_schema_enum_value_table_index_and_key",
     "generator client {\n  provider        = \"prisma-client-js\"\n  previewFeatures = [\"multiSchema\"]\n}\n"
     "datasource db2 {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n"
     "  schemas  = [\"base\", \"extra\"]\n}\n"
     "enum E {\n  A\n  @@schema(\"base\")\n}\nmodel T {\n  id Int @id\n  e  E\n  @@schema(\"base\")\n}\n",
     "generator client {\n  provider        = \"prisma-client-js\"\n  previewFeatures = [\"multiSchema\"]\n}\n"
     "datasource db2 {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n"
     "  schemas  = [\"base\", \"extra\"]\n}\n"
     "enum E {\n  A\n  B\n  @@schema(\"base\")\n}\n"
     "model T {\n  id Int @id\n  e  E\n  us U[]\n  @@index([e])\n  @@schema(\"base\")\n}\n"
     "model U {\n  id  Int @id\n  tid Int\n  t   T @relation(fields: [tid], references: [id])\n"
     "  @@schema(\"extra\")\n}\n",
     "-- AlterEnum\n"
     "ALTER TYPE \"base\".\"E\" ADD VALUE 'B';\n\n"
     "-- CreateTable\n"
     "CREATE TABLE \"extra\".\"U\" (\n    \"id\" INTEGER NOT NULL,\n    \"tid\" INTEGER NOT NULL,\n\n"
     "    CONSTRAINT \"U_pkey\" PRIMARY KEY (\"id\")\n);\n\n"
     "-- CreateIndex\n"
     "CREATE INDEX \"T_e_idx\" ON \"base\".\"T\"(\"e\");\n\n"
     "-- AddForeignKey\n"
     "ALTER TABLE \"extra\".\"U\" ADD CONSTRAINT \"U_tid_fkey\" FOREIGN KEY (\"tid\") REFERENCES \"base\".\"T\"(\"id\") "
     "ON DELETE RESTRICT ON UPDATE CASCADE;\n",
     "\n[+] Added tables\n  - U\n\n[*] Changed the `E` enum\n  [+] Added variant `B`\n"
     "\n[*] Changed the `T` table\n  [+] Added index on columns (e)\n"
     "\n[*] Changed the `U` table\n  [+] Added foreign key on columns (tid)\n"},
    {"nullability_lengths_precision_defaults_and_list",
     "model T {\n  id Int @id\n  a String\n  b String @db.VarChar(10)\n  c Decimal @db.Decimal(10, 2)\n  d Int[]\n"
     "  e String?\n  f Json @default(\"{}\")\n  g DateTime @default(now())\n}\n",
     "model T {\n  id Int @id\n  a String?\n  b String @db.VarChar(5)\n  c Decimal @db.Decimal(12, 2)\n"
     "  d Int[] @default([1, 2])\n  e String[]\n  f Json @default(\"[]\")\n  g DateTime @default(now()) @db.Timestamptz(3)\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" ALTER COLUMN \"a\" DROP NOT NULL,\n"
     "ALTER COLUMN \"b\" SET DATA TYPE VARCHAR(5),\n"
     "ALTER COLUMN \"c\" SET DATA TYPE DECIMAL(12,2),\n"
     "ALTER COLUMN \"d\" SET DEFAULT ARRAY[1, 2]::INTEGER[],\n"
     "DROP COLUMN \"e\",\n"
     "ADD COLUMN     \"e\" TEXT[],\n"
     "ALTER COLUMN \"f\" SET DEFAULT '[]',\n"
     "ALTER COLUMN \"g\" SET DATA TYPE TIMESTAMPTZ(3);\n",
     "\n[*] Changed the `T` table\n"
     "  [*] Altered column `a` (changed from Required to Nullable)\n"
     "  [*] Altered column `b` (type changed)\n"
     "  [*] Altered column `c` (type changed)\n"
     "  [*] Altered column `d` (default changed from `None` to `Some(Value(List([Int(1), Int(2)])))`)\n"
     "  [*] Column `e` would be dropped and recreated (changed from Nullable to List, type changed)\n"
     "  [*] Altered column `f` (default changed from `Some(Value(Json(\"{}\")))` to `Some(Value(Json(\"[]\")))`)\n"
     "  [*] Altered column `g` (type changed)\n"},
    {"table_renamed_through_map_is_dropped_and_created",
     "model T {\n  id Int @id @default(autoincrement())\n  name String @unique\n}\n",
     "model T {\n  id Int @id @default(autoincrement())\n  name String @unique\n  @@map(\"things\")\n}\n",
     "-- DropTable\n"
     "DROP TABLE \"T\";\n\n"
     "-- CreateTable\n"
     "CREATE TABLE \"things\" (\n    \"id\" SERIAL NOT NULL,\n    \"name\" TEXT NOT NULL,\n\n"
     "    CONSTRAINT \"things_pkey\" PRIMARY KEY (\"id\")\n);\n\n"
     "-- CreateIndex\n"
     "CREATE UNIQUE INDEX \"things_name_key\" ON \"things\"(\"name\");\n",
     "\n[+] Added tables\n  - things\n\n[-] Removed tables\n  - T\n"
     "\n[*] Changed the `things` table\n  [+] Added unique index on columns (name)\n"},
    {"lists_have_no_not_null",
     "model T {\n  id Int @id\n}\n",
     "model T {\n  id Int @id\n  a String[]\n  b String[] @default([])\n  c Int\n  d String? @default(\"x\")\n}\n"
     "model N {\n  id Int @id\n  tags String[]\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" ADD COLUMN     \"a\" TEXT[],\n"
     "ADD COLUMN     \"b\" TEXT[] DEFAULT ARRAY[]::TEXT[],\n"
     "ADD COLUMN     \"c\" INTEGER NOT NULL,\n"
     "ADD COLUMN     \"d\" TEXT DEFAULT 'x';\n\n"
     "-- CreateTable\n"
     "CREATE TABLE \"N\" (\n    \"id\" INTEGER NOT NULL,\n    \"tags\" TEXT[],\n\n"
     "    CONSTRAINT \"N_pkey\" PRIMARY KEY (\"id\")\n);\n",
     "\n[+] Added tables\n  - N\n\n[*] Changed the `T` table\n  [+] Added column `a`\n  [+] Added column `b`\n"
     "  [+] Added column `c`\n  [+] Added column `d`\n"},
    {"multi_schema_new_schema_with_a_table",
     "generator client {\n  provider        = \"prisma-client-js\"\n  previewFeatures = [\"multiSchema\"]\n}\n"
     "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n  schemas  = [\"base\", \"extra\"]\n}\n"
     "model T {\n  id Int @id\n  @@schema(\"base\")\n}\nmodel X {\n  id Int @id\n  @@schema(\"extra\")\n}\n",
     "generator client {\n  provider        = \"prisma-client-js\"\n  previewFeatures = [\"multiSchema\"]\n}\n"
     "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n"
     "  schemas  = [\"base\", \"extra\", \"more\"]\n}\n"
     "model T {\n  id Int @id\n  @@schema(\"base\")\n}\nmodel X {\n  id Int @id\n  @@schema(\"extra\")\n}\n"
     "model M {\n  id Int @id\n  @@schema(\"more\")\n}\n",
     "-- CreateSchema\n"
     "CREATE SCHEMA IF NOT EXISTS \"more\";\n\n"
     "-- CreateTable\n"
     "CREATE TABLE \"more\".\"M\" (\n    \"id\" INTEGER NOT NULL,\n\n    CONSTRAINT \"M_pkey\" PRIMARY KEY (\"id\")\n);\n",
     "\n[+] Added Schemas\n  - more\n\n[+] Added tables\n  - M\n"},
    {"multi_schema_from_empty",
     nullptr,
     "generator client {\n  provider        = \"prisma-client-js\"\n  previewFeatures = [\"multiSchema\"]\n}\n"
     "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n  schemas  = [\"base\", \"extra\"]\n}\n"
     "model T {\n  id Int @id\n  @@schema(\"base\")\n}\nmodel X {\n  id Int @id\n  @@schema(\"extra\")\n}\n",
     "-- CreateSchema\n"
     "CREATE SCHEMA IF NOT EXISTS \"base\";\n\n"
     "-- CreateSchema\n"
     "CREATE SCHEMA IF NOT EXISTS \"extra\";\n\n"
     "-- CreateTable\n"
     "CREATE TABLE \"base\".\"T\" (\n    \"id\" INTEGER NOT NULL,\n\n    CONSTRAINT \"T_pkey\" PRIMARY KEY (\"id\")\n);\n\n"
     "-- CreateTable\n"
     "CREATE TABLE \"extra\".\"X\" (\n    \"id\" INTEGER NOT NULL,\n\n    CONSTRAINT \"X_pkey\" PRIMARY KEY (\"id\")\n);\n",
     nullptr},
    // Deliberate difference: Prisma adds B in the migration's transaction, where the default
    // cannot use it yet ("unsafe use of new value"); qdb commits it first.
    {"enum_value_added_and_used_by_new_columns",
     "enum E {\n  A\n}\nmodel T {\n  id Int @id\n}\n",
     "enum E {\n  A\n  B\n}\nmodel T {\n  id Int @id\n  e  E @default(B)\n  f  Float @default(1.5)\n}\n",
     "-- AlterEnum\n"
     "BEGIN;\n"
     "ALTER TYPE \"E\" ADD VALUE 'B';\n"
     "COMMIT;\n\n"
     "-- AlterTable\n"
     "ALTER TABLE \"T\" ADD COLUMN     \"e\" \"E\" NOT NULL DEFAULT 'B',\n"
     "ADD COLUMN     \"f\" DOUBLE PRECISION NOT NULL DEFAULT 1.5;\n",
     "\n[*] Changed the `E` enum\n  [+] Added variant `B`\n\n[*] Changed the `T` table\n  [+] Added column `e`\n"
     "  [+] Added column `f`\n"},
    {"enum_to_text_recreates_the_column_and_its_unique_index",
     "enum E {\n  A\n}\nmodel T {\n  id Int @id\n  e  E @unique\n  n  Int\n}\n",
     "enum E {\n  A\n}\nmodel T {\n  id Int @id\n  e  String @unique\n  n  String?\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" DROP COLUMN \"e\",\n"
     "ADD COLUMN     \"e\" TEXT NOT NULL,\n"
     "ALTER COLUMN \"n\" DROP NOT NULL,\n"
     "ALTER COLUMN \"n\" SET DATA TYPE TEXT;\n\n"
     "-- CreateIndex\n"
     "CREATE UNIQUE INDEX \"T_e_key\" ON \"T\"(\"e\");\n",
     "\n[*] Changed the `T` table\n  [*] Column `e` would be dropped and recreated (type changed)\n"
     "  [*] Altered column `n` (changed from Required to Nullable, type changed)\n"
     "  [+] Added unique index on columns (e)\n"},
    {"primary_key_renamed_through_map",
     "model T {\n  a Int\n  @@id([a])\n}\n",
     "model T {\n  a Int\n  @@id([a], map: \"my_pk\")\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" RENAME CONSTRAINT \"T_pkey\" TO \"my_pk\";\n",
     "\n[*] Changed the `T` table\n  [*] Renamed the primary key on columns (a)\n"},
    {"ignored_field_and_model_are_still_migrated",
     "model T {\n  id Int @id\n}\n",
     "model T {\n  id Int @id\n  x  Int @ignore\n}\nmodel I {\n  id Int @id\n  @@ignore\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" ADD COLUMN     \"x\" INTEGER NOT NULL;\n\n"
     "-- CreateTable\n"
     "CREATE TABLE \"I\" (\n    \"id\" INTEGER NOT NULL,\n\n    CONSTRAINT \"I_pkey\" PRIMARY KEY (\"id\")\n);\n",
     "\n[+] Added tables\n  - I\n\n[*] Changed the `T` table\n  [+] Added column `x`\n"},
    {"index_renamed_through_map",
     "model T {\n  id Int @id\n  a  Int\n  b  Int\n  @@index([a])\n  @@unique([b])\n}\n",
     "model T {\n  id Int @id\n  a  Int\n  b  Int\n  @@index([a], map: \"a_idx\")\n  @@unique([b], map: \"b_key\")\n}\n",
     "-- RenameIndex\n"
     "ALTER INDEX \"T_a_idx\" RENAME TO \"a_idx\";\n\n"
     "-- RenameIndex\n"
     "ALTER INDEX \"T_b_key\" RENAME TO \"b_key\";\n",
     "\n[*] Changed the `T` table\n  [*] Renamed index `T_a_idx` to `a_idx`\n  [*] Renamed index `T_b_key` to `b_key`\n"},
    {"primary_key_columns_changed",
     "model T {\n  a Int\n  b Int\n  @@id([a])\n}\n",
     "model T {\n  a Int\n  b Int\n  @@id([a, b])\n}\n",
     "-- AlterTable\n"
     "ALTER TABLE \"T\" DROP CONSTRAINT \"T_pkey\",\n"
     "ADD CONSTRAINT \"T_pkey\" PRIMARY KEY (\"a\", \"b\");\n",
     "\n[*] Changed the `T` table\n  [-] Dropped the primary key on columns (a)\n"
     "  [+] Added primary key on columns (a, b)\n)\n"},
    {"types_nullability_map_rename_and_unique",
     "model T {\n  id Int @id\n  a Int\n  b String\n  c BigInt\n  d String?\n  e String @unique\n  f String\n}\n",
     "model T {\n  id Int @id\n  a String\n  b Int\n  c Int\n  d String\n  e String @unique @map(\"ee\")\n"
     "  g Int\n  h Int?\n  @@unique([f])\n  f String\n}\n",
     "-- DropIndex\n"
     "DROP INDEX \"T_e_key\";\n\n"
     "-- AlterTable\n"
     "ALTER TABLE \"T\" DROP COLUMN \"e\",\n"
     "ADD COLUMN     \"ee\" TEXT NOT NULL,\n"
     "ADD COLUMN     \"g\" INTEGER NOT NULL,\n"
     "ADD COLUMN     \"h\" INTEGER,\n"
     "ALTER COLUMN \"a\" SET DATA TYPE TEXT,\n"
     "DROP COLUMN \"b\",\n"
     "ADD COLUMN     \"b\" INTEGER NOT NULL,\n"
     "ALTER COLUMN \"c\" SET DATA TYPE INTEGER,\n"
     "ALTER COLUMN \"d\" SET NOT NULL;\n\n"
     "-- CreateIndex\n"
     "CREATE UNIQUE INDEX \"T_ee_key\" ON \"T\"(\"ee\");\n\n"
     "-- CreateIndex\n"
     "CREATE UNIQUE INDEX \"T_f_key\" ON \"T\"(\"f\");\n",
     "\n[*] Changed the `T` table\n"
     "  [-] Removed unique index on columns (e)\n"
     "  [-] Removed column `e`\n"
     "  [+] Added column `ee`\n"
     "  [+] Added column `g`\n"
     "  [+] Added column `h`\n"
     "  [*] Altered column `a` (type changed)\n"
     "  [*] Column `b` would be dropped and recreated (type changed)\n"
     "  [*] Altered column `c` (type changed)\n"
     "  [*] Altered column `d` (changed from Nullable to Required)\n"
     "  [+] Added unique index on columns (ee)\n"
     "  [+] Added unique index on columns (f)\n"},
};

#undef MULTI_SCHEMA

class DiffCase : public ::testing::TestWithParam<Case> {};

TEST_P(DiffCase, ScriptAndSummaryMatchPrisma) {
  const Case& c = GetParam();
  const std::optional<model::Schema> from = c.from ? std::optional(lower_text(c.from)) : std::nullopt;
  const model::Schema to = lower_text(c.to);
  const Plan plan = plan_migration(Side{from ? &*from : nullptr}, Side{&to});
  EXPECT_EQ(render_script(plan), c.sql);
  if (c.summary) {
    EXPECT_EQ(render_summary(plan), c.summary);
  }
  // Diffing the target with itself is always empty.
  EXPECT_TRUE(plan_migration(Side{&to}, Side{&to}).empty());
}

INSTANTIATE_TEST_SUITE_P(Prisma, DiffCase, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace qdb::diff
