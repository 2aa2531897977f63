// Connecting: a Connection, wrapped as the db::Database the runner talks to.
#include "pg/pg_database.hpp"

#include "pg/pg_database_impl.hpp"
#include "util/sql_quote.hpp"

namespace qdb::pg {

PgDatabase::PgDatabase(std::unique_ptr<Connection> connection, db::ConnectionSettings settings)
    : connection_(std::move(connection)), handle_(connection_->handle()), settings_(std::move(settings)),
      table_(util::quote_identifier(settings_.schema) + ".\"_prisma_migrations\"") {
  canceller_ = PQgetCancel(handle_);
}

PgDatabase::~PgDatabase() {
  if (canceller_ != nullptr) PQfreeCancel(canceller_);
}

void PgDatabase::set_search_path() { run("SET search_path TO " + util::quote_identifier(settings_.schema)); }

std::unique_ptr<db::Database> connect(const db::ConnectionSettings& settings) {
  auto database = std::make_unique<PgDatabase>(std::make_unique<Connection>(settings), settings);
  if (settings.set_search_path) database->set_search_path();
  return database;
}

}  // namespace qdb::pg
