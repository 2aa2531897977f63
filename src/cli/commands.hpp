#pragma once

#include <CLI/CLI.hpp>

#include "cli/context.hpp"
#include "cli/invocation.hpp"
#include "output/json.hpp"
#include "prisma/load.hpp"

namespace qdb::cli {

// One setup_/run_ pair per command, each in its own <name>_command.cpp.

void setup_migrate(CLI::App& command, Invocation& invocation);
int run_migrate(Context& context);

int run_status(Context& context);

int run_validate(Context& context);

void setup_format(CLI::App& command, Invocation& invocation);
int run_format(Context& context);

// Shared by validate and format (validate_command.cpp).

/// `{"ok", "command", "schema", "diagnostics": [{file, line, column, severity, message}], and
/// "exit_code" when the schema is not valid}`.
output::Json schema_report_json(const Context& context, const prisma::LoadResult& schema, const std::string& command);
/// Prints every diagnostic of an invalid schema under one error line ("the schema at X is not
/// valid" + `outcome`) and returns the schema exit code.
int report_invalid_schema(Context& context, const prisma::LoadResult& schema, const std::string& outcome);

void setup_generate_types(CLI::App& command, Invocation& invocation);
int run_generate_types(Context& context);

void setup_diff(CLI::App& command, Invocation& invocation);
int run_diff(Context& context);

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
