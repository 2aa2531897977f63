#pragma once

// The bad-input catalogue's case type and what its cases share (bad_input_catalogue_test.cpp runs
// them): the cases themselves are in bad_input_configuration_cases.cpp (qdb.toml, profiles and
// commands, env files, DATABASE_URL) and bad_input_project_cases.cpp (the migrations folder and
// history, destructive commands, flags, the schema, diff, resolve, the dev loop).
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace qdb::test::bad_input {

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
inline void PrintTo(const Case& c, std::ostream* out) { *out << c.name; }

// The password of every made-up URL below; like the test server's, it must never be printed.
inline constexpr const char* kSecret = "pw-secret-123";

inline constexpr const char* kSchema =
    "datasource db {\n"
    "  provider = \"postgresql\"\n"
    "  url      = env(\"DATABASE_URL\")\n"
    "}\n"
    "\n"
    "model User {\n"
    "  id   Int    @id @default(autoincrement())\n"
    "  name String\n"
    "}\n";

inline constexpr const char* kBrokenSchema =
    "datasource db {\n"
    "  provider = \"postgresql\"\n"
    "  url      = env(\"DATABASE_URL\")\n"
    "}\n"
    "\n"
    "model User {\n"
    "  id   Int @id\n"
    "  name Strin\n"
    "}\n";

inline constexpr const char* kTable = "CREATE TABLE a (id int);\n";

inline const std::string kSchemaFile = "schema/schema.prisma";
inline const std::string kCommands =
    "(commands: migrate, status, validate, format, generate-types, diff, pull, diagram, reset, push, resolve, wait, "
    "start, stop, url)";
inline const std::string kTomlErrors = "error: qdb.toml has errors";
inline const std::string kFolderErrors = "error: the migrations folder migrations has errors";

inline std::string migration(const std::string& name) { return "migrations/" + name + "/migration.sql"; }

inline const Args kMigrate = {"prod", "db", "migrate"};
inline const Args kDevMigrate = {"dev", "db", "migrate"};
inline const Args kStatus = {"prod", "db", "status"};

// A migration that fails outside a transaction on duplicate rows, so a failed row is recorded.
inline const Files kFailingSecond = {
    {migration("001_table"), "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1), (1);\n"},
    {migration("002_index"), "CREATE UNIQUE INDEX CONCURRENTLY t_id_key ON t (id);\n"},
};

/// The cases about configuration: qdb.toml, profiles and commands, env files, DATABASE_URL.
std::vector<Case> configuration_cases();

/// The cases about the project and the database: the migrations folder and history, destructive
/// commands, flags, the schema, diff, resolve, the dev loop.
std::vector<Case> project_cases();

}  // namespace qdb::test::bad_input
