#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace qdb::util {

/// The byte offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629:
/// no overlong forms, no surrogates, nothing above U+10FFFF), or nothing when all of `bytes` is
/// valid UTF-8. A sequence cut off by the end of the text is invalid at its first byte.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

/// The number of code points in valid UTF-8 `bytes` (continuation bytes are not counted), as
/// PostgreSQL counts characters in error positions.
std::size_t count_code_points(std::string_view bytes);

/// The length of the UTF-8 sequence `text` starts with when it is a letter beyond ASCII (é, Ω,
/// 日: Prisma's names take the letters of every script), else 0. A letter is a code point of
/// Unicode's general category L, as Prisma has it: not the marks, digits or letter numbers of
/// other scripts (src/util/unicode_letters.inc, made by scripts/unicode_letters.js).
std::size_t letter_length(std::string_view text);

}  // namespace qdb::util
