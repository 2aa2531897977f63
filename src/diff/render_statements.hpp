#pragma once

#include <string>
#include <vector>

#include "diff/planner.hpp"

namespace qdb::diff {

/// The SQL statements of one step, without the final `;`, in Prisma 6.19's exact text
/// (an AlterTable step may need statements before and after its ALTER TABLE: sequences).
std::vector<std::string> render_statements(const Plan& plan, const Change& change);

}  // namespace qdb::diff
