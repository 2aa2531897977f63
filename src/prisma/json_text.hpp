#pragma once

#include <string_view>

namespace qdb::prisma {

/// True when `text` is one complete JSON value (RFC 8259), as a Json field's `@default("...")`
/// must be. Nesting deeper than 256 levels counts as invalid rather than recursing further.
bool is_valid_json(std::string_view text);

}  // namespace qdb::prisma
