#include "local/layout.hpp"

#include <algorithm>
#include <sstream>

#include "config/percent_encoding.hpp"
#include "util/digest.hpp"

namespace qdb::local {
namespace {

// "15" -> {15}, "9.6" -> {9, 6}; anything else sorts first.
std::vector<int> version_of(const std::filesystem::path& bindir) {
  std::vector<int> parts;
  std::string name = bindir.parent_path().filename().string();
  std::stringstream in(name);
  std::string part;
  while (std::getline(in, part, '.')) {
    if (part.empty() || !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) return {};
    parts.push_back(std::stoi(part));
  }
  return parts;
}

}  // namespace

std::filesystem::path project_folder(const std::filesystem::path& project_root) {
  return project_root / ".qdb" / "postgres";
}

std::filesystem::path temp_folder(const std::filesystem::path& project_root, const std::filesystem::path& temp_dir) {
  return temp_dir / ("qdb-postgres-" + util::sha256_hex(project_root.string()).substr(0, 12));
}

bool socket_path_fits(const std::filesystem::path& folder) {
  return (folder / ".s.PGSQL.65535").string().size() <= 107;
}

std::optional<std::filesystem::path> choose_bindir(const std::optional<std::filesystem::path>& pg_config_bindir,
                                                   const std::vector<std::filesystem::path>& versioned_bindirs,
                                                   const std::function<bool(const std::filesystem::path&)>& has_initdb) {
  if (pg_config_bindir && has_initdb(*pg_config_bindir)) return pg_config_bindir;
  std::vector<std::filesystem::path> sorted = versioned_bindirs;
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return version_of(a) > version_of(b); });
  for (const auto& dir : sorted) {
    if (!version_of(dir).empty() && has_initdb(dir)) return dir;
  }
  return std::nullopt;
}

std::optional<PidFile> parse_pid_file(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  if (lines.size() < 5) return std::nullopt;
  PidFile p;
  try {
    size_t used = 0;
    p.pid = std::stol(lines[0], &used);
    if (used != lines[0].size() || p.pid <= 0) return std::nullopt;
    p.port = std::stoi(lines[3], &used);
    if (used != lines[3].size() || p.port <= 0 || p.port > 65535) return std::nullopt;
  } catch (const std::exception&) {
    return std::nullopt;
  }
  p.socket_dir = lines[4];
  if (lines.size() > 5) p.listen_address = lines[5];
  return p;
}

std::string server_url(const PidFile& server) {
  if (!server.listen_address.empty()) {
    return "postgresql://postgres@" + server.listen_address + ":" + std::to_string(server.port) + "/postgres";
  }
  return "postgresql://postgres@localhost/postgres?host=" + config::percent_encode(server.socket_dir) +
         "&port=" + std::to_string(server.port);
}

}  // namespace qdb::local
