#pragma once

#include <memory>

#include "db/catalog.hpp"

namespace qdb::pg {

/// Opens a catalog reader on the database `settings` point at (db::Catalog over libpqxx). It
/// sends eight queries per read() whatever the number of tables (nine per read_fingerprinted(),
/// one per fingerprint()). Throws qdb::Error(kConnection)
/// with a redacted message.
std::unique_ptr<db::Catalog> connect_catalog(const db::ConnectionSettings& settings);

}  // namespace qdb::pg
