#include "db/privilege_hint.hpp"

#include <gtest/gtest.h>

namespace qdb::db {
namespace {

// PostgreSQL 15's messages for SQLSTATE 42501, as the server sends them.
TEST(PrivilegeHint, CreatingInASchemaNeedsCreateUsingItNeedsUsage) {
  EXPECT_EQ(missing_privilege_hint("permission denied for schema public", "", "CREATE TABLE t (id int)", "app"),
            "role app lacks a privilege: run `GRANT CREATE ON SCHEMA public TO app` as the schema's owner or a "
            "superuser, or run qdb as a role that has it");
  EXPECT_EQ(missing_privilege_hint("permission denied for schema Billing", "",
                                   "-- moves it\nALTER TABLE t SET SCHEMA \"Billing\"", "app"),
            "role app lacks a privilege: run `GRANT CREATE ON SCHEMA \"Billing\" TO app` as the schema's owner or a "
            "superuser, or run qdb as a role that has it");
  EXPECT_EQ(missing_privilege_hint("permission denied for schema audit", "", "SELECT * FROM audit.log", "app"),
            "role app lacks a privilege: run `GRANT USAGE ON SCHEMA audit TO app` as the schema's owner or a "
            "superuser, or run qdb as a role that has it");
}

TEST(PrivilegeHint, ATablesPrivilegeFollowsWhatTheStatementDoes) {
  auto grant_of = [](const std::string& statement) {
    return missing_privilege_hint("permission denied for table order", "", statement, "deploy-bot");
  };
  EXPECT_EQ(grant_of("INSERT INTO \"order\" VALUES (1)"),
            "role deploy-bot lacks a privilege: run `GRANT INSERT ON TABLE \"order\" TO \"deploy-bot\"` as the "
            "table's owner or a superuser, or run qdb as a role that has it");
  EXPECT_NE(grant_of("/* fix */ update \"order\" SET x = 1").find("`GRANT UPDATE ON TABLE \"order\" TO"),
            std::string::npos);
  EXPECT_NE(grant_of("DELETE FROM \"order\"").find("`GRANT DELETE ON TABLE"), std::string::npos);
  EXPECT_NE(grant_of("TRUNCATE \"order\"").find("`GRANT TRUNCATE ON TABLE"), std::string::npos);
  EXPECT_NE(grant_of("WITH x AS (SELECT 1) SELECT * FROM \"order\"").find("`GRANT SELECT ON TABLE"), std::string::npos);
  EXPECT_NE(grant_of("ALTER TABLE line ADD CONSTRAINT line_order_fkey FOREIGN KEY (o) REFERENCES \"order\"(id)")
                .find("`GRANT REFERENCES ON TABLE \"order\" TO"),
            std::string::npos);
  EXPECT_NE(grant_of("CREATE TRIGGER t BEFORE INSERT ON \"order\" EXECUTE FUNCTION f()")
                .find("`GRANT TRIGGER ON TABLE"),
            std::string::npos);
  // A statement that does not say which privilege: the object is named, the privilege left open.
  EXPECT_EQ(grant_of("COPY \"order\" FROM STDIN"),
            "role deploy-bot lacks a privilege on table \"order\" that this statement needs: grant it with `GRANT ... "
            "ON TABLE \"order\" TO \"deploy-bot\"`, or run qdb as a role that has it");
}

TEST(PrivilegeHint, OtherObjects) {
  EXPECT_NE(missing_privilege_hint("permission denied for sequence users_id_seq", "", "SELECT nextval('users_id_seq')",
                                   "app")
                .find("`GRANT USAGE ON SEQUENCE users_id_seq TO app`"),
            std::string::npos);
  EXPECT_NE(missing_privilege_hint("permission denied for database shop", "", "CREATE SCHEMA billing", "app")
                .find("`GRANT CREATE ON DATABASE shop TO app`"),
            std::string::npos);
  EXPECT_NE(missing_privilege_hint("permission denied for function touch", "", "SELECT touch()", "app")
                .find("`GRANT EXECUTE ON FUNCTION touch TO app`"),
            std::string::npos);
  EXPECT_NE(missing_privilege_hint("permission denied for type mood", "", "CREATE TABLE t (m mood)", "app")
                .find("`GRANT USAGE ON TYPE mood TO app`"),
            std::string::npos);
  EXPECT_NE(missing_privilege_hint("permission denied for foreign-data wrapper postgres_fdw", "",
                                   "CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw", "app")
                .find("`GRANT USAGE ON FOREIGN DATA WRAPPER postgres_fdw TO app`"),
            std::string::npos);
}

TEST(PrivilegeHint, OwnershipIsNotGranted) {
  EXPECT_EQ(missing_privilege_hint("must be owner of table users", "", "ALTER TABLE users ADD COLUMN x int", "app"),
            "only the owner of table users (or a superuser) may run this statement: run qdb as that role, or have it "
            "run `ALTER TABLE users OWNER TO app`");
  EXPECT_EQ(missing_privilege_hint("must be owner of index users_pkey", "", "DROP INDEX users_pkey", "app"),
            "only the owner of index users_pkey (or a superuser) may run this statement: run qdb as that role");
}

TEST(PrivilegeHint, OtherMessagesKeepTheServersHint) {
  EXPECT_EQ(missing_privilege_hint("permission denied to create extension \"hstore\"",
                                   "Must have CREATE privilege on current database to create this extension.",
                                   "CREATE EXTENSION hstore", "app"),
            "Must have CREATE privilege on current database to create this extension.");
  EXPECT_EQ(missing_privilege_hint("permission denied to create role", "", "CREATE ROLE x", ""),
            "the role in DATABASE_URL lacks a privilege this statement needs: grant it, or run qdb as a role that "
            "has it");
}

}  // namespace
}  // namespace qdb::db
