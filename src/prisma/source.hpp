#pragma once

#include <string>
#include <vector>

namespace qdb::prisma {

/// One `.prisma` file: the name used in diagnostics and its whole text.
struct SourceFile {
  std::string name;
  std::string text;
};

/// A point in a source file. `file` indexes the list of files given to the parser; line and
/// column are 1-based and the column counts bytes. A default Location points nowhere.
struct Location {
  int file = -1;
  int line = 0;
  int column = 0;
};

}  // namespace qdb::prisma
