#include "support/memory_system.hpp"

namespace qdb::test {

std::string MemorySystem::key(const std::filesystem::path& path) {
  std::string normal = path.lexically_normal().generic_string();
  while (normal.size() > 1 && normal.back() == '/') normal.pop_back();
  return normal;
}

void MemorySystem::add_dir(const std::filesystem::path& path) {
  for (std::filesystem::path p = key(path); !p.empty() && p != p.root_path(); p = p.parent_path()) {
    dirs_.insert(key(p));
  }
}

void MemorySystem::add_file(const std::filesystem::path& path, std::string bytes) {
  std::filesystem::path normal = key(path);
  if (normal.has_parent_path()) add_dir(normal.parent_path());
  files_[key(normal)] = std::move(bytes);
}

void MemorySystem::deny(const std::filesystem::path& path) { denied_.insert(key(path)); }

// A denied folder denies what is inside it too, like a folder without search permission.
bool MemorySystem::denied(const std::filesystem::path& path) const {
  for (std::filesystem::path p = path; p.has_relative_path(); p = p.parent_path()) {
    if (denied_.count(key(p)) != 0) return true;
  }
  return false;
}

void MemorySystem::set_variable(const std::string& name, std::optional<std::string> value) {
  if (value) variables_[name] = std::move(*value);
  else variables_.erase(name);
}

const std::string* MemorySystem::file(const std::filesystem::path& path) const {
  auto it = files_.find(key(path));
  return it == files_.end() ? nullptr : &it->second;
}

os::ListResult MemorySystem::list_directory(const std::filesystem::path& dir) const {
  os::ListResult result;
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

os::ReadResult MemorySystem::read_file(const std::filesystem::path& path) const {
  os::ReadResult result;
  std::string k = key(path);
  if (denied(path)) {
    result.error = "Permission denied";
  } else if (auto it = files_.find(k); it != files_.end()) {
    result.ok = true;
    result.bytes = it->second;
  } else {
    result.error = dirs_.count(k) ? "Is a directory" : "No such file or directory";
  }
  return result;
}

os::FileType MemorySystem::file_type(const std::filesystem::path& path) const {
  std::string k = key(path);
  if (files_.count(k) > 0) return os::FileType::kRegular;
  if (dirs_.count(k) > 0) return os::FileType::kDirectory;
  return os::FileType::kNone;
}

os::WriteResult MemorySystem::write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                                                          os::Durability) {
  os::WriteResult result;
  std::filesystem::path normal = key(path);
  if (normal.has_parent_path() && !dirs_.count(key(normal.parent_path()))) {
    result.error = "No such file or directory";
    return result;
  }
  files_[key(normal)] = std::string(bytes);
  result.ok = true;
  return result;
}

os::WriteResult MemorySystem::remove_file(const std::filesystem::path& path) {
  files_.erase(key(path));
  return {true, {}};
}

os::WriteResult MemorySystem::create_directories(const std::filesystem::path& dir) {
  if (files_.count(key(dir)) > 0) return {false, "File exists"};
  add_dir(dir);
  return {true, {}};
}

os::WriteResult MemorySystem::restrict_to_owner(const std::filesystem::path& path) {
  if (!exists(path)) return {false, "No such file or directory"};
  return {true, {}};
}

os::WriteResult MemorySystem::give_to(const std::filesystem::path& path, const std::string& user) {
  if (!user_exists(user)) return {false, "no such user"};
  return restrict_to_owner(path);
}

std::optional<std::filesystem::path> MemorySystem::canonical(const std::filesystem::path& path) const {
  if (!exists(path)) return std::nullopt;
  return std::filesystem::path(key(path));
}

std::unique_ptr<os::FileLock> MemorySystem::lock_file(const std::filesystem::path& file) {
  if (!exists(file)) add_file(file, "");
  return std::make_unique<os::FileLock>();
}

std::optional<std::string> MemorySystem::variable(std::string_view name) const {
  auto it = variables_.find(name);
  if (it == variables_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> MemorySystem::read_line() {
  if (input_lines.empty()) return std::nullopt;
  std::string line = std::move(input_lines.front());
  input_lines.erase(input_lines.begin());
  return line;
}

os::CommandResult MemorySystem::run(const std::vector<std::string>& argv, const os::CommandOptions& options) {
  std::string joined;
  for (const auto& a : argv) joined += (joined.empty() ? "" : " ") + a;
  commands_run.push_back(joined);
  if (!on_run) return {127, {}};
  return on_run(argv, options);
}

namespace {

// Closing a watch removes its callback, as the real one puts back the previous handlers.
class MemoryInterruptWatch final : public os::InterruptWatch {
 public:
  MemoryInterruptWatch(std::vector<std::function<void(int)>>& watches, std::vector<std::thread>& threads)
      : watches_(watches), threads_(threads) {}
  ~MemoryInterruptWatch() override {
    for (std::thread& t : threads_) t.join();
    threads_.clear();
    watches_.pop_back();
  }

 private:
  std::vector<std::function<void(int)>>& watches_;
  std::vector<std::thread>& threads_;
};

}  // namespace

std::unique_ptr<os::InterruptWatch> MemorySystem::watch_interrupts(std::function<void(int signal)> on_signal) {
  on_interrupt_.push_back(std::move(on_signal));
  return std::make_unique<MemoryInterruptWatch>(on_interrupt_, interrupt_threads_);
}

bool MemorySystem::interrupt(int signal) {
  if (on_interrupt_.empty()) return false;
  interrupt_threads_.emplace_back(on_interrupt_.back(), signal);
  return true;
}

}  // namespace qdb::test
