#pragma once

// The SQL text of the catalog inspector (pg/catalog_queries.cpp): what each query reads and why it
// is written the way it is. Only catalog_queries.cpp includes this.

namespace qdb::pg::catalog_sql {

// Every query takes the schemas as $1 (a text[]), so their number and the number of objects in
// them never change how many queries run. The rows handed to the builder are ordered by schema,
// table and position (by the server, or by catalog_queries.cpp where sorting there costs less),
// so the builder needs no sorting of its own.

// Tables the schema language can describe: ordinary and partitioned tables, not partitions, with
// their oids (the columns query names its rows' tables by oid). The schemas asked for that exist
// come along, as rows without a table (a schema no migration created is created by the next one).
// Whether a table has row level security on (and forced) comes from here too: qdb makes it an
// object of the model (a query of its own would scan pg_class again: 3 ms on 2000 tables).
inline constexpr const char* kTablesSql = R"(
SELECT n.nspname, c.relname, c.oid, c.relrowsecurity, c.relforcerowsecurity
FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
UNION ALL
SELECT nspname, NULL, NULL, NULL, NULL FROM pg_namespace WHERE nspname = ANY($1::text[])
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
// A read without expressions (db::ReadScope) replaces kDefaultText with kDefaultStandIn and
// kOwnedSequence with NULL: the planner then leaves out the owned sequences' join (its rows are
// unique by column and nothing reads them) and pg_attrdef's node trees (4.5 MB on 2000 tables).
inline constexpr const char* kDefaultText =
    "pg_get_expr(d.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE d.adrelid END)";
inline constexpr const char* kDefaultStandIn = "CASE WHEN d.adrelid IS NULL THEN NULL ELSE 'DEFAULT' END";
inline constexpr const char* kOwnedSequence = "owned.name";
inline constexpr const char* kColumnsSql = R"(
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
inline constexpr const char* kTypesSql = R"(
SELECT t.oid, en.nspname, et.typname, et.typtype = 'e', t.typcategory = 'A' AND t.typelem <> 0, t.typcollation,
       CASE WHEN t.oid < 16384 THEN format_type(t.oid, -1) END
FROM pg_type t
JOIN pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
JOIN pg_namespace en ON en.oid = et.typnamespace)";

// indkey, indoption and indclass are 0-based vectors; key positions past indnkeyatts are INCLUDE
// columns. The table is its oid and a key column its number: qdb names both from the tables and
// columns the other session read in the same snapshot (looking the column up here cost an index
// probe per row, a third of the query). The index's pg_class row and its constraint are joined
// by hashing (OFFSET 0 keeps the planner, which underestimates how many indexes there are, from
// probing an index of the catalog once per index: 53 instead of 38 ms on 6000 indexes). No ORDER
// BY: qdb sorts the rows by the table's oid, the index's name and the position.
// indnullsnotdistinct exists from PostgreSQL 15 on: older servers get `false` in its place
// (kNullsNotDistinct).
inline constexpr const char* kNullsNotDistinct = "i.indnullsnotdistinct";
inline constexpr const char* kIndexColumnsSql = R"(
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
JOIN (SELECT oid, relname, relam FROM pg_class WHERE relkind IN ('i', 'I') OFFSET 0) ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, pos)
LEFT JOIN pg_opclass oc ON oc.oid = i.indclass[(k.pos - 1)::int]
LEFT JOIN (SELECT conindid, conrelid, contype FROM pg_constraint WHERE contype IN ('p', 'u', 'x') OFFSET 0) con
  ON con.conindid = i.indexrelid AND con.conrelid = c.oid
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND NOT c.relispartition)";

// A key column's name is looked up by its number on each side: joined, the planner hashed every
// column of both tables once per constraint (58 of 76 ms on 2000 foreign keys).
inline constexpr const char* kForeignKeysSql = R"(
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

inline constexpr const char* kChecksSql = R"(
SELECT n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid, true)
FROM pg_namespace n
JOIN pg_class c ON c.relnamespace = n.oid
JOIN pg_constraint con ON con.conrelid = c.oid
WHERE con.contype = 'c' AND n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
ORDER BY 1, 2, 3)";

inline constexpr const char* kEnumValuesSql = R"(
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
// The query is kObjectsWith, kViewObjects, kModelNoteObjects (the objects that put one of
// Prisma's warnings above a model or enum of the pulled schema: exclusion constraints,
// partitions, comments, a table's children by inheritance (on the parent's schema: the warning is
// the parent's), deferrable primary keys and unique constraints; row level security comes from
// kTablesSql), kOtherObjects (left out of a read of less than every object,
// db::ReadScope) and kObjectsOrder.
inline constexpr const char* kObjectsWith = R"(
WITH member AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e'))";
inline constexpr const char* kViewObjects = R"(
SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END, n.nspname, c.relname, '',
       pg_get_viewdef(c.oid, true)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('v', 'm')
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid))";
inline constexpr const char* kModelNoteObjects = R"(
UNION ALL
SELECT 'exclusion constraint', n.nspname, con.conname, c.relname, pg_get_constraintdef(con.oid, true)
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[]) AND con.contype = 'x' AND con.conparentid = 0
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
SELECT 'table inheritance', pn.nspname, c.relname, p.relname, ''
FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
JOIN pg_namespace pn ON pn.oid = p.relnamespace
WHERE pn.nspname = ANY($1::text[]) AND NOT c.relispartition
UNION ALL
SELECT 'deferrable constraint', n.nspname, con.conname, c.relname, pg_get_constraintdef(con.oid, true)
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[]) AND con.contype IN ('p', 'u') AND con.condeferrable AND con.conparentid = 0)";
inline constexpr const char* kOtherObjects = R"(
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
SELECT 'partition key', n.nspname, c.relname, c.relname, pg_get_partkeydef(c.oid)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[]) AND c.relkind = 'p'
UNION ALL
SELECT 'collation', n.nspname, co.collname, '',
       CASE co.collprovider WHEN 'i' THEN 'icu ' WHEN 'c' THEN 'libc ' ELSE '' END ||
       coalesce(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale', co.collcollate, '')
FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace
WHERE n.nspname = ANY($1::text[])
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_collation'::regclass AND m.objid = co.oid))";
inline constexpr const char* kObjectsOrder = "\nORDER BY 1, 2, 3";

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
inline constexpr const char* kFingerprintSql = R"(
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

}  // namespace qdb::pg::catalog_sql
