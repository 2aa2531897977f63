#pragma once

#include <optional>
#include <string>

#include "cli/context.hpp"
#include "db/database.hpp"
#include "diff/planner.hpp"
#include "model/schema.hpp"

namespace qdb::cli {

// What `dev db migrate`, `db push`, `db status` and `generate-types` share to tell whether the
// schema, the migrations and the database agree.

/// The schema in schema/, lowered to the database model; nullopt when the project has no schema
/// file. Throws kSchema (with the first error's file, line and column) when it does not load.
std::optional<model::Schema> project_schema(Context& context);

/// The plan from `from` (read from a database, or replayed migrations: rendered as Prisma's migrate
/// dev renders an inspected source) to `to`, in the database's default schema `default_schema`.
diff::Plan plan_between(const model::Schema& from, const model::Schema& to, const std::string& default_schema);

/// The words for a difference, one line per change, table by table (the summary of `db diff`),
/// indented by two spaces; "" when the plan is empty.
std::string describe_difference(const diff::Plan& plan);

/// Whether a terminal's answer is a yes (y, yes).
bool said_yes(const std::optional<std::string>& answer);

/// Asks the database `settings` point at about the rows `plan`'s warnings concern. A step that
/// would fail on them throws kDatabaseState (unless `create_only`: then it is only shown); data
/// that would be lost is shown and needs --accept-data-loss or a yes on the terminal, else
/// kAborted. Nothing has been written when it throws.
void check_data(Context& context, const diff::Plan& plan, const db::ConnectionSettings& settings, bool create_only);

/// Writes the types of [generate] when the schema changed them (unless --skip-generate), as
/// `prisma migrate dev` runs the generators.
void regenerate_types(Context& context);

}  // namespace qdb::cli
