#pragma once

#include <optional>
#include <string_view>

#include "base/diagnostic.hpp"

namespace qdb::util {

/// What qdb checks before it hands a TOML file (qdb.toml, migration_lock.toml) to toml++, and
/// how it reads toml++'s positions.
///
/// toml++ 3.3 (Debian 12's libtomlplusplus-dev) reaches `__builtin_unreachable()` when it asks
/// whether a non-ASCII character from most of U+00A0..U+04FF and U+F9xx..U+FEFE is white space:
/// undefined behaviour, which a release build turns into anything at all. It asks that of every
/// character outside strings and comments, and in a `"""` string of the first character after
/// a backslash (and the white space and line breaks that a line-ending backslash joins). TOML
/// allows non-ASCII characters only inside strings and comments, so qdb reports the first such
/// character itself, as an error at its line and byte column (after a byte order mark), and does
/// not parse the text. A quote opens a string only where TOML's grammar lets one begin: at the
/// start of a line or after '=', '[', '{', ',' or '.' (toml++ reads `3"é"` as one bare value).
/// Control characters other than tab, LF and CR, which TOML allows nowhere (not even in strings
/// and comments), are reported first: toml++ asserts on some of them (`[` followed by NUL), and
/// a release build compiled by clang turns that assertion into an assumption.
/// Returns nullopt when the text may be parsed. Never throws.
std::optional<Diagnostic> find_unsafe_toml_character(std::string_view file_name, std::string_view text);

/// The 1-based byte column of the `column`-th character (code point) of line `line` in `text`:
/// toml++ counts columns in code points, qdb's diagnostics in bytes (after a byte order mark,
/// which neither counts). Columns past the end of a line count one byte each; a line past the
/// text keeps its column.
int toml_byte_column(std::string_view text, int line, int column);

}  // namespace qdb::util
