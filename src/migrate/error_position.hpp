#pragma once

#include <cstddef>
#include <string_view>

namespace qdb::migrate {

/// A place in a file: byte offset, 1-based line and 1-based byte column.
struct SourceLocation {
  std::size_t offset = 0;
  int line = 1;
  int column = 1;

  bool operator==(const SourceLocation&) const = default;
};

/// The line and column of byte `offset` in `text` (an offset past the end is clamped to the end).
/// Lines end at LF; a CR before it belongs to the line.
SourceLocation location_of_offset(std::string_view text, std::size_t offset);

/// Maps a PostgreSQL error position back into the file. `position` is the 1-based *character*
/// position that the server reports (PG_DIAG_STATEMENT_POSITION) within the query string that
/// was sent, and that string is the bytes of `file_text` starting at `sent_offset` (the
/// Statement's offset when statements are sent one by one, or 0 when the whole file is sent).
/// Characters are UTF-8 code points: continuation bytes are not counted. A position of 0 or less
/// maps to the first byte; a position past the end maps to the end of the text.
SourceLocation locate_error_position(std::string_view file_text, std::size_t sent_offset, int position);

}  // namespace qdb::migrate
