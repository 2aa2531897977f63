#pragma once

#include <string>

namespace qdb::pg {

/// `text` with every occurrence of `password` replaced by ****.
std::string redact_password(const std::string& text, const std::string& password);

}  // namespace qdb::pg
