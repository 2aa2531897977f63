#pragma once

#include <CLI/CLI.hpp>

#include "cli/context.hpp"
#include "cli/invocation.hpp"
#include "base/located_error.hpp"
#include "model/schema.hpp"
#include "prisma/load.hpp"

namespace qdb::cli {

// One setup_/run_ pair per command, each in its own <name>_command.cpp.

void setup_migrate(CLI::App& command, Invocation& invocation);
int run_migrate(Context& context);
/// The dev loop of `migrate` in a profile that allows destructive commands, for a project with a
/// schema (migrate_dev.cpp): drift, pending migrations, then a new migration for `target`.
int run_migrate_dev(Context& context, const model::Schema& target);

void setup_status(CLI::App& command, Invocation& invocation);
int run_status(Context& context);

int run_validate(Context& context);

void setup_format(CLI::App& command, Invocation& invocation);
int run_format(Context& context);

// Shared by the commands that read the schema (validate_command.cpp).

/// Adds `schema_path` and the `diagnostics` array (maybe empty) to the --json report.
void report_schema(Context& context, const prisma::LoadResult& schema);
/// The kSchema error for an invalid schema: "the schema at X is not valid" + `outcome`, `hint`,
/// every diagnostic in the detail, and the first error's file, line and column.
LocatedError invalid_schema(const Context& context, const prisma::LoadResult& schema, const std::string& outcome,
                            const std::string& hint);

void setup_generate_types(CLI::App& command, Invocation& invocation);
int run_generate_types(Context& context);

void setup_diff(CLI::App& command, Invocation& invocation);
int run_diff(Context& context);

void setup_pull(CLI::App& command, Invocation& invocation);
int run_pull(Context& context);
/// The database DATABASE_URL names, inspected, written as `db pull` writes it and loaded as a
/// schema named "the database (db pull)" (generate-types --from-db). Throws as inspect_database.
prisma::LoadResult load_pulled_schema(Context& context);

void setup_push(CLI::App& command, Invocation& invocation);
int run_push(Context& context);

void setup_reset(CLI::App& command, Invocation& invocation);
int run_reset(Context& context);

void setup_resolve(CLI::App& command, Invocation& invocation);
int run_resolve(Context& context);

void setup_wait(CLI::App& command, Invocation& invocation);
int run_wait(Context& context);

void setup_diagram(CLI::App& command, Invocation& invocation);
int run_diagram(Context& context);

void setup_start(CLI::App& command, Invocation& invocation);
int run_start(Context& context);
int run_stop(Context& context);
int run_url(Context& context);

}  // namespace qdb::cli
