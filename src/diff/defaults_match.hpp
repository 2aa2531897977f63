#pragma once

#include "model/schema.hpp"

namespace qdb::diff {

/// Whether the two columns' defaults are the same, as Prisma compares them: as values, which the
/// model holds as SQL text (the same text for the same value). Its exceptions: an autoincrement
/// sequence (or identity) matches a missing default (the sequence is its own change), a date-time
/// value matches anything, since Prisma cannot compare those, a target of dbgenerated() without
/// an expression takes any default, expressions are compared as text ignoring ASCII case (a
/// database's in the server's words) and never equal a schema's value, and JSON literals are
/// compared as JSON.
bool defaults_match(const model::Column& from, const model::Column& to);

}  // namespace qdb::diff
