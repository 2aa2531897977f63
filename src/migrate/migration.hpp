#pragma once

#include <string>

namespace qdb::migrate {

/// One migration as found on disk: `migrations/<name>/migration.sql`.
struct Migration {
  std::string name;      // the folder name, e.g. "20240102030405_init"; the history table's migration_name
  std::string path;      // the file's path relative to the project, e.g. "prisma/migrations/20240102030405_init/migration.sql"
  std::string sql;       // the file's raw bytes, valid UTF-8
  std::string checksum;  // checksum_of(sql): lowercase hex SHA-256 of the raw bytes

  bool operator==(const Migration&) const = default;
};

}  // namespace qdb::migrate
