// Objects the schema language cannot describe survive every generated migration: a database made
// by hand has them next to the tables its schema describes, and several migrations of those tables
// leave each one as it was (read from pg_catalog before and after) and never name it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "diff/planner.hpp"
#include "diff/render_sql.hpp"
#include "inspect/build_schema.hpp"
#include "model/canonical.hpp"
#include "model/dump.hpp"
#include "pg/catalog_queries.hpp"
#include "prisma/load.hpp"
#include "prisma/lower.hpp"
#include "support/pg/test_database.hpp"

namespace qdb::test {
namespace {

// The tables of kSchemas[0], as Prisma would make them, and around them what no schema says.
constexpr const char* kHandMade = R"sql(
CREATE EXTENSION pg_trgm;
CREATE COLLATION plain_c (provider = libc, locale = 'C');
CREATE SEQUENCE invoice_numbers AS integer START 1000;
CREATE TABLE "User" (
  "id" SERIAL NOT NULL,
  "email" TEXT NOT NULL,
  "name" TEXT COLLATE plain_c,
  "age" INTEGER,
  CONSTRAINT "User_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "User_age_check" CHECK (age >= 0)
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "Host" (
  "id" INTEGER NOT NULL,
  "ip" INET NOT NULL,
  CONSTRAINT "Host_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Host_ip_excl" EXCLUDE USING gist (ip inet_ops WITH &&)
);
CREATE TABLE "Event" (
  "id" INTEGER NOT NULL,
  "at" TIMESTAMP(3) NOT NULL,
  CONSTRAINT "Event_pkey" PRIMARY KEY ("id", "at")
) PARTITION BY RANGE ("at");
CREATE TABLE event_2024 PARTITION OF "Event" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
COMMENT ON TABLE "User" IS 'people who sign in';
COMMENT ON COLUMN "User"."email" IS 'where to write';
CREATE VIEW user_names AS SELECT id, name FROM "User";
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER user_touch BEFORE UPDATE ON "User" FOR EACH ROW EXECUTE FUNCTION touch();
)sql";

// The names of the hand-made objects: no generated statement may name one.
const std::vector<std::string> kHandMadeNames = {"pg_trgm",  "plain_c",    "invoice_numbers", "User_age_check",
                                                 "Host_ip_excl", "event_2024", "user_names", "touch", "COMMENT",
                                                 "COLLATE"};

constexpr const char* kDatasource = R"(datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
)";

// The schema of the hand-made tables, then three migrations of them.
const std::vector<std::string> kSchemas = {
    R"(
model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  name  String?
  age   Int?
}
model Host {
  id Int    @id
  ip String @db.Inet
}
model Event {
  id Int
  at DateTime
  @@id([id, at])
}
)",
    // New table with a relation to a hand-made one, new columns, an index on the partitioned table.
    R"(
model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  name  String?
  age   Int?
  bio   String?
  posts Post[]
}
model Post {
  id       Int  @id @default(autoincrement())
  authorId Int
  author   User @relation(fields: [authorId], references: [id], onDelete: Cascade)
}
model Host {
  id    Int     @id
  ip    String  @db.Inet
  label String  @default("host")
}
model Event {
  id   Int
  at   DateTime
  note String?
  @@id([id, at])
  @@index([at])
}
)",
    // Retyped columns next to the view and the check constraint, an enum, a renamed index.
    R"(
enum Kind {
  HOST
  ROUTER
}
model User {
  id    Int     @id @default(autoincrement())
  email String  @unique(map: "user_email")
  name  String?
  age   BigInt?
  bio   String? @db.VarChar(200)
  posts Post[]
}
model Post {
  id       Int  @id @default(autoincrement())
  authorId Int
  author   User @relation(fields: [authorId], references: [id], onDelete: Restrict)
  @@index([authorId])
}
model Host {
  id    Int    @id
  ip    String @db.Inet
  label String
  kind  Kind   @default(HOST)
}
model Event {
  id   Int
  at   DateTime
  note String? @db.VarChar(50)
  @@id([id, at])
  @@index([at(sort: Desc)])
}
)",
    // Back to the hand-made tables alone.
    R"(
enum Kind {
  HOST
}
model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  name  String?
  age   Int?
}
model Host {
  id   Int    @id
  ip   String @db.Inet
  kind Kind   @default(HOST)
}
model Event {
  id Int
  at DateTime
  @@id([id, at])
}
)",
};

// Each hand-made object as pg_catalog describes it.
constexpr const char* kCatalogSnapshot = R"sql(
SELECT 'extension ' || extname || ' ' || extversion FROM pg_extension WHERE extname = 'pg_trgm'
UNION ALL SELECT 'collation ' || collname || ' ' || collcollate FROM pg_collation WHERE collname = 'plain_c'
UNION ALL SELECT 'sequence ' || format_type(seqtypid, NULL) || ' ' || seqstart || ' ' || seqmax
  FROM pg_sequence WHERE seqrelid = 'invoice_numbers'::regclass
UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
  FROM pg_constraint WHERE contype IN ('c', 'x') AND connamespace = 'public'::regnamespace
UNION ALL SELECT 'partition key ' || pg_get_partkeydef('"Event"'::regclass)
UNION ALL SELECT 'partition ' || c.relname || ' of ' || i.inhparent::regclass || ' ' || pg_get_expr(c.relpartbound, c.oid)
  FROM pg_class c JOIN pg_inherits i ON i.inhrelid = c.oid WHERE c.relispartition AND c.relkind = 'r'
UNION ALL SELECT 'comment ' || coalesce(obj_description('"User"'::regclass, 'pg_class'), '(none)')
UNION ALL SELECT 'column comment ' || coalesce(col_description('"User"'::regclass, attnum), '(none)')
  FROM pg_attribute WHERE attrelid = '"User"'::regclass AND attname = 'email'
UNION ALL SELECT 'column collation ' || attname || ' ' || attcollation::regcollation
  FROM pg_attribute WHERE attrelid = '"User"'::regclass AND attname = 'name'
UNION ALL SELECT 'view ' || pg_get_viewdef('user_names'::regclass)
UNION ALL SELECT 'function ' || pg_get_functiondef('touch'::regproc)
UNION ALL SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'user_touch'
ORDER BY 1
)sql";

model::Schema lower(const std::string& body) {
  prisma::LoadResult loaded = prisma::load_schema({{"schema.prisma", kDatasource + body}});
  EXPECT_TRUE(loaded.ok()) << loaded.format_diagnostics();
  return prisma::lower(loaded.schema);
}

model::Schema inspect_database(const TestDatabase& db) {
  std::unique_ptr<db::Catalog> catalog = pg::connect_catalog(db.settings());
  model::Schema schema = inspect::build_schema(catalog->read({"public"}), inspect::BuildOptions{});
  EXPECT_EQ(catalog->queries_sent(), 8);
  return schema;
}

// What the schema language can say of an inspected database: without the checks and objects.
std::string described(model::Schema schema) {
  for (model::Table& table : schema.tables) table.checks.clear();
  schema.objects.clear();
  return model::dump(model::canonical(std::move(schema)));
}

std::string objects_of(const model::Schema& schema) {
  std::string out;
  for (const model::DatabaseObject& object : model::canonical(schema).objects) {
    out += std::string(model::kind_name(object.kind)) + " " + object.name + " " + object.table + ": " +
           object.definition + "\n";
  }
  return out;
}

// Whether the generated `sql` runs, with PostgreSQL's error as the failure when it does not.
::testing::AssertionResult runs(const TestDatabase& db, const std::string& sql) {
  try {
    db.execute(sql);
  } catch (const std::exception& e) {
    return ::testing::AssertionFailure() << "the generated SQL failed: " << e.what() << "\n" << sql;
  }
  return ::testing::AssertionSuccess();
}

TEST(DiffHandMade, ObjectsOutsideTheSchemaLanguageSurviveEveryMigration) {
  TestDatabase db;
  if (!db.ok()) return;
  db.execute(kHandMade);
  db.execute("INSERT INTO \"User\" (email, name, age) VALUES ('a@example.com', 'A', 30);"
             "INSERT INTO \"Event\" VALUES (1, '2024-06-01'); INSERT INTO \"Host\" VALUES (1, '10.0.0.0/8')");
  const std::vector<std::string> snapshot = db.rows(kCatalogSnapshot);
  ASSERT_EQ(snapshot.size(), 13u);

  const model::Schema first = inspect_database(db);
  EXPECT_EQ(model::dump(model::canonical(first)).substr(model::dump(model::canonical(first)).find("\nview")),
            "\nview \"user_names\"\n"
            "function \"touch()\"\n"
            "trigger \"user_touch\" on \"User\"\n"
            "extension \"pg_trgm\"\n"
            "sequence \"invoice_numbers\"\n"
            "exclusion constraint \"Host_ip_excl\" on \"Host\"\n"
            "partition key \"Event\" on \"Event\"\n"
            "partition \"event_2024\" on \"Event\"\n"
            "comment \"User\" on \"User\"\n"
            "comment \"User.email\" on \"User\"\n"
            "collation \"plain_c\"\n"
            "column collation \"User.name\" on \"User\"\n");
  const std::string objects = objects_of(first);
  EXPECT_EQ(described(first), model::dump(model::canonical(lower(kSchemas[0]))));

  for (size_t i = 0; i < kSchemas.size(); ++i) {
    SCOPED_TRACE("schema " + std::to_string(i));
    const model::Schema target = lower(kSchemas[i]);
    const model::Schema before = inspect_database(db);
    const std::string sql =
        diff::render_script(diff::plan_migration(diff::Side{&before, "public", true}, diff::Side{&target, "public"}));
    EXPECT_EQ(sql == "-- This is an empty migration.\n", i == 0) << sql;
    for (const std::string& name : kHandMadeNames) {
      EXPECT_EQ(sql.find(name), std::string::npos) << name << " in\n" << sql;
    }
    ASSERT_TRUE(runs(db, sql));
    EXPECT_EQ(db.rows(kCatalogSnapshot), snapshot) << sql;
    const model::Schema after = inspect_database(db);
    EXPECT_EQ(objects_of(after), objects) << sql;
    EXPECT_EQ(described(after), model::dump(model::canonical(target))) << sql;
    const diff::Plan again = diff::plan_migration(diff::Side{&after, "public", true}, diff::Side{&target, "public"});
    EXPECT_TRUE(again.empty()) << diff::render_script(again);
  }
  EXPECT_EQ(db.value("SELECT count(*) FROM \"User\" WHERE name = 'A'"), "1");
}

// Indexes written by hand into a migration: those the schema language cannot say (partial, on an
// expression) are invisible to the differ and stay, as with Prisma; a unique constraint and a
// plain index the schema does not have are dropped, the constraint with ALTER TABLE ... DROP
// CONSTRAINT (PostgreSQL refuses DROP INDEX for its index, which Prisma writes).
TEST(DiffHandMade, IndexesTheSchemaCannotSayStayAndUniqueConstraintsAreDroppedAsConstraints) {
  TestDatabase db;
  if (!db.ok()) return;
  db.execute(R"sql(
CREATE TABLE "Item" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "price" INTEGER NOT NULL,
    CONSTRAINT "Item_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Item_name_key" UNIQUE ("name")
);
CREATE INDEX "Item_name_partial" ON "Item"("name") WHERE "price" > 100;
CREATE UNIQUE INDEX "Item_price_partial_key" ON "Item"("price") WHERE "price" > 10;
CREATE INDEX "Item_lower_name" ON "Item"(lower("name"));
CREATE INDEX "Item_price_idx" ON "Item"("price");
INSERT INTO "Item" VALUES (1, 'a', 5);
)sql");
  const model::Schema target = lower("model Item {\n  id Int @id\n  name String\n  price Int\n}\n");
  const model::Schema before = inspect_database(db);
  const std::string sql =
      diff::render_script(diff::plan_migration(diff::Side{&before, "public", true}, diff::Side{&target, "public"}));
  EXPECT_EQ(sql,
            "-- DropIndex\nALTER TABLE \"Item\" DROP CONSTRAINT \"Item_name_key\";\n\n"
            "-- DropIndex\nDROP INDEX \"Item_price_idx\";\n");
  ASSERT_TRUE(runs(db, sql));
  EXPECT_EQ(db.rows("SELECT indexname FROM pg_indexes WHERE tablename = 'Item' ORDER BY indexname"),
            (std::vector<std::string>{"Item_lower_name", "Item_name_partial", "Item_pkey", "Item_price_partial_key"}));
  const model::Schema after = inspect_database(db);
  const diff::Plan again = diff::plan_migration(diff::Side{&after, "public", true}, diff::Side{&target, "public"});
  EXPECT_TRUE(again.empty()) << diff::render_script(again);
}

// Identity columns (what Django, Rails and SQL written by hand make) are autoincrement(), as
// Prisma and `db pull` read them: a schema that says so has no difference. A schema without it
// loses the identity by DROP IDENTITY, and a database with identity columns as the target gets
// them by ADD GENERATED: PostgreSQL refuses Prisma's DROP DEFAULT and SET DEFAULT nextval() on
// an identity column.
TEST(DiffHandMade, IdentityColumnsAreAutoincrementAndChangeByTheirOwnClauses) {
  TestDatabase db;
  if (!db.ok()) return;
  db.execute(R"sql(
CREATE TABLE "Ticket" (
    "id" INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    "number" INTEGER GENERATED ALWAYS AS IDENTITY,
    "serial" BIGINT GENERATED BY DEFAULT AS IDENTITY
);
INSERT INTO "Ticket" DEFAULT VALUES;
)sql");
  const model::Schema with_identity = inspect_database(db);
  const model::Schema autoincrement = lower(
      "model Ticket {\n  id Int @id @default(autoincrement())\n  number Int @default(autoincrement())\n"
      "  serial BigInt @default(autoincrement())\n}\n");
  const diff::Plan none =
      diff::plan_migration(diff::Side{&with_identity, "public", true}, diff::Side{&autoincrement, "public"});
  EXPECT_TRUE(none.empty()) << diff::render_script(none);

  const model::Schema plain = lower("model Ticket {\n  id Int @id\n  number Int @default(5)\n  serial BigInt\n}\n");
  const std::string sql =
      diff::render_script(diff::plan_migration(diff::Side{&with_identity, "public", true}, diff::Side{&plain, "public"}));
  EXPECT_EQ(sql,
            "-- AlterTable\nALTER TABLE \"Ticket\" ALTER COLUMN \"id\" DROP IDENTITY,\n"
            "ALTER COLUMN \"number\" DROP IDENTITY,\nALTER COLUMN \"number\" SET DEFAULT 5,\n"
            "ALTER COLUMN \"serial\" DROP IDENTITY;\n");
  ASSERT_TRUE(runs(db, sql));
  EXPECT_EQ(db.value("SELECT count(*) FROM pg_attribute WHERE attrelid = '\"Ticket\"'::regclass AND attidentity <> ''"),
            "0");
  const model::Schema without_identity = inspect_database(db);
  const diff::Plan again =
      diff::plan_migration(diff::Side{&without_identity, "public", true}, diff::Side{&plain, "public"});
  EXPECT_TRUE(again.empty()) << diff::render_script(again);

  // Back to the database's first state, read from it (as --to-url does).
  const std::string back = diff::render_script(
      diff::plan_migration(diff::Side{&without_identity, "public", true}, diff::Side{&with_identity, "public"}));
  EXPECT_EQ(back,
            "-- AlterTable\nALTER TABLE \"Ticket\" ALTER COLUMN \"id\" ADD GENERATED BY DEFAULT AS IDENTITY,\n"
            "ALTER COLUMN \"number\" DROP DEFAULT,\nALTER COLUMN \"number\" ADD GENERATED ALWAYS AS IDENTITY,\n"
            "ALTER COLUMN \"serial\" ADD GENERATED BY DEFAULT AS IDENTITY;\n");
  ASSERT_TRUE(runs(db, back));
  const model::Schema restored = inspect_database(db);
  EXPECT_EQ(model::dump(model::canonical(restored)), model::dump(model::canonical(with_identity)));
}

// The datasource's extensions (postgresqlExtensions): one the database lacks is created, one it
// has is left alone (Prisma, reading its source from a database, writes CREATE EXTENSION IF NOT
// EXISTS for every listed one in every migration), and one the schema stops listing stays.
TEST(DiffHandMade, ExtensionsTheSchemaListsAreCreatedOnceAndNeverDropped) {
  TestDatabase db;
  if (!db.ok()) return;
  db.execute("CREATE EXTENSION citext; CREATE TABLE \"T\" (\"id\" INTEGER NOT NULL, CONSTRAINT \"T_pkey\" PRIMARY KEY (\"id\"))");
  const auto with_extensions = [](const std::string& list) {
    prisma::LoadResult loaded = prisma::load_schema(
        {{"schema.prisma", "generator client {\n  provider        = \"prisma-client-js\"\n"
                           "  previewFeatures = [\"postgresqlExtensions\"]\n}\n\n"
                           "datasource db {\n  provider   = \"postgresql\"\n  url        = env(\"DATABASE_URL\")\n"
                           "  extensions = [" + list + "]\n}\n\nmodel T {\n  id Int @id\n}\n"}});
    EXPECT_TRUE(loaded.ok()) << loaded.format_diagnostics();
    return prisma::lower(loaded.schema);
  };
  const model::Schema target = with_extensions("pg_trgm, citext");
  const model::Schema before = inspect_database(db);
  const std::string sql =
      diff::render_script(diff::plan_migration(diff::Side{&before, "public", true}, diff::Side{&target, "public"}));
  EXPECT_EQ(sql, "-- CreateExtension\nCREATE EXTENSION IF NOT EXISTS \"pg_trgm\";\n");
  ASSERT_TRUE(runs(db, sql));
  const model::Schema after = inspect_database(db);
  const diff::Plan again = diff::plan_migration(diff::Side{&after, "public", true}, diff::Side{&target, "public"});
  EXPECT_TRUE(again.empty()) << diff::render_script(again);
  const model::Schema fewer = with_extensions("citext");
  const diff::Plan none = diff::plan_migration(diff::Side{&after, "public", true}, diff::Side{&fewer, "public"});
  EXPECT_TRUE(none.empty()) << diff::render_script(none);
  EXPECT_EQ(db.value("SELECT count(*) FROM pg_extension WHERE extname IN ('citext', 'pg_trgm')"), "2");
}

}  // namespace
}  // namespace qdb::test
