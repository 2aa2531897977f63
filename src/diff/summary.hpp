#pragma once

#include <string>

#include "diff/planner.hpp"

namespace qdb::diff {

/// The readable summary `prisma migrate diff` prints without --script, in Prisma 6.19's words
/// and order ("[+] Added tables", "[*] Changed the `users` table", "  [-] Removed column `x`",
/// ...), less the final line break its console adds; "No difference detected." for an empty
/// plan. Sections are sorted as Prisma sorts them: added enums and tables, removed enums and
/// tables, changed enums, then changed tables by name.
std::string render_summary(const Plan& plan);

}  // namespace qdb::diff
