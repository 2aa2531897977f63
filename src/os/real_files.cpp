// RealSystem: the file operations.
#include "os/real_system.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace qdb::os {
namespace {

std::string errno_reason() { return std::strerror(errno); }

}  // namespace

ListResult RealSystem::list_directory(const std::filesystem::path& dir) const {
  ListResult result;
  DIR* handle = ::opendir(dir.c_str());
  if (handle == nullptr) {
    result.error = errno_reason();
    return result;
  }
  // readdir's d_type saves a stat per entry (the migrations folder of a long history has many);
  // file systems that do not fill it in get the stat.
  while (const dirent* entry = ::readdir(handle)) {
    std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    DirEntry out;
    out.name = std::string(name);
    unsigned char type = entry->d_type;
    if (type == DT_UNKNOWN || type == DT_LNK) {
      struct stat st {};
      if (::fstatat(::dirfd(handle), entry->d_name, &st, 0) == 0) {
        type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
      }
    }
    out.is_dir = type == DT_DIR;
    out.is_regular = type == DT_REG;
    result.entries.push_back(std::move(out));
  }
  ::closedir(handle);
  result.ok = true;
  return result;
}

namespace {

ReadResult read_path(const char* path) {
  ReadResult result;
  int fd = ::open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    result.error = errno_reason();
    return result;
  }
  // Small files (every migration.sql of a long history) take two reads of the stack buffer, the
  // second confirming the end; a larger file (a big schema) is read on straight into the result,
  // sized from the file's length.
  auto read_some = [fd](char* into, std::size_t room) {
    ssize_t got;
    do {
      got = ::read(fd, into, room);
    } while (got < 0 && errno == EINTR);
    return got;
  };
  char buffer[65536];
  ssize_t got = read_some(buffer, sizeof buffer);
  while (got > 0) {
    result.bytes.append(buffer, static_cast<std::size_t>(got));
    if (static_cast<std::size_t>(got) == sizeof buffer && result.bytes.size() == sizeof buffer) {
      struct stat info;
      if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) result.bytes.reserve(static_cast<std::size_t>(info.st_size) + 1);
    }
    std::size_t used = result.bytes.size();
    if (result.bytes.capacity() - used >= sizeof buffer) {
      result.bytes.resize(result.bytes.capacity());
      got = read_some(result.bytes.data() + used, result.bytes.size() - used);
      result.bytes.resize(used + static_cast<std::size_t>(std::max<ssize_t>(got, 0)));
      if (got > 0) {
        got = read_some(buffer, sizeof buffer);
        continue;
      }
    } else {
      got = read_some(buffer, sizeof buffer);
    }
  }
  if (got < 0) {
    result.error = errno_reason();
    result.bytes.clear();
    ::close(fd);
    return result;
  }
  ::close(fd);
  result.ok = true;
  return result;
}

}  // namespace

ReadResult RealSystem::read_file(const std::filesystem::path& path) const { return read_path(path.c_str()); }

ReadResult RealSystem::read_file_in(const std::filesystem::path& dir, std::string_view relative) const {
  std::string path;
  path.reserve(dir.native().size() + 1 + relative.size());
  path += dir.native();
  if (!path.empty() && path.back() != '/') path += '/';
  path += relative;
  return read_path(path.c_str());
}

FileType RealSystem::file_type(const std::filesystem::path& path) const {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return FileType::kNone;
  if (S_ISREG(info.st_mode)) return FileType::kRegular;
  if (S_ISDIR(info.st_mode)) return FileType::kDirectory;
  return FileType::kOther;
}

WriteResult RealSystem::write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                                                  Durability durability) {
  static std::atomic<unsigned> counter{0};
  WriteResult result;
  std::filesystem::path temp = path;
  temp += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    result.error = errno_reason();
    return result;
  }
  // A replaced file keeps its permissions (a schema made read-only for the group stays so).
  struct stat existing;
  if (::stat(path.c_str(), &existing) == 0) ::fchmod(fd, existing.st_mode & 07777);
  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  // Flush before rename so a crash cannot leave an empty file under the final name.
  bool ok = left == 0 && (durability == Durability::kReplaceable || ::fsync(fd) == 0);
  if (!ok) result.error = errno_reason();
  if (::close(fd) != 0 && ok) {
    ok = false;
    result.error = errno_reason();
  }
  if (ok && std::rename(temp.c_str(), path.c_str()) != 0) {
    ok = false;
    result.error = errno_reason();
  }
  if (!ok) ::unlink(temp.c_str());
  result.ok = ok;
  return result;
}

WriteResult RealSystem::remove_file(const std::filesystem::path& path) {
  WriteResult result;
  result.ok = ::unlink(path.c_str()) == 0 || errno == ENOENT;
  if (!result.ok) result.error = errno_reason();
  return result;
}

WriteResult RealSystem::create_directories(const std::filesystem::path& dir) {
  WriteResult result;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  result.ok = !ec;
  if (ec) result.error = ec.message();
  return result;
}

WriteResult RealSystem::restrict_to_owner(const std::filesystem::path& path) {
  WriteResult result;
  result.ok = ::chmod(path.c_str(), S_IRWXU) == 0;
  if (!result.ok) result.error = errno_reason();
  return result;
}

std::optional<std::filesystem::path> RealSystem::canonical(const std::filesystem::path& path) const {
  std::error_code ec;
  std::filesystem::path resolved = std::filesystem::canonical(path, ec);
  if (ec) return std::nullopt;
  return resolved;
}

namespace {

class FlockedFile final : public FileLock {
 public:
  explicit FlockedFile(int fd) : fd_(fd) {}
  ~FlockedFile() override { ::close(fd_); }
  FlockedFile(const FlockedFile&) = delete;
  FlockedFile& operator=(const FlockedFile&) = delete;

 private:
  int fd_;
};

}  // namespace

std::unique_ptr<FileLock> RealSystem::lock_file(const std::filesystem::path& file) {
  int fd = ::open(file.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0) return nullptr;
  ::flock(fd, LOCK_EX);
  return std::make_unique<FlockedFile>(fd);
}

}  // namespace qdb::os
