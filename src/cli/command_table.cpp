#include "cli/command_table.hpp"

#include "cli/commands.hpp"

namespace qdb::cli {

const std::vector<Command>& command_table() {
  static const std::vector<Command> commands = {
      {"migrate", "Apply pending migrations (prisma migrate deploy)", false, setup_migrate, run_migrate},
      {"status", "Show applied, pending, failed and edited migrations; exit 0 only when up to date", false, nullptr,
       run_status},
      {"validate", "Check the Prisma schema and report every problem (no database needed)", false, nullptr,
       run_validate},
      {"generate-types", "Write TypeScript (and C++) types from the schema (prisma generate; no database needed)",
       false, setup_generate_types, run_generate_types},
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
