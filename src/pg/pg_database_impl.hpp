#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "pg/connection.hpp"

namespace qdb::pg {

/// db::Database over one Connection. Its parts live in one file each: the history store
/// (history_store.cpp), the advisory lock (advisory_lock.cpp), the executor and transactions
/// (executor.cpp); connecting is in pg_database.cpp.
class PgDatabase final : public db::Database {
 public:
  PgDatabase(std::unique_ptr<Connection> connection, db::ConnectionSettings settings);
  ~PgDatabase() override;
  PgDatabase(const PgDatabase&) = delete;
  PgDatabase& operator=(const PgDatabase&) = delete;

  /// Sets the session's search_path to the target schema. Behind PgBouncer the `options` startup
  /// parameter is refused, so the path is set per session (which is all session pooling needs)
  /// and again in every transaction (see begin_sql()).
  void set_search_path();

  // HistoryStore (history_store.cpp)
  db::ServerInfo server_info() override;
  db::StartState read_start(bool with_history) override;
  bool history_exists() override;
  void create_history() override;
  std::vector<db::HistoryRow> load_history() override;
  std::vector<db::HistoryRow> history_of(const std::string& name) override;
  void insert_started(const std::string& id, const std::string& name, const std::string& checksum) override;
  void insert_applied(const std::string& id, const std::string& name, const std::string& checksum) override;
  void mark_finished(const std::string& id) override;
  void mark_failed(const std::string& id, const std::string& logs) override;
  int mark_rolled_back(const std::string& name) override;

  // MigrationLock (advisory_lock.cpp)
  bool try_lock() override;
  void unlock() override;
  bool try_lock_in_transaction() override;
  std::string lock_holder() override;

  // SqlExecutor and SchemaEraser (executor.cpp)
  void begin() override;
  void commit() override;
  void rollback() override;
  void set_flushed_commits(bool flushed) override { flushed_commits_ = flushed; }
  void flush_commits() override;
  std::optional<db::SqlFailure> execute(const std::string& sql) override;
  db::ScriptOutcome execute_script(const std::string& sql) override;
  db::ScriptOutcome apply_together(const std::vector<db::MigrationToRecord>& migrations) override;
  void cancel() override;
  std::vector<std::string> empty_schema() override;
  std::vector<std::string> empty_schema_in_transaction() override;

 private:
  struct PendingInsert {
    std::string id;
    std::string name;
    std::string checksum;
  };

  std::string begin_sql(bool flushed) const;
  std::string history_select() const;
  std::optional<db::StartState> read_start_pipelined();
  std::string insert_applied_sql(const std::string& id, const std::string& checksum, const std::string& name) const;
  void flush_pending();
  void insert_and_commit(const PendingInsert& row);

  // A parameterised query, after whatever begin() and insert_applied() deferred.
  template <typename... Args>
  pqxx::result exec(const std::string& sql, Args&&... args) {
    flush_pending();
    return connection_->exec(settings_.schema, sql, std::forward<Args>(args)...);
  }

  template <typename... Args>
  pqxx::row query_row(const std::string& sql, Args&&... args) {
    pqxx::result r = exec(sql, std::forward<Args>(args)...);
    return r[0];
  }

  // A statement that must succeed (SET, BEGIN, COMMIT, ...); throws kDatabaseState otherwise.
  void run(const std::string& sql);

  std::unique_ptr<Connection> connection_;
  PGconn* handle_;
  // Made while the connection is idle: PQcancel, unlike the connection, may be used from another
  // thread while this one waits for a result.
  PGcancel* canceller_ = nullptr;
  bool begin_pending_ = false;
  bool flushed_commits_ = true;  // see set_flushed_commits()
  std::optional<PendingInsert> pending_insert_;
  db::ConnectionSettings settings_;
  std::string table_;
};

}  // namespace qdb::pg
