#include "pg/admin.hpp"

#include <pqxx/pqxx>

#include "base/error.hpp"
#include "config/redact.hpp"
#include "pg/connection.hpp"

namespace qdb::pg {

struct AdminConnection::Impl {
  HandledConnection opened;
  std::string password;
};

AdminConnection::AdminConnection(const db::ConnectionSettings& settings) : impl_(nullptr) {
  try {
    impl_ = new Impl{connect_with_handle(settings.conninfo), settings.password};
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw Error(ErrorKind::kConnection, "cannot connect to " + settings.redacted_url, {},
                config::redact_secrets(e.what(), settings.password));
  }
}

AdminConnection::~AdminConnection() { delete impl_; }

void AdminConnection::execute(const std::string& sql) {
  try {
    pqxx::nontransaction tx(*impl_->opened.connection);
    tx.exec(sql);
  } catch (const pqxx::sql_error& e) {
    throw Error(ErrorKind::kDatabaseState, config::redact_secrets(e.what(), impl_->password) + " (SQLSTATE " +
                                               e.sqlstate() + ")");
  }
}

// The libpq result itself: its values are read with PQgetvalue, without libpqxx's row and field
// objects (each holds a reference-counted copy of the result: most of the cost of reading the
// inspector's tens of thousands of values).
struct ResultRows::Impl {
  PGresult* result = nullptr;
  ~Impl() { PQclear(result); }
};

std::size_t ResultRows::size() const { return impl_ ? static_cast<std::size_t>(PQntuples(impl_->result)) : 0; }

std::size_t ResultRows::columns() const { return impl_ ? static_cast<std::size_t>(PQnfields(impl_->result)) : 0; }

std::optional<std::string_view> ResultRows::get(std::size_t row, std::size_t column) const {
  const int r = static_cast<int>(row);
  const int c = static_cast<int>(column);
  if (PQgetisnull(impl_->result, r, c)) return std::nullopt;
  return std::string_view(PQgetvalue(impl_->result, r, c), static_cast<std::size_t>(PQgetlength(impl_->result, r, c)));
}

ResultRows AdminConnection::query_in_place(const std::string& sql, const std::vector<std::string>& parameters) {
  std::vector<const char*> values;
  values.reserve(parameters.size());
  for (const std::string& parameter : parameters) values.push_back(parameter.c_str());
  auto impl = std::make_shared<ResultRows::Impl>();
  impl->result = PQexecParams(impl_->opened.handle, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                              nullptr, nullptr, 0);
  if (!impl->result || PQresultStatus(impl->result) != PGRES_TUPLES_OK) {
    if (PQstatus(impl_->opened.handle) != CONNECTION_OK) {
      throw Error(ErrorKind::kConnection, "the connection to the server was lost",
                  "check that the server is running and reachable, then run the command again",
                  config::redact_secrets(PQerrorMessage(impl_->opened.handle), impl_->password));
    }
    const char* state = impl->result ? PQresultErrorField(impl->result, PG_DIAG_SQLSTATE) : nullptr;
    const char* message = impl->result ? PQresultErrorMessage(impl->result) : PQerrorMessage(impl_->opened.handle);
    std::string text = config::redact_secrets(message ? message : "", impl_->password);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    throw Error(ErrorKind::kDatabaseState, text + " (SQLSTATE " + (state ? state : "") + ")");
  }
  ResultRows rows;
  rows.impl_ = std::move(impl);
  return rows;
}

Rows AdminConnection::query(const std::string& sql, const std::vector<std::string>& parameters) {
  const ResultRows result = query_in_place(sql, parameters);
  const std::size_t columns = result.columns();
  Rows rows;
  rows.reserve(result.size());
  for (std::size_t r = 0; r < result.size(); ++r) {
    std::vector<std::optional<std::string>> values;
    values.reserve(columns);
    for (std::size_t c = 0; c < columns; ++c) {
      const std::optional<std::string_view> value = result.get(r, c);
      values.push_back(value ? std::optional<std::string>(*value) : std::nullopt);
    }
    rows.push_back(std::move(values));
  }
  return rows;
}

int AdminConnection::server_version() const { return PQserverVersion(impl_->opened.handle); }

}  // namespace qdb::pg
