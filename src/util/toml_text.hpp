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
/// not parse the text. A quote opens a string only where a key or a value begins, and not inside
/// a bare value: toml++ reads `3"é"` or `1="é"` as one value, to the next blank, ']', '}', ',' or
/// '#', testing each of its characters.
/// Returns nullopt when the text may be parsed. Never throws.
std::optional<Diagnostic> find_unsafe_toml_character(std::string_view file_name, std::string_view text);

/// A place in a TOML text as qdb's diagnostics give it: 1-based line, 1-based byte column.
struct TomlPlace {
  int line = 1;
  int column = 1;
};

/// Where toml++'s (line, column) is in `text`, as qdb's diagnostics say it: toml++ counts columns
/// in characters (code points), qdb in bytes, and neither counts a byte order mark. A place past
/// the end of its line (toml++ puts the end of the text there, sometimes two columns on) is the
/// end of that line; a line past the text is its last line.
TomlPlace toml_place(std::string_view text, int line, int column);

}  // namespace qdb::util
