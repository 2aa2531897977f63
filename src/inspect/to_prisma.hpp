#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/schema.hpp"

namespace qdb::inspect {

// `db pull`: an inspected database written back as a Prisma schema, as `prisma db pull` (Prisma
// 6.19) writes it. Pure: the model comes from inspect_database(), the text goes to the caller.

/// A table, column or enum name made a valid Prisma identifier as Prisma's introspection makes
/// it: leading characters that are not ASCII letters dropped, every other character that is not
/// a letter, digit or `_` replaced by `_` ("2fa-codes" → "fa_codes", "user name" → "user_name").
std::string prisma_identifier(std::string_view database_name);

/// The `datasource` and `generator` blocks of an existing schema file, as written and in their
/// order (the datasource's `schemas` list sorted, as Prisma rewrites it), each followed by a
/// blank line; when `existing_schema` has none, Prisma's default datasource for PostgreSQL with
/// `url = env("DATABASE_URL")`.
std::string configuration_blocks(std::string_view existing_schema);

/// True when `schema_text` declares a model, view, enum or type block (anything `db pull` would
/// replace), outside comments.
bool declares_models(std::string_view schema_text);

/// The Prisma schema for `schema`, laid out by prisma::format_schema_text (`prisma format`'s
/// layout): configuration_blocks(existing_schema), then one model per table in name order, then
/// the enums in name order. Per column: the Prisma type, `?` or `[]`, `@id`, `@unique`,
/// `@default(...)`, `@map` when the name had to change, `@db.*` when the SQL type is not the
/// scalar's default. Per foreign key a relation field on both sides, named as Prisma names them
/// (docs/pull.md). With several schemas (`schema.namespaces`, multiSchema) every model and enum
/// gets `@@schema`, `default_schema` for those the model names "". Objects the schema language
/// cannot express are left out. Never throws.
/// `layout` false leaves the text as written, unaligned: the same schema for a parser, for
/// callers that only load it (`generate-types --from-db`), without the formatter's pass over it.
std::string to_prisma(const model::Schema& schema, std::string_view existing_schema = {},
                      const std::string& default_schema = "public", bool layout = true);

/// What to_prisma() leaves out because the schema language cannot say it, one line each for
/// the user: `view "active_users"`, `check constraint "price_positive" on "orders"`, `index
/// "users_lower_idx" on "users" (an expression, a predicate, INCLUDE or NULLS NOT DISTINCT)`.
std::vector<std::string> left_out(const model::Schema& schema);

}  // namespace qdb::inspect
