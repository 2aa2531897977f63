#pragma once

#include <string>
#include <string_view>

namespace qdb::inspect {

// The one place where the server's spelling of a type or default becomes the spelling
// prisma::lower() produces from schema.prisma, so that an inspected table and a lowered one
// compare equal (docs/shadow-database.md, "One model, two sources").

/// The type as Prisma writes it in CREATE TABLE, from format_type(): `timestamp(3) without time
/// zone` → TIMESTAMP(3), `character varying(255)` → VARCHAR(255), `numeric(65,30)` →
/// DECIMAL(65,30), `text[]` → TEXT[]. Types Prisma has no native name for stay as the server
/// prints them (e.g. `circle`, `tsvector`).
std::string type_spelling(std::string_view formatted_type);

/// The default as Prisma writes it, from pg_get_expr(): a literal loses a cast to its own column
/// (`'abc'::text` → `'abc'`, `'USER'::"Role"` → `'USER'`, `'-1'::integer` → `-1`), `now()`
/// becomes CURRENT_TIMESTAMP, a timestamp literal of a TIMESTAMP column gets Prisma's form
/// (`'2020-01-01 00:00:00.500 +00:00'`), and an array, ARRAY[...] or a literal of the server's
/// own syntax (`'{a,b}'::text[]`), becomes `ARRAY[...]::<column type>` with its elements' casts
/// removed (`('-2'::integer)::double precision` is `-2`). Anything else (function calls, expressions) is kept as the server prints it.
/// `column_type` is the column's type as type_spelling() (or the enum's name) gives it.
std::string default_spelling(std::string_view expression, const std::string& column_type);

}  // namespace qdb::inspect
