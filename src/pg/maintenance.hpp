#pragma once

#include <memory>

#include "db/database.hpp"

namespace qdb::pg {

/// Connects to the maintenance database `postgres` of the server `settings` point at, with the
/// same user, password and connection parameters. Throws qdb::Error(kConnection).
std::unique_ptr<db::Maintenance> connect_maintenance(const db::ConnectionSettings& settings);

}  // namespace qdb::pg
