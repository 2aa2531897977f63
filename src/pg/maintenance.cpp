#include "pg/maintenance.hpp"
#include "util/sql_quote.hpp"

#include "config/database_url.hpp"
#include "base/error.hpp"
#include "pg/admin.hpp"

namespace qdb::pg {
namespace {

class PgMaintenance : public db::Maintenance {
 public:
  explicit PgMaintenance(const db::ConnectionSettings& settings) : connection_(settings), settings_(settings) {}

  bool database_exists(const std::string& name) override {
    return connection_.query("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", {name})[0][0] == "t";
  }

  void create_database(const std::string& name) override {
    Rows rights = connection_.query("SELECT current_user, rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user");
    if (!rights.empty() && rights[0][1] == "f") {
      throw Error(ErrorKind::kDatabaseState,
                  "database \"" + name + "\" does not exist, and role \"" + rights[0][0].value_or("?") +
                      "\" may not create it (it lacks CREATEDB)",
                  "create it as a superuser (CREATE DATABASE " + util::quote_identifier(name) +
                      " OWNER ...), or grant the role CREATEDB (ALTER ROLE ... CREATEDB)");
    }
    try {
      connection_.execute("CREATE DATABASE " + util::quote_identifier(name));
    } catch (const Error& e) {
      throw Error(ErrorKind::kDatabaseState, "cannot create database \"" + name + "\": " + e.what(),
                  "create it by hand, or check that the role in DATABASE_URL has CREATEDB");
    }
  }

  bool may_create_databases() override {
    Rows rights = connection_.query("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user");
    return !rights.empty() && rights[0][0] == "t";
  }

  void drop_database(const std::string& name) override {
    // DROP DATABASE ... WITH (FORCE) needs PostgreSQL 13; ending the sessions first works everywhere.
    connection_.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
                      {name});
    connection_.execute("DROP DATABASE IF EXISTS " + util::quote_identifier(name));
  }

 private:
  AdminConnection connection_;
  db::ConnectionSettings settings_;
};

db::ConnectionSettings maintenance_settings(db::ConnectionSettings settings) {
  // libpq lets a later keyword override an earlier one.
  settings.conninfo += " dbname=" + config::quote_conninfo_value("postgres");
  settings.database = "postgres";
  settings.redacted_url += " (maintenance database \"postgres\")";
  return settings;
}

}  // namespace

std::unique_ptr<db::Maintenance> connect_maintenance(const db::ConnectionSettings& settings) {
  return std::make_unique<PgMaintenance>(maintenance_settings(settings));
}

}  // namespace qdb::pg
