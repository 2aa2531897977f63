#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "cli/context.hpp"

namespace qdb::cli {

/// One file `generate-types` produces.
struct Output {
  std::filesystem::path path;
  std::string text;
  std::string status;  // "written", "unchanged", "stale" or "missing" (the last two only when checking)
};

/// Renders every output configured in [generate] and writes those whose text changed (atomically),
/// or with `check` writes nothing and marks them stale or missing. Throws kSchema when the schema
/// does not load. Used by `generate-types` and after `reset`.
std::vector<Output> write_generated_types(Context& context, bool check);

}  // namespace qdb::cli
