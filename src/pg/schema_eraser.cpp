#include "pg/schema_eraser.hpp"
#include "util/sql_quote.hpp"

namespace qdb::pg {
namespace {

constexpr const char* kNamespace = "(SELECT oid FROM pg_namespace WHERE nspname = $1)";

// Objects that exist because of another object (deptype 'i'), or belong to an extension ('e'),
// are dropped together with it, never on their own.
std::string not_dependent(const std::string& catalog, const std::string& column) {
  return "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '" + catalog + "'::regclass AND d.objid = " +
         column + " AND d.deptype IN ('i', 'e'))";
}

struct Kind {
  std::string code;      // relkind, prokind, typtype
  std::string keyword;   // DROP <keyword>
  std::string label;     // in the report
};

const std::vector<Kind> kRelationKinds = {
    {"m", "MATERIALIZED VIEW", "materialized view"}, {"v", "VIEW", "view"},
    {"f", "FOREIGN TABLE", "foreign table"},         {"p", "TABLE", "table"},
    {"r", "TABLE", "table"},                         {"S", "SEQUENCE", "sequence"},
    {"c", "TYPE", "type"},
};

const std::vector<Kind> kRoutineKinds = {
    {"a", "AGGREGATE", "aggregate"}, {"p", "PROCEDURE", "procedure"},
    {"f", "FUNCTION", "function"},   {"w", "FUNCTION", "function"},
};

const std::vector<Kind> kTypeKinds = {
    {"d", "DOMAIN", "domain"}, {"e", "TYPE", "enum"}, {"r", "TYPE", "range type"},
    {"c", "TYPE", "type"},     {"b", "TYPE", "type"}, {"m", "TYPE", "type"},
};

const Kind* find_kind(const std::vector<Kind>& kinds, const std::string& code) {
  for (const Kind& k : kinds) {
    if (k.code == code) return &k;
  }
  return nullptr;
}

}  // namespace

std::vector<std::string> drop_schema_objects(const std::string& schema, const SchemaQuery& query,
                                             const StatementRunner& run) {
  std::vector<std::string> dropped;
  const std::string qualified = util::quote_identifier(schema) + ".";

  for (const auto& row : query("SELECT extname FROM pg_extension WHERE extnamespace = " + std::string(kNamespace) +
                                   " ORDER BY extname",
                               schema)) {
    run("DROP EXTENSION IF EXISTS " + util::quote_identifier(*row[0]) + " CASCADE");
    dropped.push_back("extension \"" + *row[0] + "\"");
  }

  // One kind after another, so views go before the tables they read and tables before sequences.
  for (const Kind& kind : kRelationKinds) {
    for (const auto& row : query("SELECT c.relname FROM pg_class c WHERE c.relnamespace = " + std::string(kNamespace) +
                                     " AND c.relkind = '" + kind.code + "' AND " +
                                     not_dependent("pg_class", "c.oid") + " ORDER BY c.relname",
                                 schema)) {
      run("DROP " + kind.keyword + " IF EXISTS " + qualified + util::quote_identifier(*row[0]) + " CASCADE");
      dropped.push_back(kind.label + " \"" + *row[0] + "\"");
    }
  }

  for (const auto& row : query("SELECT p.prokind::text, p.proname, pg_get_function_identity_arguments(p.oid) "
                               "FROM pg_proc p WHERE p.pronamespace = " + std::string(kNamespace) + " AND " +
                                   not_dependent("pg_proc", "p.oid") + " ORDER BY p.proname, 3",
                               schema)) {
    const Kind* kind = find_kind(kRoutineKinds, *row[0]);
    if (kind == nullptr) continue;
    run("DROP " + kind->keyword + " IF EXISTS " + qualified + util::quote_identifier(*row[1]) + "(" + *row[2] + ") CASCADE");
    dropped.push_back(kind->label + " \"" + *row[1] + "\"(" + *row[2] + ")");
  }

  for (const auto& row : query("SELECT t.typtype::text, t.typname FROM pg_type t WHERE t.typnamespace = " +
                                   std::string(kNamespace) + " AND " + not_dependent("pg_type", "t.oid") +
                                   " ORDER BY t.typname",
                               schema)) {
    const Kind* kind = find_kind(kTypeKinds, *row[0]);
    if (kind == nullptr) continue;
    run("DROP " + kind->keyword + " IF EXISTS " + qualified + util::quote_identifier(*row[1]) + " CASCADE");
    dropped.push_back(kind->label + " \"" + *row[1] + "\"");
  }

  for (const auto& row : query("SELECT c.collname FROM pg_collation c WHERE c.collnamespace = " +
                                   std::string(kNamespace) + " AND " + not_dependent("pg_collation", "c.oid") +
                                   " ORDER BY c.collname",
                               schema)) {
    run("DROP COLLATION IF EXISTS " + qualified + util::quote_identifier(*row[0]) + " CASCADE");
    dropped.push_back("collation \"" + *row[0] + "\"");
  }
  return dropped;
}

}  // namespace qdb::pg
