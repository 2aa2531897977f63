#pragma once

#include <map>
#include <set>
#include <string>

#include "util/file_system.hpp"

namespace qdb::test {

/// An in-memory FileSystem. Paths are compared in normal form ("a/./b/" is "a/b"); adding a file
/// creates its parent folders.
class MemoryFileSystem final : public util::FileSystem {
 public:
  /// Adds or replaces a regular file.
  void add_file(const std::filesystem::path& path, std::string bytes);
  /// Adds an empty folder (and its parents).
  void add_dir(const std::filesystem::path& path);
  /// Makes listing or reading `path` fail with "Permission denied".
  void deny(const std::filesystem::path& path);

  /// The content of a file, or nothing.
  const std::string* file(const std::filesystem::path& path) const;

  util::ListResult list_directory(const std::filesystem::path& dir) const override;
  util::ReadResult read_file(const std::filesystem::path& path) const override;
  bool exists(const std::filesystem::path& path) const override;
  util::WriteResult write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                                    util::Durability durability = util::Durability::kFlushed) override;

 private:
  static std::string key(const std::filesystem::path& path);

  std::map<std::string, std::string> files_;
  std::set<std::string> dirs_;
  std::set<std::string> denied_;
};

}  // namespace qdb::test
