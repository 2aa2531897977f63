#include "support/fake_database.hpp"

#include <chrono>

#include "migrate/checksum.hpp"

namespace qdb::test {

void FakeDatabase::create_history() {
  table_exists = true;
  log.push_back("CREATE HISTORY");
}

void FakeDatabase::insert_started(const std::string& id, const std::string& name, const std::string& checksum) {
  db::HistoryRow row;
  row.id = id;
  row.migration_name = name;
  row.checksum = checksum;
  row.started_at = "now";
  rows.push_back(row);
  log.push_back("STARTED " + name);
}

void FakeDatabase::insert_applied(const std::string& id, const std::string& name, const std::string& checksum) {
  db::HistoryRow row;
  row.id = id;
  row.migration_name = name;
  row.checksum = checksum;
  row.started_at = "now";
  row.finished = true;
  row.applied_steps_count = 1;
  rows.push_back(row);
  log.push_back("APPLIED " + name);
}

void FakeDatabase::mark_finished(const std::string& id) {
  for (auto& r : rows) {
    if (r.id == id) {
      r.finished = true;
      r.applied_steps_count += 1;
      log.push_back("FINISHED " + r.migration_name);
    }
  }
}

void FakeDatabase::mark_failed(const std::string& id, const std::string& logs) {
  for (auto& r : rows) {
    if (r.id == id) {
      r.logs = logs;
      log.push_back("FAILED " + r.migration_name);
    }
  }
}

int FakeDatabase::mark_rolled_back(const std::string& name) {
  int n = 0;
  for (auto& r : rows) {
    if (r.migration_name == name && r.failed()) {
      r.rolled_back = true;
      ++n;
    }
  }
  return n;
}

bool FakeDatabase::try_lock() {
  if (lock_busy_attempts != 0) {
    if (lock_busy_attempts > 0) --lock_busy_attempts;
    return false;
  }
  locked = true;
  log.push_back("LOCK");
  return true;
}

bool FakeDatabase::try_lock_in_transaction() {
  if (lock_busy_attempts != 0) {
    if (lock_busy_attempts > 0) --lock_busy_attempts;
    return false;
  }
  log.push_back("XACT LOCK");
  return true;
}

std::vector<db::HistoryRow> FakeDatabase::history_of(const std::string& name) {
  if (before_history_of) before_history_of(*this);
  log.push_back("HISTORY OF " + name);
  std::vector<db::HistoryRow> found;
  for (const auto& r : rows) {
    if (r.migration_name == name) found.push_back(r);
  }
  return found;
}

void FakeDatabase::unlock() {
  locked = false;
  log.push_back("UNLOCK");
}

std::optional<db::SqlFailure> FakeDatabase::execute(const std::string& sql) {
  log.push_back("EXEC " + sql);
  const int cancels_before = cancel_.requests.load();
  if (on_execute) on_execute(sql);
  if (runs_until_canceled.count(sql)) {
    std::unique_lock<std::mutex> lock(cancel_.mutex);
    if (cancel_.arrived.wait_for(lock, std::chrono::seconds(10),
                                 [&] { return cancel_.requests.load() > cancels_before; })) {
      log.push_back("CANCELED");
      db::SqlFailure f;
      f.sqlstate = "57014";
      f.message = "canceling statement due to user request";
      return f;
    }
  }
  auto it = failing.find(sql);
  if (it == failing.end()) return std::nullopt;
  return it->second;
}

db::ScriptOutcome FakeDatabase::execute_script(const std::string& sql) {
  log.push_back("SCRIPT " + sql);
  db::ScriptOutcome outcome;
  size_t first = std::string::npos;
  for (const auto& [text, failure] : failing) {
    const size_t at = sql.find(text);
    if (at != std::string::npos && at < first) {
      first = at;
      outcome.failure = failure;
    }
  }
  const std::string stop = sql.substr(0, first == std::string::npos ? sql.size() : first);
  for (size_t at = stop.find("COMMIT;"); at != std::string::npos; at = stop.find("COMMIT;", at + 1)) ++outcome.commits;
  return outcome;
}

db::ScriptOutcome FakeDatabase::apply_together(const std::vector<db::MigrationToRecord>& migrations) {
  log.push_back("TOGETHER " + std::to_string(migrations.size()));
  db::ScriptOutcome outcome;
  const int cancels_before = cancel_.requests.load();
  for (const db::MigrationToRecord& m : migrations) {
    begin();
    // A cancel request that arrived meanwhile ends the statement the server is running by then.
    if (cancel_.requests.load() > cancels_before) {
      log.push_back("CANCELED");
      outcome.failure = db::SqlFailure{};
      outcome.failure->sqlstate = "57014";
      outcome.failure->message = "canceling statement due to user request";
      return outcome;
    }
    if ((outcome.failure = execute(*m.sql))) return outcome;
    insert_applied(m.id, m.name, m.checksum);
    log.push_back("COMMIT");
    durability.push_back(m.flushed ? "flushed" : "unflushed");
    ++outcome.commits;
  }
  return outcome;
}

void FakeDatabase::cancel() {
  {
    std::lock_guard<std::mutex> lock(cancel_.mutex);
    ++cancel_.requests;
  }
  cancel_.arrived.notify_all();
}

migrate::Migration make_migration(const std::string& name, const std::string& sql) {
  return {name, "migrations/" + name + "/migration.sql", sql, migrate::checksum_of(sql)};
}

db::HistoryRow applied_row(const migrate::Migration& m) {
  db::HistoryRow row;
  row.id = "id-" + m.name;
  row.checksum = m.checksum;
  row.migration_name = m.name;
  row.started_at = "2025-01-01T00:00:00.000Z";
  row.finished = true;
  row.applied_steps_count = 1;
  return row;
}

}  // namespace qdb::test
