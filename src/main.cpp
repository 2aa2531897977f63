#include <iostream>

#include "cli/run.hpp"
#include "os/real_system.hpp"
#include "pg/catalog_queries.hpp"
#include "pg/maintenance.hpp"
#include "pg/pg_database.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  // The only real system of the program: everything below reaches the outside through it.
  qdb::os::RealSystem system;
  qdb::cli::Environment environment{
      system,
      std::filesystem::current_path(),
      &qdb::pg::connect,
      &qdb::pg::connect_maintenance,
      std::cout,
      std::cerr,
      /*exits_after_run=*/true,
      &qdb::pg::connect_catalog,
  };
  return qdb::cli::run_cli(args, environment);
}
