#pragma once

#include <atomic>
#include <memory>
#include <optional>
#include <string>

#include "cli/context.hpp"
#include "db/database.hpp"

namespace qdb::cli {

/// Where `db diff --from-migrations` replays the migrations, for as long as this lives:
///  - the configured shadow database (qdb.toml's [database] shadow_database_url, else
///    SHADOW_DATABASE_URL, else the variable the datasource's shadowDatabaseUrl names), emptied
///    first and kept;
///  - otherwise a temporary database `qdb_shadow_<random>` on the server of `target`, created
///    here and always dropped: by the destructor (after success or an error), and on SIGINT or
///    SIGTERM by a watcher thread that ends the replay's session, drops the database and exits
///    with 130 or 143.
class ShadowDatabase {
 public:
  /// Uses `configured` (from configured()) when set, emptying its target schema; otherwise
  /// creates a temporary database on the server of `target`. Throws kConfig when neither is
  /// given or the shadow database is the target itself, kConnection when the server cannot be
  /// reached, kDatabaseState when the role may not create databases (naming the settings to use
  /// instead) or the shadow database cannot be emptied.
  ShadowDatabase(Context& context, const std::optional<db::ConnectionSettings>& configured,
                 const std::optional<db::ConnectionSettings>& target);
  ~ShadowDatabase();
  ShadowDatabase(const ShadowDatabase&) = delete;
  ShadowDatabase& operator=(const ShadowDatabase&) = delete;

  /// The configured shadow database's URL, when one is set (see the class comment for the
  /// order); nullopt otherwise. Throws kConfig when qdb.toml names an unset variable.
  static std::optional<db::ConnectionSettings> configured(Context& context);

  /// How to connect to the shadow database.
  const db::ConnectionSettings& settings() const { return settings_; }
  /// Whether it is a temporary database that this object drops.
  bool temporary() const { return !temporary_name_.empty(); }

 private:
  void create_temporary(const db::ConnectionSettings& target);
  void watch_signals();
  void stop_watching();
  void drop();

  Context& context_;
  db::ConnectionSettings settings_;
  std::optional<db::ConnectionSettings> target_;  // the temporary database's server
  std::string temporary_name_;
  std::unique_ptr<os::InterruptWatch> watch_;  // SIGINT/SIGTERM while a temporary database exists
  std::atomic<bool> signalled_{false};
};

/// Settings for `url` as DATABASE_URL's are made (qdb.toml's [database] schema still wins over
/// its ?schema=); `origin` names it in messages. Throws kConfig when it is malformed.
db::ConnectionSettings settings_for_url(Context& context, const std::string& url, const std::string& origin);

}  // namespace qdb::cli
