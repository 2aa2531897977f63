#include "migrate/error_position.hpp"

namespace qdb::migrate {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

SourceLocation location_of_offset(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  SourceLocation location;
  location.offset = offset;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++location.line;
      line_start = i + 1;
    }
  }
  location.column = static_cast<int>(offset - line_start) + 1;
  return location;
}

SourceLocation locate_error_position(std::string_view file_text, std::size_t sent_offset, int position) {
  std::size_t offset = sent_offset > file_text.size() ? file_text.size() : sent_offset;
  // Step over position - 1 whole characters; the error points at the start of the next one.
  for (int skipped = 1; skipped < position && offset < file_text.size(); ++skipped) {
    ++offset;
    while (offset < file_text.size() && is_continuation_byte(file_text[offset])) ++offset;
  }
  return location_of_offset(file_text, offset);
}

}  // namespace qdb::migrate
