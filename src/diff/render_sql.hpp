#pragma once

#include <string>

#include "diff/planner.hpp"
#include "model/schema.hpp"

namespace qdb::diff {

/// The comment Prisma writes for a migration that changes nothing.
inline constexpr const char* kEmptyMigration = "-- This is an empty migration.";

/// The SQL of `plan` byte for byte as `prisma migrate diff --script` (Prisma 6.19) prints it,
/// less the final line break its console adds: each step `-- StepName`, its statements each
/// ending `;\n`, a blank line between steps; `-- This is an empty migration.\n` for an empty
/// plan. Every identifier is quoted; values come from the schema's own default expressions.
std::string render_script(const Plan& plan);

/// The `/* Warnings: ... */` block `prisma migrate dev` puts at the top of migration.sql, or
/// "" when the plan has no warnings.
std::string render_warnings(const Plan& plan);

/// The migration.sql `prisma migrate dev` writes for `plan`: the warnings block, then the script;
/// `-- This is an empty migration.` (no line break) for an empty plan.
std::string render_migration(const Plan& plan);

/// The script that creates `schema` in an empty database (diff of the empty database and
/// `schema`) as `prisma migrate diff --from-empty --script` prints it, final line break
/// included. Without `create_schemas` the `-- CreateSchema` steps are left out, as in the first
/// migration `prisma migrate dev` writes.
std::string render_from_empty(const model::Schema& schema, bool create_schemas = true,
                              const std::string& default_schema = "public");

}  // namespace qdb::diff
