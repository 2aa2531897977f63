// schema_of_migrations() and inspect_database() against a real server: the temporary shadow
// database is dropped after success, after a failing migration and on SIGINT; a configured
// shadow database is emptied and kept; a role without CREATEDB is told which setting to use; the
// replay cache's key takes the server version a caller passes.
#include "cli/database_schema.hpp"

#include <gtest/gtest.h>

#include "os/real_system.hpp"
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <sstream>
#include <thread>

#include "base/error.hpp"
#include "model/dump.hpp"
#include "output/json_report.hpp"
#include "pg/catalog_queries.hpp"
#include "pg/maintenance.hpp"
#include "pg/pg_database.hpp"
#include "support/pg/test_database.hpp"
#include "support/temp_dir.hpp"

namespace qdb::test {
namespace {

// The real system, with the environment variables a test gives instead of the process's.
class VariablesSystem final : public os::RealSystem {
 public:
  explicit VariablesSystem(std::map<std::string, std::string> variables) : variables_(std::move(variables)) {}
  std::optional<std::string> variable(std::string_view name) const override {
    auto found = variables_.find(std::string(name));
    if (found == variables_.end()) return std::nullopt;
    return found->second;
  }

 private:
  std::map<std::string, std::string> variables_;
};

// A project folder and everything a command's Context needs, with the real pg backend.
class Project {
 public:
  explicit Project(std::map<std::string, std::string> variables)
      : system_(std::move(variables)), project_(config::default_project_config(dir_.path())),
        console_(err_, out_, false, output::Console::Level::kVerbose, false) {
    invocation_.profile = "dev";
    invocation_.command = "diff";
    profile_ = *project_.find_profile("dev");
    profile_.use_local_server = false;
  }

  void write(const std::string& relative, const std::string& text) { dir_.write(relative, text); }
  std::filesystem::path path(const std::string& relative) const { return dir_.path() / relative; }
  void set_shadow_setting(const std::string& value) { project_.shadow_database_url = value; }

  cli::Context context() {
    cli::Context context(invocation_, project_, profile_, console_, report_, out_, system_, &pg::connect,
                         &pg::connect_maintenance);
    context.catalog = &pg::connect_catalog;
    context.cwd = dir_.path();
    return context;
  }

  std::string messages() const { return err_.str(); }

  /// The messages written after mark() was called.
  class Messages {
   public:
    Messages(const std::ostringstream& err, size_t from) : err_(err), from_(from) {}
    std::string since() const { return err_.str().substr(from_); }

   private:
    const std::ostringstream& err_;
    size_t from_;
  };
  Messages mark() const { return Messages(err_, err_.str().size()); }

  // The name in "Created the temporary shadow database "qdb_shadow_..."".
  std::string shadow_name() const {
    std::string text = err_.str();
    size_t at = text.find("\"qdb_shadow_");
    if (at == std::string::npos) return "";
    return text.substr(at + 1, text.find('"', at + 1) - at - 1);
  }

 private:
  TempDir dir_;
  VariablesSystem system_;
  config::ProjectConfig project_;
  config::Profile profile_;
  cli::Invocation invocation_;
  std::ostringstream err_;
  std::ostringstream out_;
  output::Console console_;
  output::JsonReport report_;
};

bool database_exists(const TestDatabase& db, const std::string& name) {
  return db.value("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'") == "1";
}

constexpr const char* kInit =
    "CREATE TYPE \"Role\" AS ENUM ('USER', 'ADMIN');\n"
    "CREATE TABLE \"User\" (\"id\" SERIAL NOT NULL, \"role\" \"Role\" NOT NULL DEFAULT 'USER',\n"
    "    CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\n";

class ShadowDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  TestDatabase db_;
};

TEST_F(ShadowDatabaseTest, ReplaysIntoATemporaryDatabaseAndDropsIt) {
  Project project({{"DATABASE_URL", db_.url()}});
  project.write("migrations/20250101000000_init/migration.sql", kInit);
  project.write("migrations/20250102000000_email/migration.sql", "ALTER TABLE \"User\" ADD COLUMN \"email\" TEXT;\n");
  cli::Context context = project.context();
  model::Schema schema = cli::schema_of_migrations(context, project.path("migrations"));
  EXPECT_EQ(model::dump(schema),
            "enum \"Role\"\n  value 'USER'\n  value 'ADMIN'\n"
            "table \"User\"\n"
            "  column \"id\" INTEGER not null autoincrement\n"
            "  column \"role\" \"Role\" enum \"Role\" not null default 'USER'\n"
            "  column \"email\" TEXT null\n"
            "  primary key \"User_pkey\" (\"id\")\n");
  const std::string name = project.shadow_name();
  ASSERT_EQ(name.size(), std::string("qdb_shadow_").size() + 12) << project.messages();
  EXPECT_FALSE(database_exists(db_, name));
  // The target database was only used to reach the server.
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), "0");
}

TEST_F(ShadowDatabaseTest, AFailingMigrationStillDropsIt) {
  Project project({{"DATABASE_URL", db_.url()}});
  project.write("migrations/20250101000000_init/migration.sql", kInit);
  project.write("migrations/20250102000000_bad/migration.sql", "ALTER TABLE \"Nope\" ADD COLUMN x int;\n");
  cli::Context context = project.context();
  try {
    cli::schema_of_migrations(context, project.path("migrations"));
    FAIL() << "the failing migration was not reported";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kMigrationFailed);
    EXPECT_NE(std::string(e.what()).find("20250102000000_bad"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("(replaying the migrations into the shadow database)"), std::string::npos);
  }
  const std::string name = project.shadow_name();
  ASSERT_FALSE(name.empty()) << project.messages();
  EXPECT_FALSE(database_exists(db_, name));
}

TEST_F(ShadowDatabaseTest, SigintEndsTheReplayDropsTheDatabaseAndExits130) {
  std::random_device random;
  const std::string marker = "qdb_sigint_" + std::to_string(random());
  Project project({{"DATABASE_URL", db_.url()}});
  project.write("migrations/20250101000000_slow/migration.sql", "SELECT pg_sleep(60) /* " + marker + " */;\n");
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    cli::Context context = project.context();
    try {
      cli::schema_of_migrations(context, project.path("migrations"));
    } catch (...) {
    }
    _exit(0);
  }
  std::string shadow;
  for (int i = 0; i < 200 && shadow.empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    auto rows = db_.rows("SELECT datname FROM pg_stat_activity WHERE query LIKE '%" + marker +
                         " */%' AND pid <> pg_backend_pid()");
    if (!rows.empty()) shadow = rows[0];
  }
  if (shadow.empty()) kill(child, SIGKILL);
  ASSERT_FALSE(shadow.empty()) << "the replay never started";
  EXPECT_TRUE(database_exists(db_, shadow));
  kill(child, SIGINT);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 130);
  EXPECT_FALSE(database_exists(db_, shadow));
}

// A role that may not create databases, with a database of its own; dropped at the end.
class RoleWithoutCreatedb {
 public:
  explicit RoleWithoutCreatedb(const TestDatabase& db) : db_(db) {
    std::random_device random;
    name_ = "qdb_nocreatedb_" + std::to_string(random() % 100000);
    db_.execute("CREATE ROLE " + name_ + " LOGIN NOCREATEDB PASSWORD 'shadow-pw'");
    db_.execute("CREATE DATABASE " + name_ + "_shadow OWNER " + name_);
    db_.execute("GRANT ALL ON SCHEMA public TO " + name_);
  }
  ~RoleWithoutCreatedb() {
    db_.execute("DROP DATABASE IF EXISTS " + name_ + "_shadow WITH (FORCE)");
    db_.execute("DROP OWNED BY " + name_);
    db_.execute("DROP ROLE IF EXISTS " + name_);
  }
  // `url` with this role's name and password, pointing at `database`.
  std::string url(const std::string& url, const std::string& database) const {
    size_t scheme = url.find("://") + 3;
    size_t at = url.find('@', scheme);
    size_t slash = url.find('/', at);
    return url.substr(0, scheme) + name_ + ":shadow-pw@" + url.substr(at + 1, slash - at - 1) + "/" + database;
  }
  const std::string& name() const { return name_; }

 private:
  const TestDatabase& db_;
  std::string name_;
};

TEST_F(ShadowDatabaseTest, ARoleWithoutCreatedbIsToldWhichSettingToUse) {
  RoleWithoutCreatedb role(db_);
  Project project({{"DATABASE_URL", role.url(db_.url(), db_.name())}});
  project.write("migrations/20250101000000_init/migration.sql", kInit);
  cli::Context context = project.context();
  try {
    cli::schema_of_migrations(context, project.path("migrations"));
    FAIL() << "no error for a role without CREATEDB";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kDatabaseState);
    EXPECT_NE(std::string(e.what()).find("may not create databases (it lacks CREATEDB)"), std::string::npos)
        << e.what();
    EXPECT_NE(e.hint().find("shadow_database_url in qdb.toml ([database]) or SHADOW_DATABASE_URL"), std::string::npos)
        << e.hint();
    EXPECT_EQ(std::string(e.what()).find("shadow-pw"), std::string::npos) << "the password was printed";
  }
}

TEST_F(ShadowDatabaseTest, AConfiguredShadowDatabaseIsEmptiedAndKept) {
  RoleWithoutCreatedb role(db_);
  const std::string shadow_url = role.url(db_.url(), role.name() + "_shadow");
  // Something left in the shadow database by an earlier run.
  pg::AdminConnection(settings_from_url(shadow_url)).execute("CREATE TABLE leftover (id int)");
  for (bool from_toml : {false, true}) {
    std::map<std::string, std::string> variables = {{"DATABASE_URL", role.url(db_.url(), db_.name())}};
    variables[from_toml ? "MY_SHADOW" : "SHADOW_DATABASE_URL"] = shadow_url;
    Project project(variables);
    if (from_toml) project.set_shadow_setting("env(\"MY_SHADOW\")");
    project.write("migrations/20250101000000_init/migration.sql", kInit);
    cli::Context context = project.context();
    model::Schema schema = cli::schema_of_migrations(context, project.path("migrations"));
    ASSERT_EQ(schema.tables.size(), 1u) << model::dump(schema);
    EXPECT_EQ(schema.tables[0].name, "User");
    EXPECT_EQ(project.shadow_name(), "");
    EXPECT_TRUE(database_exists(db_, role.name() + "_shadow"));
  }
}

// A caller holding a connection to the target passes its server_version: the key is made from
// that (no connection asks for it), so a made-up major version files the entry apart from the
// server's own, and a later call with the same major version is a hit without a shadow database.
TEST_F(ShadowDatabaseTest, ThePassedServerVersionMakesTheReplayCacheKey) {
  Project project({{"DATABASE_URL", db_.url()}});
  project.write("migrations/20250101000000_init/migration.sql", kInit);
  cli::ReplayOptions passed;
  passed.target_server_version = "99.1 (made up)";
  cli::Context context = project.context();
  const model::Schema replayed = cli::schema_of_migrations(context, project.path("migrations"), passed);
  EXPECT_NE(project.messages().find("Replay cache miss: replaying 1 migration\n"), std::string::npos)
      << project.messages();
  ASSERT_NE(project.shadow_name(), "") << project.messages();

  Project::Messages second = project.mark();
  passed.target_server_version = "99.7";
  int connections = 0;
  cli::Context counted = project.context();
  counted.connector = [&connections](const db::ConnectionSettings& settings) {
    ++connections;
    return pg::connect(settings);
  };
  counted.maintenance = [&connections](const db::ConnectionSettings& settings) {
    ++connections;
    return pg::connect_maintenance(settings);
  };
  EXPECT_EQ(cli::schema_of_migrations(counted, project.path("migrations"), passed), replayed);
  EXPECT_NE(second.since().find("Replay cache hit: "), std::string::npos) << second.since();
  EXPECT_EQ(second.since().find("qdb_shadow_"), std::string::npos) << second.since();
  EXPECT_EQ(connections, 0) << "a hit with the server version passed in needs no connection";

  // Asked of the server itself (15, 16, ...): another key, so a replay.
  Project::Messages third = project.mark();
  EXPECT_EQ(cli::schema_of_migrations(context, project.path("migrations")), replayed);
  EXPECT_NE(third.since().find("Replay cache miss: replaying 1 migration\n"), std::string::npos) << third.since();

  // use_cache = false neither reads nor writes it.
  Project::Messages fourth = project.mark();
  cli::ReplayOptions off;
  off.use_cache = false;
  EXPECT_EQ(cli::schema_of_migrations(context, project.path("migrations"), off), replayed);
  EXPECT_NE(fourth.since().find("Replay cache off (--no-cache): replaying 1 migration\n"), std::string::npos)
      << fourth.since();
  EXPECT_NE(fourth.since().find("Created the temporary shadow database"), std::string::npos) << fourth.since();
}

TEST_F(ShadowDatabaseTest, InspectDatabaseReadsTheSchemaOfItsUrl) {
  db_.execute("CREATE SCHEMA app; CREATE TABLE app.t (id int PRIMARY KEY); CREATE TABLE public.other (x int)");
  Project project(std::map<std::string, std::string>{});
  cli::Context context = project.context();
  model::Schema schema = cli::inspect_database(context, db_.url("schema=app"));
  EXPECT_EQ(model::dump(schema), "table \"t\"\n  column \"id\" INTEGER not null\n  primary key \"t_pkey\" (\"id\")\n");
}

}  // namespace
}  // namespace qdb::test
