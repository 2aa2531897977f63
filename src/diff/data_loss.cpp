#include "diff/data_loss.hpp"

namespace qdb::diff {
namespace {

using Q = db::DataQuestion::Kind;

// The question a warning raises, or none when the data does not matter to it.
std::vector<db::DataQuestion> questions_for(const Warning& warning, const std::string& default_schema) {
  const std::string schema = warning.schema.empty() ? default_schema : warning.schema;
  auto ask = [&](Q kind, std::vector<std::string> columns) {
    return db::DataQuestion{kind, schema, warning.table, std::move(columns)};
  };
  switch (warning.kind) {
    case WarningKind::kDropTable:
    case WarningKind::kAddRequiredColumn:
    case WarningKind::kRecreateRequiredColumn: return {ask(Q::kRows, {})};
    case WarningKind::kDropColumn:
    case WarningKind::kRiskyCast:
    case WarningKind::kRecreateColumn:
    case WarningKind::kScalarToList: return {ask(Q::kNonNullValues, warning.columns)};
    case WarningKind::kMakeRequired: return {ask(Q::kNullValues, warning.columns)};
    case WarningKind::kAddUnique:
      // A column added by the same migration holds no values yet: nothing to ask.
      if (!warning.columns_exist) return {};
      return {ask(Q::kRows, {}), ask(Q::kDuplicateGroups, warning.columns)};
    case WarningKind::kRemoveEnumValues:
    case WarningKind::kDropPrimaryKey: return {};
  }
  return {};
}

std::string count(std::int64_t n) { return std::to_string(n); }

// In backticks, as Prisma names tables and columns in its warnings.
std::string ticked(const std::string& name) {
  std::string out;
  out.reserve(name.size() + 2);
  out += '`';
  out += name;
  out += '`';
  return out;
}

}  // namespace

std::vector<db::DataQuestion> data_questions(const Plan& plan, const std::string& default_schema) {
  std::vector<db::DataQuestion> out;
  for (const Warning& warning : plan.warnings) {
    for (db::DataQuestion& question : questions_for(warning, default_schema)) out.push_back(std::move(question));
  }
  return out;
}

DataLoss evaluate_data_loss(const Plan& plan, const std::vector<std::int64_t>& answers) {
  DataLoss out;
  size_t next = 0;
  auto answer = [&]() -> std::int64_t { return next < answers.size() ? answers[next++] : 0; };
  for (const Warning& w : plan.warnings) {
    const std::string table = ticked(w.table);
    const std::string column = ticked(w.columns.empty() ? std::string() : w.columns[0]);
    switch (w.kind) {
      case WarningKind::kDropTable: {
        const std::int64_t rows = answer();
        if (rows > 0) {
          out.warnings.push_back("You are about to drop the " + table + " table, which is not empty (" + count(rows) +
                                 " rows).");
        }
        break;
      }
      case WarningKind::kDropColumn: {
        const std::int64_t values = answer();
        if (values > 0) {
          out.warnings.push_back("You are about to drop the column " + column + " on the " + table +
                                 " table, which still contains " + count(values) + " non-null values.");
        }
        break;
      }
      case WarningKind::kRiskyCast: {
        const std::int64_t values = answer();
        if (values > 0) {
          out.warnings.push_back("You are about to alter the column " + column + " on the " + table +
                                 " table, which contains " + count(values) +
                                 " non-null values. The data in that column will be cast from `" + w.from_type +
                                 "` to `" + w.to_type + "`.");
        }
        break;
      }
      case WarningKind::kRecreateColumn: {
        if (answer() > 0) {
          out.warnings.push_back("The " + column + " column on the " + table +
                                 " table would be dropped and recreated. This will lead to data loss.");
        }
        break;
      }
      case WarningKind::kAddUnique: {
        if (!w.columns_exist) break;
        const std::int64_t rows = answer();
        const std::int64_t duplicates = answer();
        if (duplicates > 0) {
          std::string columns;
          for (const std::string& c : w.columns) columns += (columns.empty() ? "" : ",") + c;
          out.unexecutable.push_back("A unique constraint covering the columns `[" + columns + "]` on the table " +
                                     table + " will be added, but " + count(duplicates) +
                                     " value(s) occur more than once: this step would fail.");
        } else if (rows > 0) {
          out.warnings.push_back(w.message);
        }
        break;
      }
      case WarningKind::kRemoveEnumValues:
      case WarningKind::kDropPrimaryKey: out.warnings.push_back(w.message); break;
      case WarningKind::kAddRequiredColumn: {
        const std::int64_t rows = answer();
        if (rows > 0) {
          // The planner's message names the column; Prisma's counted one replaces its last sentence.
          const std::string head = w.message.substr(0, w.message.find(" This is not possible"));
          out.unexecutable.push_back(head + " There are " + count(rows) +
                                     " rows in this table, it is not possible to execute this step.");
        }
        break;
      }
      case WarningKind::kMakeRequired: {
        const std::int64_t nulls = answer();
        if (nulls > 0) {
          out.unexecutable.push_back("Made the column " + column + " on table " + table + " required, but there are " +
                                     count(nulls) + " existing NULL values.");
        }
        break;
      }
      case WarningKind::kScalarToList: {
        const std::int64_t values = answer();
        if (values > 0) {
          out.unexecutable.push_back("Changed the column " + column + " on the " + table +
                                     " table from a scalar field to a list field. There are " + count(values) +
                                     " existing non-null values in that column, this step cannot be executed.");
        }
        break;
      }
      case WarningKind::kRecreateRequiredColumn: {
        if (answer() > 0) {
          const std::string head = w.message.substr(0, w.message.find(" No cast exists"));
          out.unexecutable.push_back(head +
                                     " No cast exists, the column would be dropped and recreated, which cannot be done "
                                     "since the column is required and there is data in the table.");
        }
        break;
      }
    }
  }
  return out;
}

}  // namespace qdb::diff
