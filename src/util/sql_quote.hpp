#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

/// The elements of `inside`, the text between ARRAY[ and its ], as the server prints an array:
/// split at the commas outside quotes, brackets and parentheses, without the spaces around them
/// ("'a, b'::text, (-1)" → "'a, b'::text", "(-1)"); none for an empty text.
std::vector<std::string_view> split_array_elements(std::string_view inside);

/// Where the `]` that closes the `ARRAY[` `expression` starts with is (outside quotes: a cast
/// after it may hold brackets too, `ARRAY[]::integer[]`), or npos when it does not start so.
size_t array_constructor_end(std::string_view expression);

}  // namespace qdb::util
