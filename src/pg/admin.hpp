#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.hpp"

namespace qdb::pg {

/// Rows of text values (std::nullopt for NULL).
using Rows = std::vector<std::vector<std::optional<std::string>>>;

/// A query's rows as the server sent them, read in place: no copy of each value, for the
/// inspector's queries of thousands of rows. Values stay valid while the ResultRows lives.
class ResultRows {
 public:
  std::size_t size() const;
  std::size_t columns() const;
  /// The text of the value at (row, column), std::nullopt for NULL.
  std::optional<std::string_view> get(std::size_t row, std::size_t column) const;

 private:
  friend class AdminConnection;
  struct Impl;
  std::shared_ptr<const Impl> impl_;
};

/// A plain connection for administrative statements and inspection (create or drop a database,
/// count rows), kept apart from the migration runner's interfaces.
class AdminConnection {
 public:
  /// Connects; throws qdb::Error(kConnection) with a redacted message.
  explicit AdminConnection(const db::ConnectionSettings& settings);
  ~AdminConnection();
  AdminConnection(const AdminConnection&) = delete;
  AdminConnection& operator=(const AdminConnection&) = delete;

  /// Runs `sql` outside any transaction; throws qdb::Error(kDatabaseState) with SQLSTATE on failure.
  void execute(const std::string& sql);
  /// Runs a query with text parameters $1..$n and returns all rows.
  Rows query(const std::string& sql, const std::vector<std::string>& parameters = {});
  /// The same query, its rows read in place.
  ResultRows query_in_place(const std::string& sql, const std::vector<std::string>& parameters = {});
  /// The server's version as libpq reports it without a query, e.g. 150004 for 15.4.
  int server_version() const;

 private:
  struct Impl;
  Impl* impl_;
};


}  // namespace qdb::pg
