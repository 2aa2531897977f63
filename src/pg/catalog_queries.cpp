#include "pg/catalog_queries.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "base/error.hpp"
#include "pg/admin.hpp"
#include "pg/catalog_sql.hpp"
#include "util/heap.hpp"
#include "util/sql_quote.hpp"

namespace qdb::pg {
namespace {

using namespace catalog_sql;

// A text[] literal: every element double-quoted, with " and \ escaped.
std::string text_array(const std::vector<std::string>& values) {
  std::string out = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    out += i ? ",\"" : "\"";
    for (char c : values[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

// Values of the small queries' rows (Rows)...
std::string text(const std::optional<std::string>& value) { return value.value_or(""); }
std::string take(std::optional<std::string>& value) { return value ? std::move(*value) : std::string(); }

// ... and of the large ones', read in place (ResultRows).
using Value = std::optional<std::string_view>;
std::string text(Value value) { return value ? std::string(*value) : std::string(); }
std::optional<std::string> optional_text(Value value) {
  return value ? std::optional<std::string>(std::in_place, *value) : std::nullopt;
}
bool flag(Value value) { return value && *value == "t"; }
char letter(Value value) { return value && !value->empty() ? value->front() : '\0'; }
template <typename Number>
Number parse_number(Value value) {
  Number n = 0;
  if (value && std::from_chars(value->data(), value->data() + value->size(), n).ec != std::errc()) {
    throw Error(ErrorKind::kInternal, "the catalog sent \"" + std::string(*value) + "\" where a number belongs");
  }
  return n;
}
int number(Value value) { return parse_number<int>(value); }

std::string count_sql(const db::DataQuestion& question) {
  using K = db::DataQuestion::Kind;
  const std::string table = util::quote_identifier(question.schema) + "." + util::quote_identifier(question.table);
  switch (question.kind) {
    case K::kRows: return "SELECT count(*) FROM " + table;
    case K::kNonNullValues:
      return "SELECT count(*) FROM " + table + " WHERE " + util::quote_identifier(question.columns.at(0)) +
             " IS NOT NULL";
    case K::kNullValues:
      return "SELECT count(*) FROM " + table + " WHERE " + util::quote_identifier(question.columns.at(0)) + " IS NULL";
    case K::kDuplicateGroups: {
      std::string columns;
      std::string present;
      for (const std::string& column : question.columns) {
        columns += (columns.empty() ? "" : ", ") + util::quote_identifier(column);
        present += (present.empty() ? "" : " AND ") + util::quote_identifier(column) + " IS NOT NULL";
      }
      return "SELECT count(*) FROM (SELECT 1 FROM " + table + " WHERE " + present + " GROUP BY " + columns +
             " HAVING count(*) > 1) AS duplicates";
    }
  }
  return "SELECT 0";
}

// The statements that start a session's share of a read: one snapshot for all queries, so that
// DDL committed meanwhile cannot tear the rows apart, and room to sort the wide rows of a large
// schema in memory. The planner keeps choosing the join order: fixed to the written one
// (join_collapse_limit = 1) it planned less, but on catalogs not analyzed since many tables were
// made (a shadow database after its replay) the foreign keys query became a nested loop over
// pg_class per constraint, 0.65 s on 1000 tables.
constexpr const char* kBeginSql = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
// Tables, columns, types, index keys, foreign keys, checks, enum values, objects.
constexpr int kQueriesPerRead = 8;
constexpr const char* kWorkMemSql = "SET LOCAL work_mem = '64MB'";

// What the columns need of their types (kTypesSql), by type oid.
struct TypeInfo {
  std::string element_schema;
  std::string element_name;
  bool element_is_enum = false;
  bool array = false;
  std::uint32_t collation = 0;
  std::optional<std::string> formatted;  // format_type(oid, -1), for built-in types only
};
using Types = std::unordered_map<std::uint32_t, TypeInfo>;

// A column by its table's oid and its number (attnum); 0 for an index's expression.
using ColumnKey = std::pair<std::uint32_t, int>;

std::uint32_t oid(const std::optional<std::string>& value) {
  return value ? static_cast<std::uint32_t>(std::stoul(*value)) : 0;
}
std::uint32_t oid(Value value) { return parse_number<std::uint32_t>(value); }

Types read_types(AdminConnection& connection) {
  Types types;
  const ResultRows rows = connection.query_in_place(kTypesSql);
  types.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto r = [&](std::size_t column) { return rows.get(i, column); };
    types.emplace(oid(r(0)), TypeInfo{text(r(1)), text(r(2)), flag(r(3)), flag(r(4)), oid(r(5)), optional_text(r(6))});
  }
  return types;
}

// The objects query: every object outside the schema language, or only the views and those that
// put a warning in the pulled schema (db::ReadScope::all_objects).
std::string objects_sql(const db::ReadScope& scope) {
  return std::string(kObjectsWith) + kViewObjects + kModelNoteObjects + (scope.all_objects ? kOtherObjects : "") +
         kObjectsOrder;
}

// The types, keys, constraints, enums and objects: the second session's share of a read (about
// half of the server's work; the tables and columns are the other half).
void read_keys_and_objects(AdminConnection& connection, const std::vector<std::string>& parameters,
                           const db::ReadScope& scope, db::CatalogRows& out, Types& types,
                           std::vector<ColumnKey>& index_keys) {
  types = read_types(connection);
  std::string index_sql = kIndexColumnsSql;
  if (connection.server_version() < 150000) {
    index_sql.replace(index_sql.find(kNullsNotDistinct), std::string(kNullsNotDistinct).size(), "false");
  }
  const ResultRows index_rows = connection.query_in_place(index_sql, parameters);
  // By table, index name (a `name`: compared bytewise, as the server orders it) and position.
  struct Key {
    std::uint32_t table_oid;
    std::string_view index;
    int position;
    std::size_t row;
    bool operator<(const Key& other) const {
      return std::tie(table_oid, index, position) < std::tie(other.table_oid, other.index, other.position);
    }
  };
  std::vector<Key> order;
  order.reserve(index_rows.size());
  for (std::size_t i = 0; i < index_rows.size(); ++i) {
    order.push_back({oid(index_rows.get(i, 0)), index_rows.get(i, 2).value_or(""), number(index_rows.get(i, 9)), i});
  }
  std::sort(order.begin(), order.end());
  out.index_columns.reserve(index_rows.size());
  index_keys.reserve(index_rows.size());
  for (const Key& key : order) {
    auto r = [&](std::size_t column) { return index_rows.get(key.row, column); };
    // The table's and the column's names come later, from name_index_columns().
    index_keys.push_back({key.table_oid, number(r(1))});
    out.index_columns.push_back({"", "", std::string(key.index), flag(r(3)), flag(r(4)), letter(r(5)), text(r(6)),
                                 optional_text(r(7)), flag(r(8)), key.position, flag(r(10)), "", text(r(11)),
                                 flag(r(12)), flag(r(13)), text(r(14))});
  }
  const ResultRows keys = connection.query_in_place(kForeignKeysSql, parameters);
  out.foreign_key_columns.reserve(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    auto r = [&](std::size_t column) { return keys.get(i, column); };
    out.foreign_key_columns.push_back({text(r(0)), text(r(1)), text(r(2)), number(r(3)), text(r(4)), text(r(5)),
                                       text(r(6)), text(r(7)), letter(r(8)), letter(r(9)), flag(r(10)), flag(r(11))});
  }
  for (auto& r : connection.query(kChecksSql, parameters)) {
    out.checks.push_back({text(r[0]), text(r[1]), text(r[2]), text(r[3])});
  }
  for (auto& r : connection.query(kEnumValuesSql, parameters)) {
    out.enum_values.push_back({text(r[0]), text(r[1]), text(r[2])});
  }
  for (auto& r : connection.query(objects_sql(scope), parameters)) {
    out.objects.push_back({text(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4])});
  }
}

// The columns query, with the defaults' text or their stand-ins (db::ReadScope::expressions).
std::string columns_sql(const db::ReadScope& scope) {
  std::string sql = kColumnsSql;
  if (!scope.expressions) {
    const std::string_view text = kDefaultText;
    sql.replace(sql.find(text), text.size(), kDefaultStandIn);
    const std::string_view owned = kOwnedSequence;
    sql.replace(sql.find(owned), owned.size(), "NULL");
  }
  return sql;
}

// A column's type and collation, until the types are read.
struct ColumnType {
  std::uint32_t type = 0;
  std::uint32_t collation = 0;
  std::optional<std::string> collation_name;  // for collations other than the default one
};

// The table the tables query read under `table_oid` (out.tables' positions by oid).
const db::TableRow& table_of(const std::unordered_map<std::uint32_t, std::size_t>& table_oids,
                             const db::CatalogRows& out, std::uint32_t table_oid) {
  auto found = table_oids.find(table_oid);
  if (found == table_oids.end()) {
    throw Error(ErrorKind::kInternal, "the catalog listed a column or index of table oid " + std::to_string(table_oid) +
                                          ", which the tables query did not list");
  }
  return out.tables[found->second];
}

// The columns in each table's order (the query leaves the order to qdb: by the table's oid, then
// the column's number), their tables named from `table_oids` (out.tables' positions by oid, in
// the same snapshot); `types` receives each column's type and collation, by position, for
// resolve_types() once kTypesSql has answered.
void add_columns(const ResultRows& rows, const std::unordered_map<std::uint32_t, std::size_t>& table_oids,
                 db::CatalogRows& out, std::vector<ColumnType>& types, std::vector<ColumnKey>& keys) {
  std::vector<std::pair<ColumnKey, std::size_t>> order;
  order.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) order.push_back({{oid(rows.get(i, 10)), number(rows.get(i, 11))}, i});
  std::sort(order.begin(), order.end());
  out.columns.reserve(rows.size());
  types.reserve(rows.size());
  const db::TableRow* table = nullptr;
  std::uint32_t table_oid = 0;
  for (const auto& [position, i] : order) {
    auto r = [&rows, row = i](std::size_t column) { return rows.get(row, column); };
    if (!table || position.first != table_oid) {
      table = &table_of(table_oids, out, position.first);
      table_oid = position.first;
    }
    keys.push_back(position);
    types.push_back({oid(r(2)), oid(r(8)), optional_text(r(9))});
    db::ColumnRow column;
    column.schema = table->schema;
    column.table = table->name;
    column.name = text(r(0));
    column.formatted_type = text(r(1));  // "" for a built-in type without modifier: resolve_types()
    column.not_null = flag(r(3));
    column.default_sql = optional_text(r(4));
    column.identity = letter(r(5));
    column.generated = letter(r(6));
    column.owned_sequence = optional_text(r(7));
    out.columns.push_back(std::move(column));
  }
}

// Fills in each column's element type, and lists the columns whose collation is not their
// type's as objects, in `collated`. The default collation (oid 100) is pg_catalog."default".
void resolve_types(const Types& types, const std::vector<ColumnType>& column_types, db::CatalogRows& out,
                   std::vector<db::ObjectRow>& collated) {
  for (std::size_t i = 0; i < out.columns.size(); ++i) {
    db::ColumnRow& column = out.columns[i];
    const ColumnType& known = column_types[i];
    auto found = types.find(known.type);
    if (found == types.end()) {
      throw Error(ErrorKind::kDatabaseState, "the type of column \"" + column.name + "\" of table \"" + column.table +
                                                 "\" (oid " + std::to_string(known.type) + ") is not in pg_type");
    }
    const TypeInfo& type = found->second;
    if (column.formatted_type.empty()) {
      if (!type.formatted) {
        throw Error(ErrorKind::kInternal, "the catalog gave no type name for column \"" + column.name +
                                              "\" of table \"" + column.table + "\"");
      }
      column.formatted_type = *type.formatted;
    }
    column.element_schema = type.element_schema;
    column.element_name = type.element_name;
    column.element_is_enum = type.element_is_enum;
    column.array_dimensions = type.array ? 1 : 0;
    if (known.collation != type.collation) {
      const std::string name = known.collation == 100 ? "pg_catalog.\"default\"" : known.collation_name.value_or("");
      collated.push_back({"column collation", column.schema, column.table + "." + column.name, column.table, name});
    }
  }
}

// Names each index row's table and key column from the tables and columns of the same snapshot:
// `index_keys` holds each row's table oid and column number, `column_keys` each column's, in
// out.columns' order (sorted).
void name_index_columns(const std::vector<ColumnKey>& index_keys, const std::vector<ColumnKey>& column_keys,
                        const std::unordered_map<std::uint32_t, std::size_t>& table_oids, db::CatalogRows& out) {
  for (std::size_t i = 0; i < out.index_columns.size(); ++i) {
    db::IndexColumnRow& row = out.index_columns[i];
    const auto [table_oid, attnum] = index_keys[i];
    const db::TableRow& table = table_of(table_oids, out, table_oid);
    row.schema = table.schema;
    row.table = table.name;
    if (attnum == 0) continue;  // an expression
    auto column = std::lower_bound(column_keys.begin(), column_keys.end(), index_keys[i]);
    if (column == column_keys.end() || *column != index_keys[i]) {
      throw Error(ErrorKind::kInternal, "the catalog listed column " + std::to_string(attnum) + " of table \"" +
                                            row.table + "\" in index \"" + row.index + "\", but no such column");
    }
    row.column = out.columns[static_cast<std::size_t>(column - column_keys.begin())].name;
  }
}

// Puts `rows`, all of one kind and read by another query than the objects' (the column
// collations, row level security), among the objects in the objects query's order: where their
// kind sorts, by schema and name.
void add_objects(std::vector<db::ObjectRow> rows, std::vector<db::ObjectRow>& objects) {
  if (rows.empty()) return;
  std::sort(rows.begin(), rows.end(), [](const db::ObjectRow& a, const db::ObjectRow& b) {
    return std::tie(a.schema, a.name) < std::tie(b.schema, b.name);
  });
  const std::string kind = rows.front().kind;
  auto at = std::find_if(objects.begin(), objects.end(), [&kind](const db::ObjectRow& row) { return row.kind > kind; });
  objects.insert(at, std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
}

class PgCatalog final : public db::Catalog {
 public:
  explicit PgCatalog(const db::ConnectionSettings& settings) : settings_(settings), connection_(settings) {}

  db::CatalogRows read(const std::vector<std::string>& schemas, const db::ReadScope& scope) override {
    return read_rows(schemas, scope, false);
  }

  db::CatalogRows read_fingerprinted(const std::vector<std::string>& schemas) override {
    return read_rows(schemas, db::ReadScope{}, true);
  }

  std::string fingerprint() override {
    ++queries_;
    return text(connection_.query(kFingerprintSql).at(0)[0]);
  }

  std::vector<std::int64_t> count(const std::vector<db::DataQuestion>& questions) override {
    if (questions.empty()) return {};
    std::string sql = "SELECT ";
    for (size_t i = 0; i < questions.size(); ++i) sql += (i ? ",\n  (" : "(") + count_sql(questions[i]) + ")";
    Rows rows = connection_.query(sql);
    std::vector<std::int64_t> out;
    for (const auto& value : rows.at(0)) out.push_back(value ? std::stoll(*value) : 0);
    return out;
  }

  int queries_sent() const override { return queries_; }

 private:
  // Two sessions read at once, in one snapshot: this one the tables and columns, a second one
  // (its own connection, on a thread) the types, keys, constraints, enums and objects. The server
  // answers each session on its own core, and qdb converts one's rows while the other still
  // works. The second session imports the first one's snapshot (pg_export_snapshot), so both see
  // the same catalog. When the server cannot export a snapshot or the second connection or the
  // import fails (a connection limit, a pooler that refuses it), this session reads that share
  // too, after its own: the same rows, one session's time. Through a pooler (?pgbouncer=true)
  // one session reads everything: behind a pool of one server connection the second session's
  // BEGIN would wait for the first one's transaction, which waits for the second session.
  db::CatalogRows read_rows(const std::vector<std::string>& schemas, const db::ReadScope& scope,
                            bool with_fingerprint) {
    const std::vector<std::string> parameters = {text_array(schemas)};
    db::CatalogRows out;
    connection_.execute(std::string(kBeginSql) + "; " + kWorkMemSql);
    const bool through_pooler = settings_.set_search_path;  // ?pgbouncer=true
    std::optional<Snapshot> snapshot = through_pooler ? std::nullopt : export_snapshot();
    db::CatalogRows shared;
    Types types;
    std::vector<ColumnKey> index_keys;
    bool shared_read = false;
    std::thread second;
    if (snapshot) {
      // The second session's rows take about four times pg_class's size (2000 tables: 2.7 MB,
      // and 7.5 MB of rows in small pieces): its thread's heap is prepared as the main one's
      // (util/heap.hpp; it does nothing for a small catalog). generate-types --from-db on 2000
      // tables 0.93 of the binary without it.
      const std::size_t second_bytes = snapshot->catalog_bytes * 4;
      util::size_next_arena_for(second_bytes);
      second = std::thread([&, second_bytes] {
        util::prepare_heap_for(second_bytes);
        try {
          AdminConnection connection(settings_);
          connection.execute(std::string(kBeginSql) + "; SET TRANSACTION SNAPSHOT " + util::quote_literal(snapshot->name) +
                             "; " + kWorkMemSql);
          read_keys_and_objects(connection, parameters, scope, shared, types, index_keys);
          connection.execute("COMMIT");
          shared_read = true;
        } catch (const std::exception&) {
          shared = {};  // read again below, where an error is reported
          types.clear();
          index_keys.clear();
        }
      });
    }
    try {
      queries_ += kQueriesPerRead;
      out.namespaces.emplace();
      std::unordered_map<std::uint32_t, std::size_t> table_oids;
      std::vector<db::ObjectRow> row_level_security;
      for (auto& r : connection_.query(kTablesSql, parameters)) {
        if (!r[1]) {
          out.namespaces->push_back(take(r[0]));
          continue;
        }
        table_oids.emplace(oid(r[2]), out.tables.size());
        out.tables.push_back({take(r[0]), take(r[1])});
        if (r[3] && *r[3] == "t") {
          const db::TableRow& table = out.tables.back();
          row_level_security.push_back(
              {"row level security", table.schema, table.name, table.name, r[4] && *r[4] == "t" ? "FORCE" : ""});
        }
      }
      // What follows (the rows, the model, and for generate-types a schema's text, syntax tree and
      // validated schema) takes about 16 KB a table in many small pieces: the heap grows in one
      // step, backed by huge pages (2000 tables: 3300 page faults instead of 11,000).
      util::prepare_heap_for(out.tables.size() * 16384);
      std::vector<ColumnType> column_types;
      std::vector<ColumnKey> column_keys;
      add_columns(connection_.query_in_place(columns_sql(scope), parameters), table_oids, out, column_types, column_keys);
      if (with_fingerprint) out.fingerprint = fingerprint();
      if (second.joinable()) second.join();
      if (!shared_read) read_keys_and_objects(connection_, parameters, scope, shared, types, index_keys);
      std::vector<db::ObjectRow> collated;
      resolve_types(types, column_types, out, collated);
      out.index_columns = std::move(shared.index_columns);
      name_index_columns(index_keys, column_keys, table_oids, out);
      out.foreign_key_columns = std::move(shared.foreign_key_columns);
      out.checks = std::move(shared.checks);
      out.enum_values = std::move(shared.enum_values);
      out.objects = std::move(shared.objects);
      add_objects(std::move(collated), out.objects);
      add_objects(std::move(row_level_security), out.objects);
    } catch (...) {
      if (second.joinable()) second.join();
      throw;
    }
    connection_.execute("COMMIT");
    return out;
  }

  struct Snapshot {
    std::string name;
    std::size_t catalog_bytes = 0;  // the size of pg_class, for the second session's heap
  };

  // The snapshot's name for a second session, or nothing when the server will not export one.
  // A failed export ends the transaction: it starts again.
  std::optional<Snapshot> export_snapshot() {
    try {
      const auto row = connection_.query("SELECT pg_export_snapshot(), pg_relation_size('pg_catalog.pg_class')").at(0);
      return Snapshot{text(row[0]), parse_number<std::size_t>(row[1] ? Value(*row[1]) : Value())};
    } catch (const Error&) {
      connection_.execute("ROLLBACK");
      connection_.execute(std::string(kBeginSql) + "; " + kWorkMemSql);
      return std::nullopt;
    }
  }

  db::ConnectionSettings settings_;
  AdminConnection connection_;
  int queries_ = 0;
};

}  // namespace

std::unique_ptr<db::Catalog> connect_catalog(const db::ConnectionSettings& settings) {
  return std::make_unique<PgCatalog>(settings);
}

}  // namespace qdb::pg
