#pragma once

#include <memory>

#include "db/database.hpp"

namespace qdb::pg {

/// Opens a connection with libpqxx. Throws qdb::Error(kConnection) with a redacted message
/// (libpq's own text scrubbed of the password) when the server cannot be reached or refuses.
std::unique_ptr<db::Database> connect(const db::ConnectionSettings& settings);

}  // namespace qdb::pg
