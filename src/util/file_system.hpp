#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace qdb::util {

/// One entry of a directory listing. The type flags follow symbolic links.
struct DirEntry {
  std::string name;  // the entry's file name, never "." or ".."
  bool is_dir = false;
  bool is_regular = false;

  bool operator==(const DirEntry&) const = default;
};

/// A directory listing, or why it could not be made.
struct ListResult {
  bool ok = false;
  std::vector<DirEntry> entries;  // in no particular order
  std::string error;              // the operating system's reason, e.g. "Permission denied"
};

/// A file's bytes, or why they could not be read.
struct ReadResult {
  bool ok = false;
  std::string bytes;
  std::string error;
};

/// How much a write must survive. Either way readers never see a partly written file.
enum class Durability {
  kFlushed,     // on disk before it replaces the old file: survives a crash (user-authored files)
  kReplaceable  // may be lost to a crash of the machine: derived files the next run writes again
};

/// Whether a write succeeded, and if not, why.
struct WriteResult {
  bool ok = false;
  std::string error;
};

/// The file operations qdb needs. None of them throws: failures come back as values, and the
/// caller decides whether they are diagnostics or errors. Error strings hold the reason only;
/// callers add the path. The const operations may be called from several threads at once.
class FileSystem {
 public:
  virtual ~FileSystem() = default;

  /// The entries of directory `dir`.
  virtual ListResult list_directory(const std::filesystem::path& dir) const = 0;

  /// The whole content of regular file `path`.
  virtual ReadResult read_file(const std::filesystem::path& path) const = 0;

  /// The same as read_file(dir / relative); a real file system reads it without building a
  /// std::filesystem::path, which matters when reading a thousand migrations.
  virtual ReadResult read_file_in(const std::filesystem::path& dir, std::string_view relative) const {
    return read_file(dir / relative);
  }

  /// True when something exists at `path` (a dangling symbolic link does not count).
  virtual bool exists(const std::filesystem::path& path) const = 0;

  /// Replaces `path` with `bytes` so readers see the old or the new content, never a mix: the
  /// bytes go to a temporary file in the same folder, which is then renamed over `path`. The
  /// parent folder must exist. A replaced file keeps its permission bits. kFlushed also flushes
  /// the bytes to disk before the rename.
  virtual WriteResult write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                                            Durability durability = Durability::kFlushed) = 0;
};

}  // namespace qdb::util
