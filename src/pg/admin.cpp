#include "pg/admin.hpp"

#include <pqxx/pqxx>

#include "base/error.hpp"
#include "config/redact.hpp"

namespace qdb::pg {

struct AdminConnection::Impl {
  pqxx::connection connection;
  std::string password;
  explicit Impl(const db::ConnectionSettings& s) : connection(s.conninfo), password(s.password) {}
};

AdminConnection::AdminConnection(const db::ConnectionSettings& settings) : impl_(nullptr) {
  try {
    impl_ = new Impl(settings);
  } catch (const std::exception& e) {
    throw Error(ErrorKind::kConnection, "cannot connect to " + settings.redacted_url, {},
                config::redact_secrets(e.what(), settings.password));
  }
}

AdminConnection::~AdminConnection() { delete impl_; }

void AdminConnection::execute(const std::string& sql) {
  try {
    pqxx::nontransaction tx(impl_->connection);
    tx.exec(sql);
  } catch (const pqxx::sql_error& e) {
    throw Error(ErrorKind::kDatabaseState, config::redact_secrets(e.what(), impl_->password) + " (SQLSTATE " +
                                               e.sqlstate() + ")");
  }
}

struct ResultRows::Impl {
  pqxx::result result;
};

std::size_t ResultRows::size() const { return impl_ ? impl_->result.size() : 0; }

std::optional<std::string_view> ResultRows::get(std::size_t row, std::size_t column) const {
  const pqxx::field field = impl_->result[static_cast<pqxx::result::size_type>(row)]
                                        [static_cast<pqxx::row::size_type>(column)];
  if (field.is_null()) return std::nullopt;
  return std::string_view(field.c_str(), field.size());
}

ResultRows AdminConnection::query_in_place(const std::string& sql, const std::vector<std::string>& parameters) {
  try {
    pqxx::nontransaction tx(impl_->connection);
    auto impl = std::make_shared<ResultRows::Impl>();
    switch (parameters.size()) {
      case 0: impl->result = tx.exec(sql); break;
      case 1: impl->result = tx.exec_params(sql, parameters[0]); break;
      case 2: impl->result = tx.exec_params(sql, parameters[0], parameters[1]); break;
      case 3: impl->result = tx.exec_params(sql, parameters[0], parameters[1], parameters[2]); break;
      default: throw Error(ErrorKind::kInternal, "AdminConnection::query takes at most 3 parameters");
    }
    ResultRows rows;
    rows.impl_ = std::move(impl);
    return rows;
  } catch (const pqxx::sql_error& e) {
    throw Error(ErrorKind::kDatabaseState, config::redact_secrets(e.what(), impl_->password) + " (SQLSTATE " +
                                               e.sqlstate() + ")");
  }
}

Rows AdminConnection::query(const std::string& sql, const std::vector<std::string>& parameters) {
  const ResultRows result = query_in_place(sql, parameters);
  const std::size_t columns = result.size() ? result.impl_->result.columns() : 0;
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

int AdminConnection::server_version() const { return impl_->connection.server_version(); }

}  // namespace qdb::pg
