#pragma once

#include <string>

#include "prisma/schema.hpp"

namespace qdb::codegen {

/// Options for generate_cpp().
struct CppOptions {
  /// The namespace the declarations go in; may be nested ("app::db").
  std::string namespace_name = "db";
  /// Shown in the header ("from schema.prisma"); defaults to the schema's file names.
  std::string source_label;
};

/// One self-contained C++17 header for a validated schema (precondition: it loaded without
/// errors): an `enum class` per enum with `to_string()` and `<enum>_from_string()`, and a
/// struct per model and view with one member per column in declared order (std::optional for
/// optional fields, std::vector for lists, std::chrono::system_clock::time_point for DateTime),
/// plus `kTable` and `Column::<field>` name constants holding database names. Names that are
/// C++ keywords get a trailing underscore. Compiles cleanly with -Wall -Wextra -Werror.
std::string generate_cpp(const prisma::Schema& schema, const CppOptions& options);

/// `name` made safe as a C++ identifier: keywords and reserved names get a trailing `_`.
std::string cpp_identifier(const std::string& name);

}  // namespace qdb::codegen
