#pragma once

#include "util/file_system.hpp"

namespace qdb::util {

/// FileSystem over the operating system's files (std::filesystem and POSIX calls).
class RealFileSystem final : public FileSystem {
 public:
  ListResult list_directory(const std::filesystem::path& dir) const override;
  ReadResult read_file(const std::filesystem::path& path) const override;
  ReadResult read_file_in(const std::filesystem::path& dir, std::string_view relative) const override;
  bool exists(const std::filesystem::path& path) const override;
  WriteResult write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                                    Durability durability = Durability::kFlushed) override;
};

}  // namespace qdb::util
