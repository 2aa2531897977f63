#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/schema.hpp"
#include "os/system.hpp"

namespace qdb::cli {

// The replay cache: the model a migrations folder produced when replayed into a shadow database,
// kept in <project root>/.qdb/replay/ so the next run with the same migrations skips the shadow
// database and the replay. An optimisation beside the replay, never the truth: an entry that is
// missing, unreadable, corrupt or written for anything else is ignored, and overwritten by the
// replay that follows. See docs/shadow-database.md, "Replay cache".

/// Everything a replayed model depends on. Runs with equal keys get the same model.
struct ReplayKey {
  std::string qdb_version;     // qdb's version and git commit: a new inspector may read differently
  std::string server_major;    // the replaying server's major version, e.g. "16" (server_major_version)
  std::string default_schema;  // inspect::BuildOptions: the schema whose objects are named ""
  std::vector<std::string> namespaces;  // inspect::BuildOptions: multiSchema's schemas
  std::vector<std::pair<std::string, std::string>> migrations;  // name and checksum, in replay order
};

/// The major version in PostgreSQL's server_version: "16" for "16.2 (Debian 16.2-1.pgdg120+2)",
/// "9.6" for "9.6.24", "17" for "17beta1"; "" when the text does not start with a number.
std::string server_major_version(std::string_view server_version);

/// The cache key: 64 lowercase hexadecimal digits of SHA-256 over the format version and every
/// field of `key`, each delimited so that no two different keys give the same text.
std::string replay_key_digest(const ReplayKey& key);

/// 64 lowercase hexadecimal digits of SHA-256 over the model's serialisation: equal digests,
/// equal models.
std::string model_digest(const model::Schema& schema);

/// What a lookup found.
struct ReplayLookup {
  std::optional<model::Schema> schema;  // set on a hit
  std::string model_digest;             // model_digest(*schema), stored with it; set on a hit
  std::filesystem::path entry;          // the entry's file, whether or not it exists
  std::string problem;                  // why an existing entry was ignored; "" on a hit or when there was none
};

/// The entries of one project. All file access goes through `system`; nothing here throws
/// because of what is (or is not) on disk.
class ReplayCache {
 public:
  /// How many entries storing keeps: a few branches' worth of migrations folders.
  static constexpr std::size_t kKeep = 8;

  /// The cache of the project rooted at `project_root` (the folder of qdb.toml, see
  /// config::find_config_file), in `project_root`/.qdb/replay/.
  ReplayCache(os::System& system, const std::filesystem::path& project_root, std::size_t keep = kKeep);

  const std::filesystem::path& folder() const { return folder_; }

  /// The entry for `key`. A hit also marks the entry as the most recently used one, so that
  /// storing evicts it last.
  ReplayLookup lookup(const ReplayKey& key);

  /// Writes the entry for `key` (to a temporary file renamed over it, so a concurrent reader sees
  /// the old entry or the new one), creating the folder and `.qdb/.gitignore` (`*`) when
  /// missing, then removes all but the `keep` most recently used entries. Returns "" when stored,
  /// else why not (the caller goes on without the cache).
  std::string store(const ReplayKey& key, const model::Schema& schema);

  /// What the last inspection of a database's catalog found: the digest of its fingerprint
  /// (db::Catalog::fingerprint) and of the model read (model_digest). `database` names the
  /// database and what was read of it (see catalog_key_digest in cli/database_schema.cpp).
  struct CatalogMemo {
    std::string fingerprint_digest;
    std::string model_digest;
  };
  /// The memo of `database`, kept in `.qdb/replay/catalogs` (one line per database, the `keep`
  /// most recent); nullopt when there is none or the file is unreadable.
  std::optional<CatalogMemo> catalog_memo(const std::string& database) const;
  /// Records `memo` for `database`. A failure to write is ignored: the next run reads the catalog.
  void remember_catalog(const std::string& database, const CatalogMemo& memo);

 private:
  std::string make_folder();  // "" when the folder (and .qdb/.gitignore) is there, else why not
  std::vector<std::string> recent() const;
  void set_recent(const std::vector<std::string>& digests);
  void evict(const std::vector<std::string>& recent_first);

  os::System& system_;
  std::filesystem::path root_;
  std::filesystem::path folder_;
  std::size_t keep_;
};

}  // namespace qdb::cli
