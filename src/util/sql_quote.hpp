#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace qdb::util {

/// `name` as a PostgreSQL quoted identifier: in double quotes, with `"` doubled.
std::string quote_identifier(std::string_view name);

/// `text` as a standard-conforming SQL string literal: in single quotes, with `'` doubled.
/// For SQL that qdb writes into files (defaults in generated migrations); values sent to the
/// server go as parameters instead.
std::string quote_literal(std::string_view text);

/// The text of `literal` when it is one whole standard SQL string literal ('it''s' → it's), as
/// quote_literal() writes it and the server prints it; nullopt otherwise ('a' || 'b', 'x'::text).
std::optional<std::string> unquote_literal(std::string_view literal);

}  // namespace qdb::util
