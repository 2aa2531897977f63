#include "cli/context.hpp"

namespace qdb::cli {

std::string display_path(const Context& context, const std::filesystem::path& path) {
  // Worked out on the names alone: both come from the same starting folder, and messages must
  // not depend on what the disk holds.
  std::filesystem::path relative = path.lexically_normal().lexically_relative(context.cwd.lexically_normal());
  if (relative.empty()) return path.string();
  return relative.string();
}

}  // namespace qdb::cli
