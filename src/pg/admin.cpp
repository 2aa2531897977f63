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

Rows AdminConnection::query(const std::string& sql, const std::vector<std::string>& parameters) {
  try {
    pqxx::nontransaction tx(impl_->connection);
    pqxx::result r;
    switch (parameters.size()) {
      case 0: r = tx.exec(sql); break;
      case 1: r = tx.exec_params(sql, parameters[0]); break;
      case 2: r = tx.exec_params(sql, parameters[0], parameters[1]); break;
      case 3: r = tx.exec_params(sql, parameters[0], parameters[1], parameters[2]); break;
      default: throw Error(ErrorKind::kInternal, "AdminConnection::query takes at most 3 parameters");
    }
    Rows rows;
    for (const auto& row : r) {
      std::vector<std::optional<std::string>> values;
      for (const auto& f : row) values.push_back(f.is_null() ? std::nullopt : std::optional<std::string>(f.c_str()));
      rows.push_back(std::move(values));
    }
    return rows;
  } catch (const pqxx::sql_error& e) {
    throw Error(ErrorKind::kDatabaseState, config::redact_secrets(e.what(), impl_->password) + " (SQLSTATE " +
                                               e.sqlstate() + ")");
  }
}

int AdminConnection::server_version() const { return impl_->connection.server_version(); }

}  // namespace qdb::pg
