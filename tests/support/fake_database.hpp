#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "migrate/runner.hpp"

namespace qdb::test {

/// An in-memory stand-in for the database, for unit tests of the runner's logic only. It records
/// the calls it gets; it knows nothing of SQL beyond "this text fails".
class FakeDatabase : public db::Database {
 public:
  // What the fake should do.
  db::ServerInfo info;
  bool table_exists = true;
  std::vector<db::HistoryRow> rows;
  int lock_busy_attempts = 0;              // try_lock(_in_transaction) fails this many times first (-1: always)
  // Called before history_of answers, as if another run committed rows meanwhile.
  std::function<void(FakeDatabase&)> before_history_of;
  std::string holder = "pid 4242 (prisma)";
  std::map<std::string, db::SqlFailure> failing;  // SQL text → the failure it returns
  // SQL text that runs until cancel() is called (at most 10 s), then fails with SQLSTATE 57014.
  std::set<std::string> runs_until_canceled;
  // Called as each SQL text is executed, before it runs: e.g. to send a signal meanwhile.
  std::function<void(const std::string&)> on_execute;

  // Told when the fake is destroyed, e.g. to keep its log after a command that owned it ends.
  std::function<void(const FakeDatabase&)> on_destroy;
  ~FakeDatabase() override {
    if (on_destroy) on_destroy(*this);
  }
  FakeDatabase() = default;
  FakeDatabase(const FakeDatabase&) = default;

  // What happened, one line per call that changes state.
  std::vector<std::string> log;
  bool locked = false;
  // Each COMMIT's durability, in order: "flushed" or "unflushed" (set_flushed_commits), and
  // "FLUSH" for each flush_commits().
  std::vector<std::string> durability;
  bool flushed_commits = true;

  db::ServerInfo server_info() override { return info; }
  std::vector<std::string> empty_schema() override {
    log.push_back("EMPTY SCHEMA");
    return {};
  }
  std::vector<std::string> empty_schema_in_transaction() override {
    log.push_back("EMPTY SCHEMA IN TRANSACTION");
    rows.clear();
    table_exists = false;
    return {};
  }
  bool history_exists() override { return table_exists; }
  void create_history() override;
  std::vector<db::HistoryRow> load_history() override { return rows; }
  db::StartState read_start(bool with_history) override {
    db::StartState start{server_info(), std::nullopt};
    if (with_history && history_exists()) start.history = load_history();
    return start;
  }
  std::vector<db::HistoryRow> history_of(const std::string& name) override;
  void insert_started(const std::string& id, const std::string& name, const std::string& checksum) override;
  void insert_applied(const std::string& id, const std::string& name, const std::string& checksum) override;
  void mark_finished(const std::string& id) override;
  void mark_failed(const std::string& id, const std::string& logs) override;
  int mark_rolled_back(const std::string& name) override;
  bool try_lock() override;
  void unlock() override;
  bool try_lock_in_transaction() override;
  std::string lock_holder() override { return holder; }
  void begin() override { log.push_back("BEGIN"); }
  void commit() override {
    log.push_back("COMMIT");
    durability.push_back(flushed_commits ? "flushed" : "unflushed");
  }
  void rollback() override { log.push_back("ROLLBACK"); }
  void set_flushed_commits(bool flushed) override { flushed_commits = flushed; }
  void flush_commits() override { durability.push_back("FLUSH"); }
  std::optional<db::SqlFailure> execute(const std::string& sql) override;
  /// Logs "SCRIPT <sql>". Fails when a text of `failing` occurs in the script, counting the
  /// "COMMIT;" before the first such occurrence as the COMMITs that succeeded.
  db::ScriptOutcome execute_script(const std::string& sql) override;
  /// Logs "TOGETHER <n>", then for each migration what begin(), execute(), insert_applied() and
  /// commit() log, up to the first failing execute() (its transaction left open); a cancel
  /// request that arrives meanwhile fails the next migration's first statement (57014).
  db::ScriptOutcome apply_together(const std::vector<db::MigrationToRecord>& migrations) override;
  /// Thread-safe, as the real one: counts the request and ends a statement of runs_until_canceled.
  void cancel() override;
  /// How many cancel requests arrived.
  int cancel_requests() const { return cancel_.requests.load(); }

 private:
  // Shared with the thread that cancels; a copy of the fake starts with none.
  struct CancelState {
    std::atomic<int> requests{0};
    std::mutex mutex;
    std::condition_variable arrived;
    CancelState() = default;
    CancelState(const CancelState&) {}
    CancelState& operator=(const CancelState&) { return *this; }
  };
  CancelState cancel_;
};

/// Records what the runner reports.
class RecordingObserver : public migrate::RunObserver {
 public:
  void waiting_for_lock(const std::string& holder) override { events.push_back("waiting: " + holder); }
  void applying(const migrate::Migration& m, bool tx) override {
    events.push_back("applying " + m.name + (tx ? "" : " (no tx)"));
  }
  void applied(const migrate::Migration& m, double) override { events.push_back("applied " + m.name); }
  void applying_together(const std::vector<const migrate::Migration*>& migrations) override {
    std::string names;
    for (const migrate::Migration* m : migrations) names += " " + m->name;
    events.push_back("applying together" + names);
  }
  void warning(const std::string& message) override { events.push_back("warning: " + message); }
  std::vector<std::string> events;
};

/// A migration with its checksum filled in.
migrate::Migration make_migration(const std::string& name, const std::string& sql);

/// A history row as Prisma leaves it after applying `m` (finished, one step).
db::HistoryRow applied_row(const migrate::Migration& m);

}  // namespace qdb::test
