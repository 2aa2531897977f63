#include "util/real_file_system.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace qdb::util {
namespace {

std::string reason(const std::error_code& ec) { return ec.message(); }
std::string errno_reason() { return std::strerror(errno); }

}  // namespace

ListResult RealFileSystem::list_directory(const std::filesystem::path& dir) const {
  ListResult result;
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) {
    result.error = reason(ec);
    return result;
  }
  for (const auto& entry : it) {
    DirEntry out;
    out.name = entry.path().filename().string();
    std::error_code type_ec;
    out.is_dir = entry.is_directory(type_ec);
    out.is_regular = entry.is_regular_file(type_ec);
    result.entries.push_back(std::move(out));
  }
  result.ok = true;
  return result;
}

ReadResult RealFileSystem::read_file(const std::filesystem::path& path) const {
  ReadResult result;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    result.error = errno_reason();
    return result;
  }
  // Read straight into the result, sized from the file's length when it has one; a file that
  // grows meanwhile (or a pipe, with no length) is read on in chunks.
  struct stat info;
  std::size_t size = 0;
  if (fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode)) size = static_cast<std::size_t>(info.st_size);
  result.bytes.resize(size + 1);
  std::size_t used = 0;
  std::size_t got;
  while ((got = std::fread(result.bytes.data() + used, 1, result.bytes.size() - used, file)) > 0) {
    used += got;
    if (used == result.bytes.size()) result.bytes.resize(used * 2 + 65536);
  }
  result.bytes.resize(used);
  bool failed = std::ferror(file) != 0;
  if (failed) result.error = errno_reason();
  std::fclose(file);
  result.ok = !failed;
  return result;
}

bool RealFileSystem::exists(const std::filesystem::path& path) const {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

WriteResult RealFileSystem::write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  static std::atomic<unsigned> counter{0};
  WriteResult result;
  std::filesystem::path temp = path;
  temp += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    result.error = errno_reason();
    return result;
  }
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
  bool ok = left == 0 && ::fsync(fd) == 0;
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

}  // namespace qdb::util
