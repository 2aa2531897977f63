#pragma once

// Golden files: expected outputs kept under tests/golden/ and compared byte for byte.
// Run the tests with QDB_UPDATE_GOLDEN=1 to rewrite them from the current output, then
// review the diff like any other change.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "prisma/load.hpp"
#include "support/temp_dir.hpp"

namespace qdb::test {

/// tests/golden/<relative> in the source tree.
inline std::filesystem::path golden_path(const std::string& relative) {
  return std::filesystem::path(QDB_SOURCE_DIR) / "tests" / "golden" / relative;
}

/// Expects `actual` to equal the golden file byte for byte (or rewrites it when
/// QDB_UPDATE_GOLDEN is set).
inline void expect_golden(const std::string& relative, const std::string& actual) {
  const std::filesystem::path path = golden_path(relative);
  const char* update = std::getenv("QDB_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(path)) << "missing golden file " << path
                                             << " (run with QDB_UPDATE_GOLDEN=1 to create it)";
  EXPECT_EQ(read_file(path), actual) << "golden file " << relative << " differs";
}

/// Reads a schema given as one `.prisma` file or as a folder of `.prisma` files (sorted by name);
/// file names in diagnostics are relative to tests/golden/.
inline std::vector<prisma::SourceFile> read_schema_sources(const std::string& relative) {
  std::vector<prisma::SourceFile> sources;
  const std::filesystem::path path = golden_path(relative);
  if (std::filesystem::is_directory(path)) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(path)) {
      if (entry.path().extension() == ".prisma") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      sources.push_back({relative + "/" + file.filename().string(), read_file(file)});
    }
  } else {
    sources.push_back({relative, read_file(path)});
  }
  return sources;
}

/// Loads a schema from tests/golden/ and fails the test if it has errors.
inline prisma::LoadResult load_valid(const std::string& relative) {
  prisma::LoadResult result = prisma::load_schema(read_schema_sources(relative));
  EXPECT_TRUE(result.ok()) << result.format_diagnostics();
  EXPECT_FALSE(result.sources.empty()) << "no schema at " << relative;
  return result;
}

}  // namespace qdb::test
