#pragma once

// What most commands share: the connection (connection.hpp), the migrations folder
// (migration_reader.hpp) and the schema (schema_files.hpp).
#include "cli/connection.hpp"
#include "cli/migration_reader.hpp"
#include "cli/schema_files.hpp"
