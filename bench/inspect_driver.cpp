// bench/inspect.sh's driver: reads the catalog of the database at argv[1] (a DATABASE_URL-style
// URL; ?schema= picks the schema) into a model, as `db diff --from-url` will, and prints what it
// read and how many queries it took. Exit 1 with the message on any error.
#include <iostream>

#include "base/error.hpp"
#include "config/database_url.hpp"
#include "inspect/build_schema.hpp"
#include "pg/catalog_queries.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: qdb_inspect_bench URL\n";
    return 2;
  }
  try {
    qdb::config::DatabaseUrl url = qdb::config::DatabaseUrl::parse(argv[1], "URL");
    qdb::db::ConnectionSettings settings;
    settings.conninfo = url.conninfo();
    settings.redacted_url = url.redacted();
    settings.password = url.password();
    settings.schema = url.schema();
    std::unique_ptr<qdb::db::Catalog> catalog = qdb::pg::connect_catalog(settings);
    qdb::inspect::BuildOptions options;
    options.default_schema = settings.schema;
    qdb::model::Schema schema = qdb::inspect::build_schema(catalog->read({settings.schema}), options);
    size_t columns = 0, indexes = 0, keys = 0;
    for (const auto& table : schema.tables) {
      columns += table.columns.size();
      indexes += table.indexes.size();
      keys += table.foreign_keys.size();
    }
    std::cout << schema.tables.size() << " tables, " << columns << " columns, " << indexes << " indexes, " << keys
              << " foreign keys, " << schema.enums.size() << " enums in " << catalog->queries_sent() << " queries\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}
