#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "pg/admin.hpp"

namespace qdb::test {

/// The server the test script started (QDB_TEST_DATABASE_URL). Without it a test is skipped when
/// run by hand, and fails under CI (CI=true), which always has one.
/// Returns the URL, or empty after skip_without_server() (the caller must return).
std::string server_url_or_skip();

/// Skips the current test (by hand) or fails it (under CI) for want of a server.
void skip_without_server();

/// A fresh database on the test server, dropped (with its connections) when this goes away.
class TestDatabase {
 public:
  /// Creates database `qdb_test_<random>`. Check `ok()` first: false when the test was skipped.
  TestDatabase();
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  bool ok() const { return !name_.empty(); }
  const std::string& name() const { return name_; }
  /// postgresql://...:port/<name>, plus `query` appended as ?query when given.
  std::string url(const std::string& query = {}) const;
  /// Connection settings for `schema` in this database.
  db::ConnectionSettings settings(const std::string& schema = "public") const;

  /// Runs SQL outside a transaction.
  void execute(const std::string& sql) const;
  /// Rows of text (NULL as "<null>"), each row's values joined by '|'.
  std::vector<std::string> rows(const std::string& sql) const;
  /// The single value of a one-row, one-column query.
  std::string value(const std::string& sql) const;

 private:
  std::string server_url_;
  std::string name_;
  mutable std::unique_ptr<pg::AdminConnection> connection_;
};

/// Settings parsed from a URL the way qdb parses DATABASE_URL.
db::ConnectionSettings settings_from_url(const std::string& url);

}  // namespace qdb::test
