#include "cli/command_table.hpp"

#include "cli/commands.hpp"

namespace qdb::cli {

const std::vector<Command>& command_table() {
  static const std::vector<Command> commands = {
      {"migrate",
       "Apply pending migrations (prisma migrate deploy); in dev, also create a migration from the schema's "
       "changes and check for drift (prisma migrate dev)",
       false, setup_migrate, run_migrate},
      {"status",
       "Show applied, pending, failed and edited migrations, and (dev, or --schema) schema changes without a "
       "migration and drift; exit 0 only when up to date",
       false, setup_status, run_status},
      {"validate", "Check the Prisma schema and report every problem (no database needed)", false, nullptr,
       run_validate},
      {"format", "Rewrite the schema files in prisma format's layout; --check only reports (no database needed)",
       false, setup_format, run_format},
      {"generate-types", "Write TypeScript (and C++) types from the schema (prisma generate; no database needed), or with "
       "--from-db from the database's tables",
       false, setup_generate_types, run_generate_types},
      {"diff",
       "Compare two schemas (schema files, migrations, a database, or empty) and print the SQL or a summary "
       "(prisma migrate diff; schema files need no database)",
       false, setup_diff, run_diff},
      {"pull",
       "Write the database's tables as a Prisma schema (prisma db pull); --print shows it instead; never "
       "writes to the database",
       false, setup_pull, run_pull},
      {"diagram", "Draw the schema as a Mermaid erDiagram, Graphviz DOT or SVG (no database needed)", false,
       setup_diagram, run_diagram},
      {"reset", "Drop everything in the target schema, re-apply all migrations, run the seed (prisma migrate reset)",
       true, setup_reset, run_reset},
      {"push", "Make the database match the schema without a migration file, for prototyping (prisma db push)", true,
       setup_push, run_push},
      {"resolve", "Mark a failed migration rolled back, or record a migration as applied without running it",
       false, setup_resolve, run_resolve},
      {"wait", "Wait until the server accepts connections (default up to 30 s)", false, setup_wait, run_wait},
      {"start", "Start the project's local PostgreSQL server (data in .qdb/postgres) and print its URL", false,
       setup_start, run_start},
      {"stop", "Stop the project's local PostgreSQL server", false, nullptr, run_stop},
      {"url", "Print the URL of the running local PostgreSQL server", false, nullptr, run_url},
  };
  return commands;
}

const Command* find_command(const std::string& name) {
  for (const Command& c : command_table()) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

}  // namespace qdb::cli
