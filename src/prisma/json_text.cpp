#include "prisma/json_text.hpp"

#include <nlohmann/json.hpp>

namespace qdb::prisma {

// nlohmann's parser keeps its nesting on the heap, so deep input cannot overflow the stack.
bool is_valid_json(std::string_view text) { return nlohmann::json::accept(text); }

}  // namespace qdb::prisma
