#include "support/memory_file_system.hpp"

namespace qdb::test {

std::string MemoryFileSystem::key(const std::filesystem::path& path) {
  std::string normal = path.lexically_normal().generic_string();
  while (normal.size() > 1 && normal.back() == '/') normal.pop_back();
  return normal;
}

void MemoryFileSystem::add_dir(const std::filesystem::path& path) {
  for (std::filesystem::path p = key(path); !p.empty() && p != p.root_path(); p = p.parent_path()) {
    dirs_.insert(key(p));
  }
}

void MemoryFileSystem::add_file(const std::filesystem::path& path, std::string bytes) {
  std::filesystem::path normal = key(path);
  if (normal.has_parent_path()) add_dir(normal.parent_path());
  files_[key(normal)] = std::move(bytes);
}

void MemoryFileSystem::deny(const std::filesystem::path& path) { denied_.insert(key(path)); }

const std::string* MemoryFileSystem::file(const std::filesystem::path& path) const {
  auto it = files_.find(key(path));
  return it == files_.end() ? nullptr : &it->second;
}

util::ListResult MemoryFileSystem::list_directory(const std::filesystem::path& dir) const {
  util::ListResult result;
  std::string k = key(dir);
  if (denied_.count(k)) {
    result.error = "Permission denied";
    return result;
  }
  if (!dirs_.count(k)) {
    result.error = files_.count(k) ? "Not a directory" : "No such file or directory";
    return result;
  }
  for (const auto& d : dirs_) {
    if (std::filesystem::path(d).parent_path().generic_string() == k) {
      result.entries.push_back({std::filesystem::path(d).filename().string(), true, false});
    }
  }
  for (const auto& [path, bytes] : files_) {
    if (std::filesystem::path(path).parent_path().generic_string() == k) {
      result.entries.push_back({std::filesystem::path(path).filename().string(), false, true});
    }
  }
  result.ok = true;
  return result;
}

util::ReadResult MemoryFileSystem::read_file(const std::filesystem::path& path) const {
  util::ReadResult result;
  std::string k = key(path);
  // A denied folder denies what is inside it too, like a folder without search permission.
  bool denied = false;
  for (std::filesystem::path p = path; !denied && p.has_relative_path(); p = p.parent_path()) {
    denied = denied_.count(key(p)) != 0;
  }
  if (denied) {
    result.error = "Permission denied";
  } else if (auto it = files_.find(k); it != files_.end()) {
    result.ok = true;
    result.bytes = it->second;
  } else {
    result.error = dirs_.count(k) ? "Is a directory" : "No such file or directory";
  }
  return result;
}

bool MemoryFileSystem::exists(const std::filesystem::path& path) const {
  std::string k = key(path);
  return files_.count(k) > 0 || dirs_.count(k) > 0;
}

util::WriteResult MemoryFileSystem::write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                                                          util::Durability) {
  util::WriteResult result;
  std::filesystem::path normal = key(path);
  if (normal.has_parent_path() && !dirs_.count(key(normal.parent_path()))) {
    result.error = "No such file or directory";
    return result;
  }
  files_[key(normal)] = std::string(bytes);
  result.ok = true;
  return result;
}

}  // namespace qdb::test
