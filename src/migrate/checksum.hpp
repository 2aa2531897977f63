#pragma once

#include <string>
#include <string_view>

namespace qdb::migrate {

/// The checksum Prisma records in `_prisma_migrations.checksum`: the lowercase hex SHA-256 of the
/// migration.sql file's raw bytes (64 characters).
std::string checksum_of(std::string_view bytes);

/// True when `recorded` is the checksum of `bytes` up to line endings, as Prisma decides it: the
/// checksum of the raw bytes, of the bytes with every CRLF turned into LF, or of the bytes with
/// every LF turned into CRLF. A recorded value that is neither empty nor 64 characters long is
/// compared in the legacy format of old Prisma versions, which did not zero-pad each byte.
bool checksum_matches(std::string_view recorded, std::string_view bytes);

/// Every CRLF pair replaced by a single LF; lone CR and LF bytes are kept.
std::string crlf_to_lf(std::string_view bytes);

/// Every LF replaced by CRLF, including one already preceded by CR (as Prisma does).
std::string lf_to_crlf(std::string_view bytes);

}  // namespace qdb::migrate
