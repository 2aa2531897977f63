#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"

namespace qdb::config {

/// Looks a variable up by name; nullopt when it is not defined. An empty lookup defines nothing.
using VariableLookup = std::function<std::optional<std::string>(std::string_view name)>;

/// One assignment in an env file.
struct DotenvEntry {
  std::string key;
  std::string value;  // quotes removed, escapes and ${VAR} references resolved
  int line = 0;       // 1-based line where the assignment starts

  bool operator==(const DotenvEntry&) const = default;
};

/// Where `${NAME}` and `$NAME` references find their values. A reference resolves to the first
/// of: `overrides(NAME)`, the value NAME got on an earlier line of the same file, `fallback(NAME)`;
/// a name defined nowhere expands to the empty string.
struct DotenvLookups {
  /// Values that outrank this file, e.g. the shell environment and env files of higher
  /// precedence, as dotenv-expand sees them through process.env. May be empty.
  VariableLookup overrides;
  /// Values used when neither outranks nor the file defines the name, e.g. the process
  /// environment when one file is read on its own. May be empty.
  VariableLookup fallback;
};

/// A parsed env file.
struct DotenvFile {
  /// Assignments in the order keys first appear; a key assigned again keeps its first position
  /// and takes the later value and line (with a warning).
  std::vector<DotenvEntry> entries;
  std::vector<Diagnostic> diagnostics;

  /// The entry for `key`, or nullptr.
  const DotenvEntry* find(std::string_view key) const;
};

/// Parses an env file (`file_name` only labels diagnostics). Never throws on bad input: every
/// malformed line becomes an error diagnostic with its line and column, and parsing continues on
/// the next line. Columns count bytes after a leading UTF-8 BOM.
///
/// Syntax (dotenv and dotenv-expand):
///  - `KEY=value` and `export KEY=value`; names use letters, digits, `_`, `.` and `-`; spaces
///    around `=` are allowed; blank lines and lines starting with `#` are skipped;
///  - unquoted values are trimmed; a `#` preceded by a space or tab starts a comment, any other
///    `#` (as in `postgres://h/db#x`) and any `=` belong to the value;
///  - `'single quotes'` keep everything literally;
///  - `"double quotes"` understand `\n`, `\r`, `\t`, `\"`, `\\` and `\$` (any other backslash
///    stays as written) and may span several lines;
///  - unquoted and double-quoted values expand `${NAME}`, `${NAME:-default}` (default when NAME
///    is undefined or empty) and `$NAME`; `\$` is a literal `$`, as is a `$` not followed by a
///    name;
///  - CRLF line endings and a UTF-8 byte order mark are accepted.
DotenvFile parse_dotenv(std::string_view file_name, std::string_view text,
                        const DotenvLookups& lookups = {});

}  // namespace qdb::config
