#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "db/catalog.hpp"
#include "diff/planner.hpp"

namespace qdb::diff {

/// What a plan would do to the rows a database holds, as `prisma migrate dev` evaluates it
/// before it writes a migration: the planner's warnings, each checked against the data.
struct DataLoss {
  std::vector<std::string> warnings;      // data would be lost: needs a yes or --accept-data-loss
  std::vector<std::string> unexecutable;  // the step would fail on the rows there are: refused
  bool empty() const { return warnings.empty() && unexecutable.empty(); }
};

/// The questions about the data that `plan`'s warnings raise, one per warning that depends on
/// the data, in warning order. A table without a schema of its own is in `default_schema`.
std::vector<db::DataQuestion> data_questions(const Plan& plan, const std::string& default_schema);

/// The warnings as Prisma words them when it has counted the rows: a warning whose data is not
/// there (an empty table, a column of NULLs) disappears; one that concerns no data (a primary
/// key, an enum's values) stays as the planner wrote it. `answers` are those to
/// data_questions(plan), in the same order. A unique constraint over duplicate values, which
/// Prisma only warns about, is unexecutable here: the step could not succeed.
DataLoss evaluate_data_loss(const Plan& plan, const std::vector<std::int64_t>& answers);

}  // namespace qdb::diff
