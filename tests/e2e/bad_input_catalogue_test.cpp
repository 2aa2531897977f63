// The bad-input catalogue: one table of cases, each a project, optional SQL and qdb runs that set
// the scene, the qdb command that must fail, its exit code and the first line of its message.
// Every case also checks what the user must be able to trust after any failure: the database is
// as it was (tables, columns, row counts, the migration history), no file of the project changed,
// and no password of a URL reached stdout or stderr.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

using Args = std::vector<std::string>;
using Files = std::vector<std::pair<std::string, std::string>>;
// A file to write, or to remove (with everything under it) when the content is nullopt.
using Edits = std::vector<std::pair<std::string, std::optional<std::string>>>;
using Env = std::map<std::string, std::optional<std::string>>;

// A qdb run that sets the scene, and the exit code it must give.
struct Step {
  Args args = {};
  int exit_code = 0;
};

struct Case {
  std::string name = {};
  Files files = {};               // written into a fresh project (migrations/migration_lock.toml is there)
  std::string sql = {};           // run on the test database first
  std::vector<Step> before = {};  // qdb runs before the snapshots
  Edits edits = {};               // applied after those runs
  Env env = {};                   // on top of DATABASE_URL={url} and NODE_ENV unset
  Args args = {};                 // the run under test
  int exit_code = 0;
  std::string first_line = {};    // the first "error: " line of stderr (or "warning: " when none)
  std::string line = {};          // another whole line stderr must hold (the diagnostic), when not empty
  bool prefix = false;            // first_line is only the start of that line
};

// gtest names a failing case by its name, not by a dump of its bytes.
void PrintTo(const Case& c, std::ostream* out) { *out << c.name; }

// The password of every made-up URL below; like the test server's, it must never be printed.
constexpr const char* kSecret = "pw-secret-123";

constexpr const char* kSchema =
    "datasource db {\n"
    "  provider = \"postgresql\"\n"
    "  url      = env(\"DATABASE_URL\")\n"
    "}\n"
    "\n"
    "model User {\n"
    "  id   Int    @id @default(autoincrement())\n"
    "  name String\n"
    "}\n";

constexpr const char* kBrokenSchema =
    "datasource db {\n"
    "  provider = \"postgresql\"\n"
    "  url      = env(\"DATABASE_URL\")\n"
    "}\n"
    "\n"
    "model User {\n"
    "  id   Int @id\n"
    "  name Strin\n"
    "}\n";

constexpr const char* kTable = "CREATE TABLE a (id int);\n";

const std::string kSchemaFile = "schema/schema.prisma";
const std::string kCommands =
    "(commands: migrate, status, validate, format, generate-types, diff, pull, diagram, reset, push, resolve, wait, "
    "start, stop, url)";
const std::string kTomlErrors = "error: qdb.toml has errors";
const std::string kFolderErrors = "error: the migrations folder migrations has errors";

std::string migration(const std::string& name) { return "migrations/" + name + "/migration.sql"; }

const Args kMigrate = {"prod", "db", "migrate"};
const Args kDevMigrate = {"dev", "db", "migrate"};
const Args kStatus = {"prod", "db", "status"};

// A migration that fails outside a transaction on duplicate rows, so a failed row is recorded.
const Files kFailingSecond = {
    {migration("001_table"), "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1), (1);\n"},
    {migration("002_index"), "CREATE UNIQUE INDEX CONCURRENTLY t_id_key ON t (id);\n"},
};

std::vector<Case> catalogue() {
  return {
      // --- qdb.toml ------------------------------------------------------------------------
      {.name = "toml_unknown_top_level_key",
       .files = {{"qdb.toml", "schemas = \"x\"\n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = kTomlErrors,
       .line = "qdb.toml:1:1: error: unknown key \"schemas\" in qdb.toml (known keys: schema, migrations, database, "
               "profiles, generate, seed, local, env_files)"},
      {.name = "toml_unknown_key_in_database",
       .files = {{"qdb.toml", "[database]\nurl = \"postgresql://localhost/app\"\n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = kTomlErrors,
       .line = "qdb.toml:2:1: error: unknown key \"url\" in [database] (known keys: schema, url_env, lock_timeout, "
               "shadow_database_url)"},
      {.name = "toml_unknown_key_in_profile",
       .files = {{"qdb.toml", "[profiles.prod]\nallow_destruction = true\n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = kTomlErrors,
       .line = "qdb.toml:2:1: error: unknown key \"allow_destruction\" in profiles.prod (known keys: extends, "
               "description, allow_destructive, node_env, lock_timeout, edited, out_of_order, missing, "
               "create_database, use_local_server)"},
      {.name = "toml_lock_timeout_of_wrong_type",
       .files = {{"qdb.toml", "[database]\nlock_timeout = true\n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = kTomlErrors,
       .line = "qdb.toml:2:16: error: database.lock_timeout must be a duration: seconds as a number, or a string such "
               "as \"500ms\", \"10s\", \"2m\""},
      {.name = "toml_lock_timeout_with_unknown_unit",
       .files = {{"qdb.toml", "[database]\nlock_timeout = \"10 years\"\n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = kTomlErrors,
       .line = "qdb.toml:2:16: error: database.lock_timeout must be a duration: seconds as a number, or a string such "
               "as \"500ms\", \"10s\", \"2m\""},
      {.name = "toml_allow_destructive_as_string",
       .files = {{"qdb.toml", "[profiles.staging]\nallow_destructive = \"yes\"\n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = kTomlErrors,
       .line = "qdb.toml:2:21: error: profiles.staging.allow_destructive must be true or false"},
      {.name = "toml_edited_with_unknown_value",
       .files = {{"qdb.toml", "[profiles.prod]\nedited = \"ignore\"\n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = kTomlErrors,
       .line = "qdb.toml:2:10: error: profiles.prod.edited must be \"warn\" or \"error\", not \"ignore\""},
      {.name = "toml_extends_unknown_profile",
       .files = {{"qdb.toml", "[profiles.staging]\nextends = \"nope\"\n"}},
       .args = {"staging", "db", "migrate"},
       .exit_code = 3,
       .first_line = kTomlErrors,
       .line = "qdb.toml:2:11: error: profile \"staging\" extends unknown profile \"nope\""},
      {.name = "toml_profiles_extending_in_a_circle",
       .files = {{"qdb.toml", "[profiles.a]\nextends = \"b\"\n[profiles.b]\nextends = \"a\"\n"}},
       .args = {"a", "db", "migrate"},
       .exit_code = 3,
       .first_line = kTomlErrors,
       .line = "qdb.toml:4:11: error: profile \"b\" extends \"a\", which extends it back: profiles cannot extend "
               "each other in a circle"},
      {.name = "toml_profile_name_with_a_space",
       .files = {{"qdb.toml", "[profiles.\"st ag\"]\n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = kTomlErrors,
       .line = "qdb.toml:1:11: error: profile name \"st ag\" may only use letters, digits, '-' and '_'"},
      {.name = "toml_profile_called_completion",
       .files = {{"qdb.toml", "[profiles.completion]\n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = "error: a profile cannot be called \"completion\": `qdb completion` prints shell completions"},
      {.name = "toml_unknown_runtime",
       .files = {{"qdb.toml", "[generate]\nruntime = \"deno\"\n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = kTomlErrors,
       .line = "qdb.toml:2:11: error: generate.runtime must be \"prisma\" or \"pg\", not \"deno\""},
      {.name = "toml_seed_with_sql_and_command",
       .files = {{"qdb.toml", "[seed]\nsql = \"a.sql\"\ncommand = \"true\"\n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = kTomlErrors,
       .line = "qdb.toml:3:11: error: [seed] takes either sql or command, not both"},
      {.name = "toml_syntax_error",
       .files = {{"qdb.toml", "schema = \n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = kTomlErrors,
       .line = "qdb.toml:1:10: error: Error while parsing key-value pair: expected value, saw '\\n'"},
      {.name = "toml_unterminated_url_with_a_password",
       .files = {{"qdb.toml", "[database]\nshadow_database_url = \"postgresql://u:pw-secret-123@localhost/app\n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = kTomlErrors},
      {.name = "config_file_missing",
       .args = {"--config", "nope.toml", "prod", "db", "migrate"},
       .exit_code = 3,
       .first_line = "error: --config nope.toml: no such file"},

      // --- profiles and commands --------------------------------------------------------------
      {.name = "unknown_profile",
       .args = {"staging", "db", "migrate"},
       .exit_code = 2,
       .first_line = "error: unknown profile \"staging\" (known profiles: dev, prod)"},
      {.name = "mistyped_profile",
       .args = {"prd", "db", "migrate"},
       .exit_code = 2,
       .first_line = "error: unknown profile \"prd\" (did you mean \"prod\"?) (known profiles: dev, prod)"},
      {.name = "mistyped_profile_defined_in_toml",
       .files = {{"qdb.toml", "[profiles.staging]\nextends = \"prod\"\n"}},
       .args = {"stagin", "db", "status"},
       .exit_code = 2,
       .first_line = "error: unknown profile \"stagin\" (did you mean \"staging\"?) (known profiles: dev, prod, "
                     "staging)"},
      {.name = "mistyped_command",
       .args = {"prod", "db", "migrat"},
       .exit_code = 2,
       .first_line = "error: unknown command \"migrat\" (did you mean \"migrate\"?) " + kCommands},
      {.name = "unknown_command",
       .args = {"prod", "db", "frobnicate"},
       .exit_code = 2,
       .first_line = "error: unknown command \"frobnicate\" " + kCommands},
      {.name = "completion_for_an_unknown_shell",
       .args = {"completion", "tcsh"},
       .exit_code = 2,
       .first_line = "error: no completion for shell \"tcsh\" (shells: bash, zsh, fish)"},

      // --- env files --------------------------------------------------------------------------
      {.name = "env_unterminated_double_quote_prod",
       .files = {{".env", "DATABASE_URL=\"{url}\n"}},
       .env = {{"DATABASE_URL", std::nullopt}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = "error: .env:1:14: this line cannot be read, and it may set DATABASE_URL; qdb does not fall back "
                     "to another file for it",
       .line = ".env:1:14: error: unterminated double-quoted value; add a closing \" (write \\\" for a quote inside "
               "the value)"},
      {.name = "env_unterminated_quote_in_env_production",
       .files = {{".env.production", "OTHER=1\nDATABASE_URL=\"{url}\n"}, {".env", "DATABASE_URL={url}\n"}},
       .env = {{"DATABASE_URL", std::nullopt}},
       .args = kStatus,
       .exit_code = 3,
       .first_line = "error: .env.production:2:14: this line cannot be read, and it may set DATABASE_URL; qdb does "
                     "not fall back to another file for it"},
      {.name = "env_unterminated_single_quote_dev",
       .files = {{".env.development", "DATABASE_URL='{url}\n"}, {kSchemaFile, kSchema}},
       .env = {{"DATABASE_URL", std::nullopt}},
       .args = kDevMigrate,
       .exit_code = 3,
       .first_line = "error: .env.development:1:14: this line cannot be read, and it may set DATABASE_URL; qdb does "
                     "not fall back to another file for it",
       .line = ".env.development:1:14: error: unterminated single-quoted value; add a closing ' (single quotes "
               "cannot be escaped: use double quotes for a value that contains ')"},
      {.name = "env_unterminated_quote_in_env_local_dev",
       .files = {{".env.local", "# local\nDATABASE_URL=\"{url}\n"}, {kSchemaFile, kSchema}},
       .env = {{"DATABASE_URL", std::nullopt}},
       .args = {"dev", "db", "status"},
       .exit_code = 3,
       .first_line = "error: .env.local:2:14: this line cannot be read, and it may set DATABASE_URL; qdb does not "
                     "fall back to another file for it"},
      {.name = "env_unreadable_other_line_in_prod",
       .files = {{".env", "DATABASE_URL={url}\nOTHER_URL=\"postgresql://u:pw-secret-123@h/db\n"}},
       .env = {{"DATABASE_URL", std::nullopt}},
       .args = kStatus,
       .exit_code = 3,
       .first_line = "error: .env:2:11: this line cannot be read (profile \"prod\" does not skip such lines)",
       .line = "OTHER_URL=\"postgresql://u:****@h/db"},
      {.name = "env_name_with_a_space_in_prod",
       .files = {{".env", "DATABASE_URL={url}\nNOT A VARIABLE\n"}},
       .env = {{"DATABASE_URL", std::nullopt}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = "error: .env:2:5: this line cannot be read (profile \"prod\" does not skip such lines)",
       .line = ".env:2:5: error: expected '=' after \"NOT\"; variable names cannot contain spaces"},
      {.name = "env_file_url_with_mysql_scheme",
       .files = {{".env", "# database\nDATABASE_URL=mysql://root:pw-secret-123@localhost/app\n"}},
       .env = {{"DATABASE_URL", std::nullopt}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = "error: DATABASE_URL (from .env:2) is not a valid PostgreSQL URL: the scheme is \"mysql\", "
                     "and qdb supports PostgreSQL only"},
      {.name = "invalid_node_env",
       .env = {{"NODE_ENV", "../prod"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = "error: NODE_ENV \"../prod\" cannot name an env file (.env.<NODE_ENV>)"},

      // --- DATABASE_URL -----------------------------------------------------------------------
      {.name = "url_not_set",
       .env = {{"DATABASE_URL", std::nullopt}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = "error: DATABASE_URL is not set (looked in the environment, .env.local, .env.production, .env)"},
      {.name = "url_empty_in_environment",
       .env = {{"DATABASE_URL", ""}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = "error: DATABASE_URL (from environment) is empty"},
      {.name = "url_variable_of_the_datasource_not_set",
       .files = {{kSchemaFile,
                  "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"APP_DATABASE_URL\")\n}\n"}},
       .args = kMigrate,
       .exit_code = 3,
       .first_line = "error: APP_DATABASE_URL is not set (looked in the environment, .env.local, .env.production, "
                     ".env)"},
      {.name = "url_with_mysql_scheme",
       .args = {"prod", "db", "migrate", "--url", "mysql://root:pw-secret-123@localhost/app"},
       .exit_code = 3,
       .first_line = "error: --url is not a valid PostgreSQL URL: the scheme is \"mysql\", and qdb supports PostgreSQL "
                     "only"},
      {.name = "url_port_out_of_range",
       .args = {"prod", "db", "migrate", "--url", "postgresql://u:pw-secret-123@localhost:99999/app"},
       .exit_code = 3,
       .first_line = "error: --url is not a valid PostgreSQL URL: the port \"99999\" is out of range"},
      {.name = "url_port_not_a_number",
       .args = {"prod", "db", "migrate", "--url", "postgresql://u:pw-secret-123@localhost:abc/app"},
       .exit_code = 3,
       .first_line = "error: --url is not a valid PostgreSQL URL: the port \"abc\" is not a number"},
      {.name = "url_port_not_a_number_in_environment",
       .env = {{"DATABASE_URL", "postgresql://u:pw-secret-123@localhost:5o32/app"}},
       .args = kStatus,
       .exit_code = 3,
       .first_line = "error: DATABASE_URL (from environment) is not a valid PostgreSQL URL: the port \"5o32\" is not "
                     "a number"},
      // Only the first line: the resolver's words on the next one differ with and without DNS.
      {.name = "url_unknown_host",
       .args = {"prod", "db", "migrate", "--url", "postgresql://u:pw-secret-123@no-such-host.invalid:5432/app"},
       .exit_code = 6,
       .first_line = "error: cannot connect to postgresql://u:****@no-such-host.invalid:5432/app"},
      {.name = "url_nothing_listening",
       .args = {"prod", "db", "migrate", "--url", "postgresql://u:pw-secret-123@127.0.0.1:1/db"},
       .exit_code = 6,
       .first_line = "error: cannot connect to postgresql://u:****@127.0.0.1:1/db"},
      {.name = "url_wrong_password",
       .args = {"prod", "db", "migrate", "--url", "{wrong_password_url}"},
       .exit_code = 6,
       .first_line = "error: cannot connect to {redacted_url}"},
      {.name = "url_unknown_sslmode",
       .args = {"prod", "db", "status", "--url", "postgres://u:pw-secret-123@127.0.0.1:1/db?sslmode=bogus"},
       .exit_code = 3,
       .first_line = "error: --url is not a valid PostgreSQL URL: sslmode \"bogus\" is not a TLS mode"},

      // --- the migrations folder --------------------------------------------------------------
      {.name = "migrations_folder_missing_for_migrate",
       .edits = {{"migrations", std::nullopt}},
       .args = kMigrate,
       .exit_code = 5,
       .first_line = "error: no migrations folder at migrations"},
      {.name = "migrations_folder_missing_for_status",
       .edits = {{"migrations", std::nullopt}},
       .args = kStatus,
       .exit_code = 5,
       .first_line = "error: no migrations folder at migrations"},
      {.name = "stray_file_in_migrations",
       .files = {{migration("001_a"), kTable}, {"migrations/notes.txt", "remember to index\n"}},
       .args = kMigrate,
       .exit_code = 5,
       .first_line = kFolderErrors,
       .line = "migrations/notes.txt: error: unexpected file in the migrations folder: only migration folders and "
               "migration_lock.toml belong here"},
      {.name = "migration_folder_without_sql",
       .files = {{"migrations/001_a/README", "empty\n"}},
       .args = kMigrate,
       .exit_code = 5,
       .first_line = kFolderErrors,
       .line = "migrations/001_a: error: migration folder has no migration.sql"},
      {.name = "migration_not_utf8",
       .files = {{migration("001_a"), "SELECT '\xff';\n"}},
       .args = kMigrate,
       .exit_code = 5,
       .first_line = kFolderErrors,
       .line = "migrations/001_a/migration.sql:1:9: error: migration.sql is not valid UTF-8: byte 0xFF at offset 8; "
               "save the file as UTF-8"},
      {.name = "migration_lock_for_mysql",
       .files = {{"migrations/migration_lock.toml", "provider = \"mysql\"\n"}, {migration("001_a"), kTable}},
       .args = kMigrate,
       .exit_code = 5,
       .first_line = kFolderErrors,
       .line = "migrations/migration_lock.toml:1:12: error: these migrations were made for provider \"mysql\"; qdb "
               "supports only \"postgresql\""},
      {.name = "migration_with_unterminated_comment",
       .files = {{migration("001_a"), kTable}},
       .before = {{kMigrate}},
       .edits = {{migration("002_b"), "CREATE TABLE b (id int);\n/* never closed\n"}},
       .args = kMigrate,
       .exit_code = 5,
       .first_line = "error: pending migrations have SQL that cannot be read to the end",
       .line = "migrations/002_b/migration.sql:2:1: error: unterminated /* comment"},
      // On a database without history: not even the history table is created.
      {.name = "migration_with_unterminated_comment_on_a_new_database",
       .files = {{migration("001_a"), kTable}, {migration("002_b"), "CREATE TABLE b (id int);\n/* never closed\n"}},
       .args = kMigrate,
       .exit_code = 5,
       .first_line = "error: pending migrations have SQL that cannot be read to the end",
       .line = "migrations/002_b/migration.sql:2:1: error: unterminated /* comment"},
      {.name = "migration_with_unterminated_string",
       .files = {{migration("001_a"), kTable}},
       .before = {{kMigrate}},
       .edits = {{migration("002_b"), "INSERT INTO a VALUES (1);\nSELECT 'never closed;\n"}},
       .args = kMigrate,
       .exit_code = 5,
       .first_line = "error: pending migrations have SQL that cannot be read to the end",
       .line = "migrations/002_b/migration.sql:2:8: error: unterminated quoted string"},

      // --- migrations against the history -----------------------------------------------------
      {.name = "migration_with_syntax_error",
       .files = {{migration("001_a"), kTable}},
       .before = {{kMigrate}},
       .edits = {{migration("002_b"), "INSERT INTO a VALUES (1);\nCREATE TABLEE b (id int);\n"}},
       .args = kMigrate,
       .exit_code = 8,
       .first_line = "error: migration 002_b failed at migrations/002_b/migration.sql:2:8: syntax error at or near "
                     "\"TABLEE\"",
       .line = "ERROR 42601: syntax error at or near \"TABLEE\""},
      {.name = "migration_on_a_missing_table",
       .files = {{migration("001_a"), kTable}},
       .before = {{kMigrate}},
       .edits = {{migration("002_b"), "INSERT INTO a VALUES (1);\nINSERT INTO missing VALUES (1);\n"}},
       .args = kMigrate,
       .exit_code = 8,
       .first_line = "error: migration 002_b failed at migrations/002_b/migration.sql:2:13: relation \"missing\" does "
                     "not exist"},
      {.name = "edited_migration_in_dev",
       .files = {{migration("001_a"), kTable}, {kSchemaFile, kSchema}},
       .before = {{kMigrate}},
       .edits = {{migration("001_a"), "CREATE TABLE a (id bigint);\n"}},
       .args = kDevMigrate,
       .exit_code = 9,
       .first_line = "error: migration 001_a was modified after it was applied (checksum c2de7559380e… recorded, file "
                     "differs)"},
      {.name = "edited_migration_in_prod_status",
       .files = {{migration("001_a"), kTable}},
       .before = {{kMigrate}},
       .edits = {{migration("001_a"), "CREATE TABLE a (id bigint);\n"}},
       .args = kStatus,
       .exit_code = 14,
       .first_line = "warning: migration 001_a was modified after it was applied"},
      {.name = "edited_migration_where_prod_says_error",
       .files = {{migration("001_a"), kTable}, {"qdb.toml", "[profiles.prod]\nedited = \"error\"\n"}},
       .before = {{kMigrate}},
       .edits = {{migration("001_a"), "CREATE TABLE a (id bigint);\n"},
                 {migration("002_b"), "CREATE TABLE b (id int);\n"}},
       .args = kMigrate,
       .exit_code = 9,
       .first_line = "error: migration 001_a was modified after it was applied (checksum c2de7559380e… recorded, file "
                     "differs)"},
      {.name = "missing_migration_folder_status",
       .files = {{migration("001_a"), kTable}},
       .before = {{kMigrate}},
       .edits = {{"migrations/001_a", std::nullopt}},
       .args = kStatus,
       .exit_code = 14,
       .first_line = "warning: migration 001_a is applied but missing from migrations"},
      {.name = "missing_migration_folder_in_dev",
       .files = {{migration("001_a"), kTable}, {kSchemaFile, kSchema}},
       .before = {{kMigrate}},
       .edits = {{"migrations/001_a", std::nullopt}},
       .args = kDevMigrate,
       .exit_code = 9,
       .first_line = "error: the database has drifted from its migrations; nothing was changed"},
      {.name = "failed_migration_blocks_migrate",
       .files = kFailingSecond,
       .before = {{kMigrate, 8}},
       .args = kMigrate,
       .exit_code = 9,
       .first_line = "error: migration 002_index failed earlier and is still recorded as failed; no migration will "
                     "run until it is resolved"},
      {.name = "failed_migration_blocks_dev_migrate",
       .files = kFailingSecond,
       .before = {{kMigrate, 8}},
       .args = kDevMigrate,
       .exit_code = 9,
       .first_line = "error: migration 002_index failed earlier and is still recorded as failed; no migration will "
                     "run until it is resolved"},
      {.name = "out_of_order_migration_in_dev",
       .files = {{migration("002_b"), "CREATE TABLE b (id int);\n"}, {kSchemaFile, kSchema}},
       .before = {{kMigrate}},
       .edits = {{migration("001_a"), kTable}},
       .args = kDevMigrate,
       .exit_code = 9,
       .first_line = "error: migration 001_a sorts before migrations already applied; a reset would replay it in "
                     "another order, so it is not applied"},
      {.name = "out_of_order_migration_where_prod_says_error",
       .files = {{migration("002_b"), "CREATE TABLE b (id int);\n"},
                 {"qdb.toml", "[profiles.prod]\nout_of_order = \"error\"\n"}},
       .before = {{kMigrate}},
       .edits = {{migration("001_a"), kTable}},
       .args = kMigrate,
       .exit_code = 9,
       .first_line = "error: migration 001_a sorts before migrations already applied; a reset would replay it in "
                     "another order, so it is not applied"},

      // --- destructive commands ---------------------------------------------------------------
      {.name = "reset_in_prod",
       .files = {{migration("001_a"), kTable}},
       .before = {{kMigrate}},
       .args = {"prod", "db", "reset", "--force"},
       .exit_code = 10,
       .first_line = "error: `qdb prod db reset` is destructive, and profile \"prod\" does not allow destructive "
                     "commands (allow_destructive = false)"},
      {.name = "push_in_prod",
       .files = {{kSchemaFile, kSchema}},
       .args = {"prod", "db", "push"},
       .exit_code = 10,
       .first_line = "error: `qdb prod db push` is destructive, and profile \"prod\" does not allow destructive "
                     "commands (allow_destructive = false)"},
      {.name = "reset_in_dev_off_a_terminal",
       .files = {{migration("001_a"), kTable}},
       .sql = "CREATE TABLE kept (id int); INSERT INTO kept VALUES (1), (2);",
       .before = {{kMigrate}},
       .args = {"dev", "db", "reset"},
       .exit_code = 11,
       .first_line = "error: reset needs confirmation and standard input is not a terminal; nothing was changed"},

      // --- flags ------------------------------------------------------------------------------
      {.name = "lock_timeout_not_a_duration",
       .args = {"prod", "db", "migrate", "--lock-timeout", "abc"},
       .exit_code = 2,
       .first_line = "error: --lock-timeout: expects a duration such as 30s, 500ms, 2m or plain seconds, not \"abc\""},
      {.name = "wait_not_a_number",
       .args = {"prod", "db", "migrate", "--wait", "abc"},
       .exit_code = 2,
       .first_line = "error: --wait: expects seconds, a number such as 30 (0 or more), not \"abc\""},
      {.name = "wait_negative",
       .args = {"--wait", "-1", "prod", "db", "migrate"},
       .exit_code = 2,
       .first_line = "error: --wait: expects seconds, a number such as 30 (0 or more), not \"-1\""},
      {.name = "unknown_flag",
       .args = {"prod", "db", "migrate", "--forse"},
       .exit_code = 2,
       .first_line = "error: The following argument was not expected: --forse"},
      {.name = "mistyped_flag",
       .args = {"prod", "db", "status", "--schemaa"},
       .exit_code = 2,
       .first_line = "error: The following argument was not expected: --schemaa (did you mean \"--schema\"?)"},
      {.name = "url_flag_without_value",
       .args = {"prod", "db", "migrate", "--url"},
       .exit_code = 2,
       .first_line = "error: --url: 1 required TEXT missing"},
      {.name = "diagram_in_an_unknown_format",
       .files = {{kSchemaFile, kSchema}},
       .args = {"dev", "db", "diagram", "--format", "svg"},
       .exit_code = 2,
       .first_line = "error: --format: svg not in {mermaid,dot}"},
      {.name = "name_in_prod",
       .files = {{kSchemaFile, kSchema}},
       .args = {"prod", "db", "migrate", "--name", "init"},
       .exit_code = 2,
       .first_line = "error: --name, --create-only and --accept-data-loss make migrations from the schema: profile "
                     "\"prod\" only applies them"},
      {.name = "create_only_in_prod",
       .files = {{kSchemaFile, kSchema}},
       .args = {"prod", "db", "migrate", "--create-only"},
       .exit_code = 2,
       .first_line = "error: --name, --create-only and --accept-data-loss make migrations from the schema: profile "
                     "\"prod\" only applies them"},
      {.name = "start_in_prod",
       .args = {"prod", "db", "start"},
       .exit_code = 2,
       .first_line = "error: profile \"prod\" does not use a local server (use_local_server = false)"},

      // --- schema -----------------------------------------------------------------------------
      {.name = "validate_broken_schema",
       .files = {{kSchemaFile, kBrokenSchema}},
       .args = {"dev", "db", "validate"},
       .exit_code = 4,
       .first_line = "error: the schema at schema is not valid",
       .line = "schema/schema.prisma:8:8: error: unknown type \"Strin\": not a built-in type, model or enum"},
      {.name = "generate_types_of_broken_schema",
       .files = {{kSchemaFile, kBrokenSchema}},
       .args = {"dev", "db", "generate-types"},
       .exit_code = 4,
       .first_line = "error: the schema at schema is not valid; nothing was generated",
       .line = "schema/schema.prisma:8:8: error: unknown type \"Strin\": not a built-in type, model or enum"},
      {.name = "format_broken_schema",
       .files = {{kSchemaFile, kBrokenSchema}},
       .args = {"dev", "db", "format"},
       .exit_code = 4,
       .first_line = "error: the schema at schema is not valid; nothing was formatted"},
      {.name = "dev_migrate_with_broken_schema",
       .files = {{kSchemaFile, kBrokenSchema}},
       .args = {"dev", "db", "migrate", "--name", "init"},
       .exit_code = 4,
       .first_line = "error: the schema at schema is not valid"},
      {.name = "validate_without_schema",
       .args = {"dev", "db", "validate"},
       .exit_code = 4,
       .first_line = "error: no Prisma schema at schema"},

      // --- diff -------------------------------------------------------------------------------
      {.name = "diff_with_two_sources",
       .files = {{kSchemaFile, kSchema}},
       .args = {"dev", "db", "diff", "--from-empty", "--from-schema", "schema", "--to-schema", "schema"},
       .exit_code = 2,
       .first_line = "error: db diff: more than one source (--from-...) given"},
      {.name = "diff_with_two_targets",
       .files = {{kSchemaFile, kSchema}},
       .args = {"dev", "db", "diff", "--from-empty", "--to-schema", "schema", "--to-url", "{url}"},
       .exit_code = 2,
       .first_line = "error: db diff: more than one target (--to-...) given"},
      {.name = "diff_with_a_source_and_no_target",
       .files = {{kSchemaFile, kSchema}},
       .args = {"dev", "db", "diff", "--from-empty"},
       .exit_code = 2,
       .first_line = "error: db diff: a source but no target (--to-...) given"},

      // --- resolve ----------------------------------------------------------------------------
      {.name = "resolve_unknown_migration",
       .files = {{migration("001_a"), kTable}},
       .args = {"prod", "db", "resolve", "--applied", "009_nope"},
       .exit_code = 2,
       .first_line = "error: migration \"009_nope\" is not in migrations"},
      {.name = "resolve_with_both_flags",
       .files = kFailingSecond,
       .before = {{kMigrate, 8}},
       .args = {"prod", "db", "resolve", "--applied", "002_index", "--rolled-back", "002_index"},
       .exit_code = 2,
       .first_line = "error: --applied excludes --rolled-back"},
      {.name = "resolve_without_a_flag",
       .files = kFailingSecond,
       .before = {{kMigrate, 8}},
       .args = {"prod", "db", "resolve", "002_index"},
       .exit_code = 2,
       .first_line = "error: The following argument was not expected: 002_index",
       .line = "hint: name the migration after --applied or --rolled-back, e.g. `qdb prod db resolve --applied "
               "002_index`"},
      {.name = "resolve_rolled_back_twice",
       .files = kFailingSecond,
       .before = {{kMigrate, 8}, {{"prod", "db", "resolve", "--rolled-back", "002_index"}}},
       .args = {"prod", "db", "resolve", "--rolled-back", "002_index"},
       .exit_code = 9,
       .first_line = "error: migration 002_index cannot be marked rolled back: it is not recorded as failed in "
                     "{redacted_url}, schema \"public\""},
      {.name = "resolve_applied_on_an_applied_migration",
       .files = {{migration("001_a"), kTable}},
       .before = {{kMigrate}},
       .args = {"prod", "db", "resolve", "--applied", "001_a"},
       .exit_code = 9,
       .first_line = "error: migration 001_a is already recorded as applied in {redacted_url}, schema \"public\""},

      // --- the dev loop -----------------------------------------------------------------------
      {.name = "dev_migrate_without_name_off_a_terminal",
       .files = {{kSchemaFile, kSchema}},
       .args = kDevMigrate,
       .exit_code = 2,
       .first_line = "error: the schema has changes and the new migration needs a name"},
      {.name = "dev_migrate_with_a_name_of_no_letters",
       .files = {{kSchemaFile, kSchema}},
       .args = {"dev", "db", "migrate", "--name", "!!!"},
       .exit_code = 2,
       .first_line = "error: the migration name \"!!!\" has no letter or digit"},
  };
}

// Replaces each {key} of `vars` in `text`.
std::string expand(std::string text, const std::map<std::string, std::string>& vars) {
  for (const auto& [key, value] : vars) {
    const std::string token = "{" + key + "}";
    for (size_t at = text.find(token); at != std::string::npos; at = text.find(token, at + value.size())) {
      text.replace(at, token.size(), value);
    }
  }
  return text;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The first line of the message: the first "error: " line, or for a command that only warns
// (status) the first "warning: " line. Progress lines ("Database ...") may come before it.
std::string first_message_line(const std::string& err) {
  const std::vector<std::string> lines = lines_of(err);
  for (const char* start : {"error: ", "warning: "}) {
    for (const std::string& line : lines) {
      if (line.starts_with(start)) return line;
    }
  }
  return "<no line starting with error: or warning:>";
}

// Every file and folder under the project (but .qdb/, qdb's cache) with its content.
std::map<std::string, std::string> snapshot_files(const std::filesystem::path& root) {
  std::map<std::string, std::string> out;
  const auto end = std::filesystem::recursive_directory_iterator();
  for (auto it = std::filesystem::recursive_directory_iterator(root); it != end; ++it) {
    std::string relative = std::filesystem::relative(it->path(), root).generic_string();
    if (relative == ".qdb") {
      it.disable_recursion_pending();
      continue;
    }
    out[relative] = it->is_directory() ? "<folder>" : read_file(it->path());
  }
  return out;
}

// What a failed command must leave as it was: every relation, column, enum and row count of the
// database, and its migration history row by row.
std::vector<std::string> snapshot_database(const TestDatabase& db) {
  const char* kSystem = "('pg_catalog', 'information_schema', 'pg_toast')";
  std::vector<std::string> out;
  auto add = [&](const std::string& label, const std::string& sql) {
    for (const std::string& row : db.rows(sql)) out.push_back(label + " " + row);
  };
  add("relation", std::string("SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = "
                              "c.relnamespace WHERE n.nspname NOT IN ") +
                      kSystem + " AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1, 2");
  add("column", std::string("SELECT table_schema, table_name, column_name, data_type, is_nullable, column_default FROM "
                            "information_schema.columns WHERE table_schema NOT IN ") +
                    kSystem + " ORDER BY 1, 2, ordinal_position");
  add("enum", std::string("SELECT n.nspname, t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = "
                          "e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace ORDER BY 1, 2, e.enumsortorder"));
  add("rows", std::string("SELECT table_schema, table_name, (xpath('/row/c/text()', query_to_xml(format('SELECT "
                          "count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text FROM "
                          "information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ") +
                  kSystem + " ORDER BY 1, 2");
  if (db.value("SELECT to_regclass('public._prisma_migrations') IS NOT NULL") == "t") {
    add("history", "SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count, logs FROM "
                   "_prisma_migrations ORDER BY started_at, id");
  }
  return out;
}

// The password in a URL (scheme://user:password@host...), or empty.
std::string password_of(const std::string& url) {
  size_t start = url.find("://");
  size_t at = url.find('@');
  if (start == std::string::npos || at == std::string::npos) return {};
  size_t colon = url.find(':', start + 3);
  if (colon == std::string::npos || colon > at) return {};
  return url.substr(colon + 1, at - colon - 1);
}

class BadInputCatalogue : public ::testing::TestWithParam<Case> {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  TestDatabase db_;
};

TEST_P(BadInputCatalogue, FailsWithItsMessageAndChangesNothing) {
  const Case& c = GetParam();
  const std::string url = db_.url();
  const std::string password = password_of(url);
  std::string redacted = url;
  std::string wrong_password = url;
  if (!password.empty()) {
    redacted.replace(redacted.find(":" + password + "@") + 1, password.size(), "****");
    wrong_password.replace(wrong_password.find(":" + password + "@") + 1, password.size(), kSecret);
  }
  const std::map<std::string, std::string> vars = {
      {"url", url}, {"redacted_url", redacted}, {"wrong_password_url", wrong_password}};

  Project project;
  for (const auto& [path, content] : c.files) project.write(path, expand(content, vars));
  if (!c.sql.empty()) db_.execute(c.sql);

  ProcessOptions options;
  options.cwd = project.root();
  options.env = {{"DATABASE_URL", url}, {"NODE_ENV", std::nullopt}};
  for (const auto& [name, value] : c.env) options.env[name] = value ? std::optional(expand(*value, vars)) : value;
  auto expand_args = [&](const Args& args) {
    Args out;
    for (const std::string& a : args) out.push_back(expand(a, vars));
    return out;
  };

  for (const Step& step : c.before) {
    ProcessResult r = run_qdb(expand_args(step.args), options);
    ASSERT_EQ(r.exit_code, step.exit_code) << "setting the scene failed\n" << r.err;
  }
  for (const auto& [path, content] : c.edits) {
    if (content) {
      project.write(path, *content);
    } else {
      std::filesystem::remove_all(project.root() / path);
    }
  }

  const std::vector<std::string> database_before = snapshot_database(db_);
  const std::map<std::string, std::string> files_before = snapshot_files(project.root());

  ProcessResult r = run_qdb(expand_args(c.args), options);

  EXPECT_EQ(r.exit_code, c.exit_code) << r.err;
  const std::string expected_first = expand(c.first_line, vars);
  const std::string first = first_message_line(r.err);
  if (c.prefix) {
    EXPECT_TRUE(first.starts_with(expected_first)) << first;
  } else {
    EXPECT_EQ(first, expected_first) << r.err;
  }
  if (!c.line.empty()) {
    const std::vector<std::string> lines = lines_of(r.err);
    const std::string expected_line = expand(c.line, vars);
    EXPECT_TRUE(std::find(lines.begin(), lines.end(), expected_line) != lines.end())
        << "no line \"" << expected_line << "\" in:\n" << r.err;
  }
  EXPECT_EQ(snapshot_database(db_), database_before);
  EXPECT_EQ(snapshot_files(project.root()), files_before);
  for (const std::string& secret : {password, std::string(kSecret)}) {
    if (secret.empty()) continue;
    EXPECT_EQ(r.out.find(secret), std::string::npos) << "password on stdout:\n" << r.out;
    EXPECT_EQ(r.err.find(secret), std::string::npos) << "password on stderr:\n" << r.err;
  }
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInputCatalogue, ::testing::ValuesIn(catalogue()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(BadInputCatalogueTable, HoldsAtLeastSixtyCasesWithUniqueNames) {
  std::vector<Case> cases = catalogue();
  EXPECT_GE(cases.size(), 60u);
  std::set<std::string> names;
  for (const Case& c : cases) EXPECT_TRUE(names.insert(c.name).second) << c.name;
}

}  // namespace
}  // namespace qdb::test
