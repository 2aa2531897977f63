#include "cli/replay_cache.hpp"

#include <algorithm>
#include <sstream>

#include <nlohmann/json.hpp>

#include "model/serialize.hpp"
#include "util/digest.hpp"

namespace qdb::cli {
namespace {

using Json = nlohmann::ordered_json;

// Raised whenever the entry's layout or the model's serialisation changes (a field added to
// model/schema.hpp included), so entries of other qdb builds are never read as this one's.
// 2: the model's digest is stored with it; 3: a column's sequence; 4: row level security, table
// inheritance and deferrable keys are objects of the model, a nextval() default on a sequence
// the column does not own is autoincrement, and a column's sequence may name its schema; 5: a
// column keeps the server's text of a default it spells otherwise, and dbgenerated().
constexpr int kFormatVersion = 6;
constexpr const char* kFormatName = "qdb replay cache";
// The entries' digests, most recently used first, one per line.
constexpr const char* kRecentFile = "recent";
constexpr const char* kEntrySuffix = ".json";
// The catalog memos, most recent first: "<database digest> <fingerprint digest> <model digest>".
constexpr const char* kCatalogsFile = "catalogs";

bool is_hex_digest(std::string_view text) {
  return text.size() == 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// "<64 hex digits>.json": the only files of the folder that eviction removes.
bool is_entry_name(std::string_view name) {
  const std::string_view suffix = kEntrySuffix;
  return name.size() == 64 + suffix.size() && name.ends_with(suffix) && is_hex_digest(name.substr(0, 64));
}

// The key as it is written into the entry: a lookup compares it with the one asked for, so a
// foreign file, one written for other migrations or (in theory) a digest collision is no hit.
Json key_json(const ReplayKey& key) {
  Json migrations = Json::array();
  for (const auto& [name, checksum] : key.migrations) migrations.push_back(Json::array({name, checksum}));
  return {{"qdb", key.qdb_version},
          {"server", key.server_major},
          {"default_schema", key.default_schema},
          {"namespaces", key.namespaces},
          {"migrations", std::move(migrations)}};
}

// Each value preceded by its length, so "ab"+"c" and "a"+"bc" differ; no encoding is assumed
// (a folder name need not be UTF-8).
void append_field(std::string& text, std::string_view value) {
  text += std::to_string(value.size());
  text += ':';
  text += value;
  text += '\n';
}

}  // namespace

std::string server_major_version(std::string_view version) {
  auto number_at = [&version](size_t at) {
    size_t end = at;
    while (end < version.size() && version[end] >= '0' && version[end] <= '9') ++end;
    return version.substr(at, end - at);
  };
  const std::string_view first = number_at(0);
  if (first.empty()) return "";
  // Before PostgreSQL 10 the major version had two parts: 9.6.24 is major 9.6.
  if (first.size() == 1 && version.size() > 2 && version[1] == '.') {
    const std::string_view second = number_at(2);
    if (!second.empty()) return std::string(first) + "." + std::string(second);
  }
  return std::string(first);
}

std::string model_digest(const model::Schema& schema) { return util::sha256_hex(model::schema_to_json(schema).dump()); }

std::string replay_key_digest(const ReplayKey& key) {
  std::string text;
  append_field(text, kFormatName);
  append_field(text, std::to_string(kFormatVersion));
  append_field(text, key.qdb_version);
  append_field(text, key.server_major);
  append_field(text, key.default_schema);
  append_field(text, std::to_string(key.namespaces.size()));
  for (const std::string& name : key.namespaces) append_field(text, name);
  append_field(text, std::to_string(key.migrations.size()));
  for (const auto& [name, checksum] : key.migrations) {
    append_field(text, name);
    append_field(text, checksum);
  }
  return util::sha256_hex(text);
}

ReplayCache::ReplayCache(os::System& system, const std::filesystem::path& project_root, std::size_t keep)
    : system_(system), root_(project_root), folder_(project_root / ".qdb" / "replay"), keep_(keep) {}

ReplayLookup ReplayCache::lookup(const ReplayKey& key) {
  ReplayLookup result;
  const std::string digest = replay_key_digest(key);
  result.entry = folder_ / (digest + kEntrySuffix);
  if (system_.file_type(result.entry) == os::FileType::kNone) return result;
  os::ReadResult read = system_.read_file(result.entry);
  if (!read.ok) {
    result.problem = "cannot read it: " + read.error;
    return result;
  }
  const Json entry = Json::parse(read.bytes, nullptr, /*allow_exceptions=*/false);
  if (entry.is_discarded() || !entry.is_object()) {
    result.problem = "it is not a cache entry (not a JSON object)";
    return result;
  }
  const auto format = entry.find("format");
  const auto version = entry.find("version");
  if (format == entry.end() || *format != kFormatName || version == entry.end() || *version != kFormatVersion) {
    result.problem = "it is not a cache entry of this qdb (another format or format version)";
    return result;
  }
  const auto stored_key = entry.find("key");
  if (stored_key == entry.end() || *stored_key != key_json(key)) {
    result.problem = "it was written for another key";
    return result;
  }
  const auto schema = entry.find("schema");
  std::string problem;
  if (schema != entry.end()) result.schema = model::schema_from_json(*schema, &problem);
  const auto digest_field = entry.find("model_digest");
  if (result.schema && (digest_field == entry.end() || !digest_field->is_string() ||
                        !is_hex_digest(digest_field->get<std::string>()))) {
    result.schema.reset();
    problem = "no model digest";
  }
  if (!result.schema) {
    result.problem = "its model cannot be read (" + (schema == entry.end() ? std::string("missing") : problem) + ")";
    return result;
  }
  result.model_digest = digest_field->get<std::string>();
  std::vector<std::string> order = recent();
  if (order.empty() || order.front() != digest) {
    order.erase(std::remove(order.begin(), order.end(), digest), order.end());
    order.insert(order.begin(), digest);
    set_recent(order);
  }
  return result;
}

std::string ReplayCache::store(const ReplayKey& key, const model::Schema& schema) {
  std::string text;
  try {
    Json model = model::schema_to_json(schema);
    const std::string digest = util::sha256_hex(model.dump());
    Json entry = {{"format", kFormatName},
                  {"version", kFormatVersion},
                  {"key", key_json(key)},
                  {"model_digest", digest},
                  {"schema", std::move(model)}};
    text = entry.dump();
  } catch (const nlohmann::json::exception&) {
    return "a name in the migrations or the model is not valid UTF-8";
  }
  if (std::string problem = make_folder(); !problem.empty()) return problem;
  const std::string digest = replay_key_digest(key);
  // Replaceable: after a crash of the machine the entry is rebuilt by the next replay.
  os::WriteResult written =
      system_.write_file_atomically(folder_ / (digest + kEntrySuffix), text, os::Durability::kReplaceable);
  if (!written.ok) return "cannot write " + (folder_ / (digest + kEntrySuffix)).string() + ": " + written.error;
  std::vector<std::string> order = recent();
  order.erase(std::remove(order.begin(), order.end(), digest), order.end());
  order.insert(order.begin(), digest);
  evict(order);
  return "";
}

std::optional<ReplayCache::CatalogMemo> ReplayCache::catalog_memo(const std::string& database) const {
  os::ReadResult read = system_.read_file(folder_ / kCatalogsFile);
  if (!read.ok) return std::nullopt;
  std::istringstream lines(read.bytes);
  std::string name;
  CatalogMemo memo;
  while (lines >> name >> memo.fingerprint_digest >> memo.model_digest) {
    if (name == database && is_hex_digest(memo.fingerprint_digest) && is_hex_digest(memo.model_digest)) return memo;
  }
  return std::nullopt;
}

void ReplayCache::remember_catalog(const std::string& database, const CatalogMemo& memo) {
  std::string text = database + " " + memo.fingerprint_digest + " " + memo.model_digest + "\n";
  size_t kept = 1;
  if (os::ReadResult read = system_.read_file(folder_ / kCatalogsFile); read.ok) {
    std::istringstream lines(read.bytes);
    std::string line;
    while (kept < keep_ && std::getline(lines, line)) {
      if (line.size() == 3 * 64 + 2 && !line.starts_with(database + " ")) {
        text += line + "\n";
        ++kept;
      }
    }
  }
  if (!make_folder().empty()) return;
  // A lost update (a concurrent run's) only costs the next run a catalog read.
  system_.write_file_atomically(folder_ / kCatalogsFile, text, os::Durability::kReplaceable);
}

std::string ReplayCache::make_folder() {
  os::WriteResult made = system_.create_directories(folder_);
  if (!made.ok) return "cannot create " + folder_.string() + ": " + made.error;
  // Keeps the cache (and everything else qdb keeps there) out of version control even where the
  // project's .gitignore does not.
  const std::filesystem::path ignore = root_ / ".qdb" / ".gitignore";
  if (!system_.exists(ignore)) system_.write_file_atomically(ignore, "*\n", os::Durability::kReplaceable);
  return "";
}

std::vector<std::string> ReplayCache::recent() const {
  std::vector<std::string> digests;
  os::ReadResult read = system_.read_file(folder_ / kRecentFile);
  if (!read.ok) return digests;
  std::istringstream lines(read.bytes);
  std::string line;
  while (std::getline(lines, line)) {
    if (is_hex_digest(line) && std::find(digests.begin(), digests.end(), line) == digests.end()) {
      digests.push_back(line);
    }
  }
  return digests;
}

void ReplayCache::set_recent(const std::vector<std::string>& digests) {
  std::string text;
  for (const std::string& digest : digests) text += digest + "\n";
  // A lost update only changes which entry is evicted first.
  system_.write_file_atomically(folder_ / kRecentFile, text, os::Durability::kReplaceable);
}

void ReplayCache::evict(const std::vector<std::string>& recent_first) {
  os::ListResult listed = system_.list_directory(folder_);
  if (!listed.ok) return;
  std::vector<std::string> present;
  for (const os::DirEntry& entry : listed.entries) {
    if (entry.is_regular && is_entry_name(entry.name)) present.push_back(entry.name.substr(0, 64));
  }
  std::sort(present.begin(), present.end());
  // The known order first; entries the list does not name (a concurrent run's, whose update of
  // the list was lost) count as the oldest.
  std::vector<std::string> order;
  for (const std::string& digest : recent_first) {
    if (std::binary_search(present.begin(), present.end(), digest)) order.push_back(digest);
  }
  for (const std::string& digest : present) {
    if (std::find(order.begin(), order.end(), digest) == order.end()) order.push_back(digest);
  }
  while (order.size() > keep_) {
    system_.remove_file(folder_ / (order.back() + kEntrySuffix));
    order.pop_back();
  }
  set_recent(order);
}

}  // namespace qdb::cli
