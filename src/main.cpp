#include <cstdlib>
#include <iostream>

#include "cli/run.hpp"
#include "pg/maintenance.hpp"
#include "pg/pg_database.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  qdb::cli::Environment environment{
      std::filesystem::current_path(),
      [](const std::string& name) -> std::optional<std::string> {
        const char* value = std::getenv(name.c_str());
        if (value == nullptr) return std::nullopt;
        return std::string(value);
      },
      &qdb::pg::connect,
      &qdb::pg::connect_maintenance,
      std::cout,
      std::cerr,
      /*exits_after_run=*/true,
  };
  return qdb::cli::run_cli(args, environment);
}
