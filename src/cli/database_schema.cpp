#include "cli/database_schema.hpp"

#include "base/error.hpp"

namespace qdb::cli {

// Placeholder until the catalog inspector lands: both sources need a server and are not built yet.
model::Schema inspect_database(Context&, const std::string&) {
  throw Error(ErrorKind::kInternal, "reading a schema from a database is not implemented yet");
}

model::Schema schema_of_migrations(Context&, const std::filesystem::path&) {
  throw Error(ErrorKind::kInternal, "replaying migrations into a shadow database is not implemented yet");
}

}  // namespace qdb::cli
