// The migrate dev differential corpus: for the pairs of tests/golden/diff_oracle/ that hold
// migrate_dev.sql (the file Prisma 6.19.3's `migrate dev --create-only` wrote for after.prisma in a
// project whose one migration builds before.prisma; tests/oracle/ask_prisma_migrate_dev.sh), the
// warnings block qdb plans from the two lowered schemas must be the block at the top of Prisma's
// file. Prisma's "before" is the shadow database as read from the catalog, tables in the order of
// their names, so before.prisma's model is put in that order first (model::canonical), as the
// inspector gives it. The script part is compared against a real replay by tests/oracle/check_migrate_dev_oracle.sh.
#include <gtest/gtest.h>

#include "diff/render_sql.hpp"
#include "model/canonical.hpp"
#include "prisma/lower.hpp"
#include "unit/prisma/golden.hpp"

namespace qdb::diff {
namespace {

// The `/* Warnings: ... */` block that starts the file, or "" when it has none.
std::string warnings_block(const std::string& file) {
  if (!file.starts_with("/*\n")) return "";
  const size_t end = file.find("\n*/\n");
  return end == std::string::npos ? file : file.substr(0, end + 4);
}

model::Schema lowered(const std::filesystem::path& path) {
  prisma::LoadResult loaded = prisma::load_schema({{path.filename().string(), test::read_file(path)}});
  EXPECT_TRUE(loaded.ok()) << path << "\n" << loaded.format_diagnostics();
  return prisma::lower(loaded.schema);
}

std::vector<std::filesystem::path> pairs_with_migrate_dev_files() {
  std::vector<std::filesystem::path> pairs;
  for (const auto& entry : std::filesystem::directory_iterator(test::golden_path("diff_oracle"))) {
    // A pair whose first migration has SQL written by hand (init_by_hand.sql) builds more than
    // before.prisma says: only the replay that check_migrate_dev_oracle.sh runs can compare it.
    if (std::filesystem::exists(entry.path() / "init_by_hand.sql")) continue;
    if (std::filesystem::exists(entry.path() / "migrate_dev.sql")) pairs.push_back(entry.path());
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

TEST(DiffOracleMigrateDev, WarningsBlockIsPrismasForEveryPair) {
  const std::vector<std::filesystem::path> pairs = pairs_with_migrate_dev_files();
  // Every pair with a before.prisma has Prisma's answer (tests/oracle/README.md).
  ASSERT_GE(pairs.size(), 200u) << "the migrate dev corpus is missing";
  size_t with_warnings = 0;
  for (const std::filesystem::path& pair : pairs) {
    const model::Schema before = model::canonical(lowered(pair / "before.prisma"));
    const model::Schema after = lowered(pair / "after.prisma");
    const Plan plan = plan_migration(Side{&before}, Side{&after});
    const std::string expected = warnings_block(test::read_file(pair / "migrate_dev.sql"));
    EXPECT_EQ(render_warnings(plan), expected) << "diff_oracle/" << pair.filename().string();
    with_warnings += expected.empty() ? 0 : 1;
  }
  // The corpus covers the warnings, not only their absence.
  EXPECT_GE(with_warnings, 80u);
}

}  // namespace
}  // namespace qdb::diff
