#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace qdb::config {

/// Decodes `%XX` sequences (either hex case). Returns nullopt when a `%` is not followed by two
/// hex digits. Other characters, including `+`, are kept as they are (libpq does not treat `+`
/// as a space either).
std::optional<std::string> percent_decode(std::string_view text);

/// Encodes every byte outside RFC 3986's unreserved set (`A-Z a-z 0-9 - . _ ~`) as `%XX`,
/// with upper-case hex digits when `upper_case` is true and lower-case ones otherwise.
std::string percent_encode(std::string_view text, bool upper_case = true);

}  // namespace qdb::config
