#pragma once

#include <string_view>

namespace qdb::prisma {

/// True when `text` is one complete JSON value (RFC 8259, strings valid UTF-8), as a Json
/// field's `@default("...")` must be. Never throws.
bool is_valid_json(std::string_view text);

}  // namespace qdb::prisma
