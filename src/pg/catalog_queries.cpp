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
#include "util/sql_quote.hpp"

namespace qdb::pg {
namespace {

// Every query takes the schemas as $1 (a text[]), so their number and the number of objects in
// them never change how many queries run. Rows come ordered by schema, table and position, so
// the builder needs no sorting of its own.

// Tables the schema language can describe: ordinary and partitioned tables, not partitions, with
// their oids (the columns query names its rows' tables by oid). The schemas asked for that exist
// come along, as rows without a table (a schema no migration created is created by the next one).
constexpr const char* kTablesSql = R"(
SELECT n.nspname, c.relname, c.oid
FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
UNION ALL
SELECT nspname, NULL, NULL FROM pg_namespace WHERE nspname = ANY($1::text[])
ORDER BY 1, 2 NULLS FIRST)";

// A default is deparsed without its table (relid 0): a default cannot refer to a column, and
// with its table pg_get_expr opens the relation (a relation cache entry for every table) for
// names it does not need. A generated column's expression refers to columns and keeps it.
// A column owns a sequence (SERIAL, OWNED BY) through an 'a' dependency; the owned sequences
// are read in one pass and joined (a lookup for each column with a default cost a fifth of the
// query); identity columns own theirs through an 'i' one and have no default. The defaults are
// joined by hashing pg_attrdef (OFFSET 0 keeps the planner from probing its index once per
// column). The column's type is its oid, resolved by kTypesSql in the other session (joining
// pg_type twice here cost a fifth of the query); its collation is its oid too, named here only
// when it is not the default one (the rare columns with COLLATE), and compared with the type's
// by qdb. No ORDER BY: sorting the wide rows cost the server more than sorting their positions
// (the last two columns, the table's oid and the column's number) costs qdb. The table is named
// by its oid (kTablesSql has its name): two names on each of thousands of rows cost the server a
// tenth of the query. format_type is left to kTypesSql for a built-in type without modifier
// (the same call, once per type instead of once per column; about two columns in three).
constexpr const char* kColumnsSql = R"(
SELECT a.attname, CASE WHEN a.atttypmod <> -1 OR a.atttypid >= 16384 THEN format_type(a.atttypid, a.atttypmod) END,
       a.atttypid,
       a.attnotnull, pg_get_expr(d.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE d.adrelid END),
       a.attidentity, a.attgenerated, owned.name, a.attcollation,
       CASE WHEN a.attcollation NOT IN (0, 100) THEN (
         SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
         FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END,
       c.oid, a.attnum
FROM pg_namespace n
JOIN pg_class c ON c.relnamespace = n.oid
JOIN pg_attribute a ON a.attrelid = c.oid
LEFT JOIN (SELECT adrelid, adnum, adbin FROM pg_attrdef OFFSET 0) d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN (SELECT dep.refobjid, dep.refobjsubid, min(s.relname) AS name
           FROM pg_class s JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = s.oid
           WHERE s.relkind = 'S' AND dep.refclassid = 'pg_class'::regclass AND dep.deptype = 'a'
           GROUP BY 1, 2) owned ON owned.refobjid = c.oid AND owned.refobjsubid = a.attnum AND d.adbin IS NOT NULL
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND a.attnum > 0 AND NOT a.attisdropped)";

// Every type, for the columns' type oids: the element type's schema and name (the type itself
// when it is no array), whether that is an enum, whether the type is an array, its collation,
// and for a built-in type its format_type without modifier (kColumnsSql leaves that one out).
// All of pg_type (about two rows per table) costs less than finding the ones in use.
constexpr const char* kTypesSql = R"(
SELECT t.oid, en.nspname, et.typname, et.typtype = 'e', t.typcategory = 'A' AND t.typelem <> 0, t.typcollation,
       CASE WHEN t.oid < 16384 THEN format_type(t.oid, -1) END
FROM pg_type t
JOIN pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
JOIN pg_namespace en ON en.oid = et.typnamespace)";

// indkey, indoption and indclass are 0-based vectors; key positions past indnkeyatts are INCLUDE
// columns. The table is its oid and a key column its number: qdb names both from the tables and
// columns the other session read in the same snapshot (looking the column up here cost an index
// probe per row, a third of the query). No ORDER BY: qdb sorts the rows by the table's oid, the
// index's name and the position. indnullsnotdistinct exists from PostgreSQL
// 15 on: older servers get `false` in its place (kNullsNotDistinct).
constexpr const char* kNullsNotDistinct = "i.indnullsnotdistinct";
constexpr const char* kIndexColumnsSql = R"(
SELECT c.oid, k.attnum, ic.relname, i.indisunique, i.indisprimary, coalesce(con.contype::text, ''),
       am.amname, pg_get_expr(i.indpred, i.indrelid), i.indnullsnotdistinct,
       k.pos, k.pos > i.indnkeyatts,
       CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.pos::int, true) ELSE '' END,
       CASE WHEN k.pos <= i.indnkeyatts THEN (i.indoption[(k.pos - 1)::int]::int & 1) = 1 ELSE false END,
       CASE WHEN k.pos <= i.indnkeyatts THEN (i.indoption[(k.pos - 1)::int]::int & 2) = 2 ELSE false END,
       CASE WHEN k.pos <= i.indnkeyatts AND NOT oc.opcdefault THEN oc.opcname ELSE '' END
FROM pg_namespace n
JOIN pg_class c ON c.relnamespace = n.oid
JOIN pg_index i ON i.indrelid = c.oid
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, pos)
LEFT JOIN pg_opclass oc ON oc.oid = i.indclass[(k.pos - 1)::int]
LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = c.oid AND con.contype IN ('p', 'u', 'x')
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND NOT c.relispartition)";

// A key column's name is looked up by its number on each side: joined, the planner hashed every
// column of both tables once per constraint (58 of 76 ms on 2000 foreign keys).
constexpr const char* kForeignKeysSql = R"(
SELECT n.nspname, c.relname, con.conname, k.pos,
       (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = con.conrelid AND a.attnum = k.attnum),
       rn.nspname, rc.relname,
       (SELECT ra.attname FROM pg_attribute ra WHERE ra.attrelid = con.confrelid AND ra.attnum = k.refnum),
       con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred
FROM pg_namespace n
JOIN pg_class c ON c.relnamespace = n.oid
JOIN pg_constraint con ON con.conrelid = c.oid
JOIN pg_class rc ON rc.oid = con.confrelid
JOIN pg_namespace rn ON rn.oid = rc.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, refnum, pos)
WHERE con.contype = 'f' AND n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
ORDER BY c.oid, con.conname, k.pos)";

constexpr const char* kChecksSql = R"(
SELECT n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid, true)
FROM pg_namespace n
JOIN pg_class c ON c.relnamespace = n.oid
JOIN pg_constraint con ON con.conrelid = c.oid
WHERE con.contype = 'c' AND n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
ORDER BY 1, 2, 3)";

constexpr const char* kEnumValuesSql = R"(
SELECT n.nspname, t.typname, e.enumlabel
FROM pg_enum e
JOIN pg_type t ON t.oid = e.enumtypid
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY($1::text[])
ORDER BY 1, 2, e.enumsortorder)";

// Objects that belong to an extension (its functions, types, ...) are the extension's: only the
// extension itself is listed. A sequence a column owns (SERIAL or identity) is the column's.
// Exclusion constraints, partitioning (the key of a partitioned table, each partition and its
// bounds), comments on tables, columns and types, and collations are listed as objects too (and
// the columns that use a collation other than their type's, from the columns query): the schema
// language has none of them, and a migration must keep them. A partition inherits its parent's columns and keys, so it is listed
// with its bounds only, never as a table.
constexpr const char* kObjectsSql = R"(
WITH member AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e')
SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END, n.nspname, c.relname, '',
       pg_get_viewdef(c.oid, true)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('v', 'm')
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END, n.nspname,
       p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', '', pg_get_functiondef(p.oid)
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY($1::text[]) AND p.prokind IN ('f', 'p')
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
UNION ALL
SELECT 'trigger', n.nspname, t.tgname, c.relname, pg_get_triggerdef(t.oid, true)
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[]) AND NOT t.tgisinternal AND t.tgparentid = 0
UNION ALL
SELECT 'extension', n.nspname, x.extname, '', x.extversion
FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
WHERE n.nspname = ANY($1::text[])
UNION ALL
SELECT 'sequence', n.nspname, c.relname, '', format_type(s.seqtypid, NULL)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_sequence s ON s.seqrelid = c.oid
WHERE n.nspname = ANY($1::text[]) AND c.relkind = 'S'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                  AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i'))
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
UNION ALL
SELECT CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'type' END, n.nspname, t.typname, '',
       CASE t.typtype WHEN 'd' THEN format_type(t.typbasetype, t.typtypmod) WHEN 'r' THEN 'range' ELSE 'composite' END
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_class tc ON tc.oid = t.typrelid
WHERE n.nspname = ANY($1::text[]) AND (t.typtype IN ('d', 'r') OR (t.typtype = 'c' AND tc.relkind = 'c'))
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.oid)
UNION ALL
SELECT 'exclusion constraint', n.nspname, con.conname, c.relname, pg_get_constraintdef(con.oid, true)
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[]) AND con.contype = 'x' AND con.conparentid = 0
UNION ALL
SELECT 'partition key', n.nspname, c.relname, c.relname, pg_get_partkeydef(c.oid)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[]) AND c.relkind = 'p'
UNION ALL
SELECT 'partition', n.nspname, c.relname, p.relname, pg_get_expr(c.relpartbound, c.oid)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_inherits i ON i.inhrelid = c.oid JOIN pg_class p ON p.oid = i.inhparent
WHERE n.nspname = ANY($1::text[]) AND c.relispartition AND c.relkind IN ('r', 'p')
UNION ALL
SELECT 'comment', n.nspname, c.relname || coalesce('.' || a.attname, ''), c.relname, d.description
FROM pg_description d JOIN pg_class c ON c.oid = d.objoid JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0
WHERE d.classoid = 'pg_class'::regclass AND n.nspname = ANY($1::text[])
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
UNION ALL
SELECT 'comment', n.nspname, t.typname, '', d.description
FROM pg_description d JOIN pg_type t ON t.oid = d.objoid JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE d.classoid = 'pg_type'::regclass AND n.nspname = ANY($1::text[])
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.oid)
UNION ALL
SELECT 'collation', n.nspname, co.collname, '',
       CASE co.collprovider WHEN 'i' THEN 'icu ' WHEN 'c' THEN 'libc ' ELSE '' END ||
       coalesce(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale', co.collcollate, '')
FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace
WHERE n.nspname = ANY($1::text[])
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_collation'::regclass AND m.objid = co.oid)
ORDER BY 1, 2, 3)";

// The catalog's fingerprint (db::Catalog::fingerprint): for each catalog the inspector reads, the
// number of rows of objects made after initdb (oid >= FirstNormalObjectId, 16384) and the sum of
// their xmin, as age(xmin) - age(3) = 3 - xmin (age() alone counts from the newest transaction,
// which moves with every write anywhere on the server; past 2^31 transactions the difference
// wraps and the fingerprint changes from run to run: a cache miss, never a false match). Creating, altering or
// dropping anything writes new row versions (new xmin) or deletes rows: a deletion changes the
// count, and with the count unchanged every new version, newer than every row it replaces,
// changes the sum. Only in-place updates (VACUUM's statistics in pg_class) keep xmin, and the
// inspector reads none of those. The database's oid and the server's start time make a
// recreated database or a restarted (upgraded, restored) server another fingerprint. Built-in
// objects (oid below 16384) are left out: changing them takes a superuser's ALTER of pg_catalog.
constexpr const char* kFingerprintSql = R"(
SELECT concat_ws(' ', (SELECT oid FROM pg_database WHERE datname = current_database()),
  extract(epoch FROM pg_postmaster_start_time()),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_namespace WHERE oid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_class WHERE oid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_attribute WHERE attrelid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_attrdef WHERE oid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_type WHERE oid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_enum WHERE oid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_index WHERE indexrelid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_constraint WHERE oid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_depend WHERE objid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_proc WHERE oid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_trigger WHERE oid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_extension WHERE oid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_sequence WHERE seqrelid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_rewrite WHERE oid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_opclass WHERE oid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_am WHERE oid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_description WHERE objoid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_inherits WHERE inhrelid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_collation WHERE oid >= 16384),
  (SELECT count(*) || ':' || coalesce(sum(age(xmin)::bigint - age('3'::xid)), 0) FROM pg_partitioned_table WHERE partrelid >= 16384)))";

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

// The types, keys, constraints, enums and objects: the second session's share of a read (about
// half of the server's work; the tables and columns are the other half).
void read_keys_and_objects(AdminConnection& connection, const std::vector<std::string>& parameters,
                           db::CatalogRows& out, Types& types, std::vector<ColumnKey>& index_keys) {
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
  for (auto& r : connection.query(kObjectsSql, parameters)) {
    out.objects.push_back({text(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4])});
  }
}

// A column's type and collation, until the types are read.
struct ColumnType {
  std::uint32_t type = 0;
  std::uint32_t collation = 0;
  std::optional<std::string> collation_name;  // for collations other than the default one
};

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
      auto found = table_oids.find(position.first);
      if (found == table_oids.end()) {
        throw Error(ErrorKind::kInternal, "the catalog listed a column of table oid " + std::to_string(position.first) +
                                              ", which the tables query did not list");
      }
      table = &out.tables[found->second];
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
    auto table = table_oids.find(table_oid);
    if (table == table_oids.end()) {
      throw Error(ErrorKind::kInternal, "the catalog listed index \"" + row.index + "\" of table oid " +
                                            std::to_string(table_oid) + ", which the tables query did not list");
    }
    row.schema = out.tables[table->second].schema;
    row.table = out.tables[table->second].name;
    if (attnum == 0) continue;  // an expression
    auto column = std::lower_bound(column_keys.begin(), column_keys.end(), index_keys[i]);
    if (column == column_keys.end() || *column != index_keys[i]) {
      throw Error(ErrorKind::kInternal, "the catalog listed column " + std::to_string(attnum) + " of table \"" +
                                            row.table + "\" in index \"" + row.index + "\", but no such column");
    }
    row.column = out.columns[static_cast<std::size_t>(column - column_keys.begin())].name;
  }
}

// The objects query's rows are ordered by kind, schema and name; the column collations go where
// their kind sorts (after "collation", before "comment"), by schema and name.
void add_column_collations(std::vector<db::ObjectRow> collated, std::vector<db::ObjectRow>& objects) {
  if (collated.empty()) return;
  std::sort(collated.begin(), collated.end(), [](const db::ObjectRow& a, const db::ObjectRow& b) {
    return std::tie(a.schema, a.name) < std::tie(b.schema, b.name);
  });
  auto at = std::find_if(objects.begin(), objects.end(),
                         [](const db::ObjectRow& row) { return row.kind > std::string_view("column collation"); });
  objects.insert(at, std::make_move_iterator(collated.begin()), std::make_move_iterator(collated.end()));
}

class PgCatalog final : public db::Catalog {
 public:
  explicit PgCatalog(const db::ConnectionSettings& settings) : settings_(settings), connection_(settings) {}

  db::CatalogRows read(const std::vector<std::string>& schemas) override { return read_rows(schemas, false); }

  db::CatalogRows read_fingerprinted(const std::vector<std::string>& schemas) override {
    return read_rows(schemas, true);
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
  db::CatalogRows read_rows(const std::vector<std::string>& schemas, bool with_fingerprint) {
    const std::vector<std::string> parameters = {text_array(schemas)};
    db::CatalogRows out;
    connection_.execute(std::string(kBeginSql) + "; " + kWorkMemSql);
    const bool through_pooler = settings_.set_search_path;  // ?pgbouncer=true
    std::optional<std::string> snapshot = through_pooler ? std::nullopt : export_snapshot();
    db::CatalogRows shared;
    Types types;
    std::vector<ColumnKey> index_keys;
    bool shared_read = false;
    std::thread second;
    if (snapshot) {
      second = std::thread([&] {
        try {
          AdminConnection connection(settings_);
          connection.execute(std::string(kBeginSql) + "; SET TRANSACTION SNAPSHOT " + util::quote_literal(*snapshot) +
                             "; " + kWorkMemSql);
          read_keys_and_objects(connection, parameters, shared, types, index_keys);
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
      for (auto& r : connection_.query(kTablesSql, parameters)) {
        if (!r[1]) {
          out.namespaces->push_back(take(r[0]));
          continue;
        }
        table_oids.emplace(oid(r[2]), out.tables.size());
        out.tables.push_back({take(r[0]), take(r[1])});
      }
      std::vector<ColumnType> column_types;
      std::vector<ColumnKey> column_keys;
      add_columns(connection_.query_in_place(kColumnsSql, parameters), table_oids, out, column_types, column_keys);
      if (with_fingerprint) out.fingerprint = fingerprint();
      if (second.joinable()) second.join();
      if (!shared_read) read_keys_and_objects(connection_, parameters, shared, types, index_keys);
      std::vector<db::ObjectRow> collated;
      resolve_types(types, column_types, out, collated);
      out.index_columns = std::move(shared.index_columns);
      name_index_columns(index_keys, column_keys, table_oids, out);
      out.foreign_key_columns = std::move(shared.foreign_key_columns);
      out.checks = std::move(shared.checks);
      out.enum_values = std::move(shared.enum_values);
      out.objects = std::move(shared.objects);
      add_column_collations(std::move(collated), out.objects);
    } catch (...) {
      if (second.joinable()) second.join();
      throw;
    }
    connection_.execute("COMMIT");
    return out;
  }

  // The snapshot's name for a second session, or nothing when the server will not export one.
  // A failed export ends the transaction: it starts again.
  std::optional<std::string> export_snapshot() {
    try {
      return text(connection_.query("SELECT pg_export_snapshot()").at(0)[0]);
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
