#include "base/error.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace qdb {
namespace {

// docs/exit-codes.md promises these numbers and names; scripts match on them.
TEST(ErrorKind, EachKindHasItsDocumentedCodeAndName) {
  const struct {
    ErrorKind kind;
    int code;
    const char* name;
  } kinds[] = {
      {ErrorKind::kInternal, 1, "internal"},           {ErrorKind::kUsage, 2, "usage"},
      {ErrorKind::kConfig, 3, "config"},               {ErrorKind::kSchema, 4, "schema"},
      {ErrorKind::kMigrationFiles, 5, "migration_files"}, {ErrorKind::kConnection, 6, "connection"},
      {ErrorKind::kLockTimeout, 7, "lock_timeout"},    {ErrorKind::kMigrationFailed, 8, "migration_failed"},
      {ErrorKind::kDatabaseState, 9, "database_state"}, {ErrorKind::kRefused, 10, "refused"},
      {ErrorKind::kAborted, 11, "aborted"},            {ErrorKind::kPermission, 17, "permission"},
      {ErrorKind::kFileWrite, 18, "file_write"},
  };
  std::set<int> codes;
  for (const auto& k : kinds) {
    EXPECT_EQ(exit_code_for(k.kind), k.code) << k.name;
    EXPECT_STREQ(error_kind_name(k.kind), k.name);
    codes.insert(k.code);
  }
  EXPECT_EQ(codes.size(), std::size(kinds));
  // The outcomes of status, --check and diff --exit-code are no error kind's.
  for (int outcome : {exit_code::kStatusPending, exit_code::kStatusFailed, exit_code::kStatusDrift, exit_code::kStale,
                      exit_code::kDiffFound}) {
    EXPECT_EQ(codes.count(outcome), 0u) << outcome;
  }
}

}  // namespace
}  // namespace qdb
