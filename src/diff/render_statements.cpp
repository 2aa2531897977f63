#include "diff/render_statements.hpp"

#include <algorithm>
#include <cctype>

#include "model/names.hpp"
#include "util/sql_quote.hpp"

namespace qdb::diff {
namespace {

using util::quote_identifier;

std::string qualified(const std::string& schema, const std::string& name) {
  return schema.empty() ? quote_identifier(name) : quote_identifier(schema) + "." + quote_identifier(name);
}

std::string table_name(const model::Table& table) { return qualified(table.schema, table.name); }

// A source object named as `prisma migrate dev` names it in the few statements where Prisma takes
// the name from the inspected database, whose objects carry their schema: with the default schema
// too (`"public"."users"`). A source read from schema files has no schema to name there.
std::string source_qualified(const Plan& plan, const std::string& schema, const std::string& name) {
  if (plan.from_inspected && schema.empty()) return qualified(plan.from_default_schema, name);
  return qualified(schema, name);
}

// The name PostgreSQL gives the sequence of a SERIAL column (makeObjectName):
// <table>_<column>_seq, the longer of the two names shortened a byte at a time until the whole
// fits in 63 bytes, never inside a UTF-8 character.
std::string serial_sequence_name(const std::string& table, const std::string& column) {
  const size_t available = model::kMaxIdentifierLength - 5;  // the "_" between the names, and "_seq"
  size_t table_bytes = table.size();
  size_t column_bytes = column.size();
  while (table_bytes + column_bytes > available) {
    if (table_bytes > column_bytes) --table_bytes;
    else --column_bytes;
  }
  auto clip = [](const std::string& name, size_t bytes) {
    while (bytes > 0 && bytes < name.size() && (static_cast<unsigned char>(name[bytes]) & 0xC0) == 0x80) --bytes;
    return name.substr(0, bytes);
  };
  return clip(table, table_bytes) + "_" + clip(column, column_bytes) + "_seq";
}

// The sequence an autoincrement column owns: the name the database gave it when the source was
// read from one, else the name PostgreSQL gives a SERIAL column's; in the table's schema unless
// the database said another.
std::string owned_sequence(const model::Table& table, const model::Column& column) {
  return qualified(column.sequence_schema.value_or(table.schema),
                   column.sequence.value_or(serial_sequence_name(table.name, column.name)));
}

std::string column_type(const model::Column& column) {
  if (column.autoincrement) {
    if (column.type == "INTEGER") return "SERIAL";
    if (column.type == "BIGINT") return "BIGSERIAL";
    if (column.type == "SMALLINT") return "SMALLSERIAL";
  }
  return column.type;
}

// A column as CREATE TABLE and ADD COLUMN write it, with Prisma's four-space indentation.
std::string column_sql(const model::Column& column) {
  std::string out = "    " + quote_identifier(column.name) + " " + column_type(column);
  // Prisma writes NOT NULL for required columns only; a list (TEXT[]) is neither required nor optional.
  if (!column.nullable && !column.type.ends_with("[]")) out += " NOT NULL";
  if (column.default_sql) out += " DEFAULT " + *column.default_sql;
  // Only an inspected database has these; Prisma's schemas never do.
  if (column.identity) out += " GENERATED " + *column.identity + " AS IDENTITY";
  if (column.generated_sql) out += " GENERATED ALWAYS AS (" + *column.generated_sql + ") STORED";
  return out;
}

std::string join_quoted(const std::vector<std::string>& names, const char* separator) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) out.append(i ? separator : "").append(quote_identifier(names[i]));
  return out;
}

std::string create_table(const model::Table& table) {
  std::string out = "CREATE TABLE " + table_name(table) + " (\n";
  for (size_t i = 0; i < table.columns.size(); ++i) out.append(i ? ",\n" : "").append(column_sql(table.columns[i]));
  if (table.primary_key) {
    // Prisma writes primary key columns without a space after the comma.
    out += ",\n\n    CONSTRAINT " + quote_identifier(table.primary_key->name) + " PRIMARY KEY (" +
           join_quoted(table.primary_key->columns, ",") + ")";
  }
  return out + "\n)";
}

std::string index_key(const model::IndexColumn& column) {
  std::string out = column.expression.empty() ? quote_identifier(column.name) : column.expression;
  if (!column.ops.empty()) out += " " + column.ops;
  if (column.sort == "DESC") out += " DESC";
  else if (column.sort == "ASC") out += " ASC";
  if (!column.nulls.empty()) out += " NULLS " + column.nulls;
  return out;
}

std::string create_index(const model::Table& table, const model::Index& index) {
  std::string out = index.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
  out += quote_identifier(index.name) + " ON " + table_name(table);
  out += index.method.empty() ? "(" : " USING " + index.method + " (";
  for (size_t i = 0; i < index.columns.size(); ++i) out.append(i ? ", " : "").append(index_key(index.columns[i]));
  out += ")";
  // Inspected indexes only: the schema language cannot express these.
  if (!index.include.empty()) out += " INCLUDE (" + join_quoted(index.include, ", ") + ")";
  if (index.nulls_not_distinct) out += " NULLS NOT DISTINCT";
  if (index.predicate) out += " WHERE " + *index.predicate;
  return out;
}

std::string add_foreign_key(const model::Table& table, const model::ForeignKey& key) {
  return "ALTER TABLE " + table_name(table) + " ADD CONSTRAINT " + quote_identifier(key.name) + " FOREIGN KEY (" +
         join_quoted(key.columns, ", ") + ") REFERENCES " + qualified(key.referenced_schema, key.referenced_table) +
         "(" + join_quoted(key.referenced_columns, ", ") + ") ON DELETE " + model::action_sql(key.on_delete) +
         " ON UPDATE " + model::action_sql(key.on_update);
}

std::string create_enum(const model::Enum& item) {
  std::string out = "CREATE TYPE " + qualified(item.schema, item.name) + " AS ENUM (";
  for (size_t i = 0; i < item.values.size(); ++i) out.append(i ? ", " : "").append(util::quote_literal(item.values[i]));
  return out + ")";
}

std::vector<std::string> add_enum_values(const model::Enum& before, const Change& change) {
  std::vector<std::string> out;
  for (const std::string& value : change.added_values) {
    out.push_back("ALTER TYPE " + qualified(before.schema, before.name) + " ADD VALUE " + util::quote_literal(value));
  }
  if (out.size() > 1) {
    out[0] =
        "-- This migration adds more than one value to an enum.\n"
        "-- With PostgreSQL versions 11 and earlier, this is not possible\n"
        "-- in a single migration. This can be worked around by creating\n"
        "-- multiple migrations, each migration adding only one value to\n"
        "-- the enum.\n\n\n" + out[0];
  }
  return out;
}

// A value that a default of the same migration names must be committed first (PostgreSQL: "unsafe
// use of new value"), where Prisma adds it in the migration's transaction and the default fails.
std::vector<std::string> add_values_in_use(std::vector<std::string> statements, const Change& change) {
  if (!change.commit_added_values) return statements;
  // Prisma's comment about adding several values stays at the top, above the BEGIN.
  const size_t comment_end = statements[0].starts_with("--") ? statements[0].find("\n\n\n") : std::string::npos;
  const std::string comment = comment_end == std::string::npos ? "" : statements[0].substr(0, comment_end + 3);
  statements[0].erase(0, comment.size());
  statements.insert(statements.begin(), comment + "BEGIN");
  statements.push_back("COMMIT");
  return statements;
}

// Whether the rebuild of enum `after` moves `column` (of the old type) to the new type: the
// target's `table` still has it, of that enum.
bool moved_to_new_type(const model::Table* table, const model::Column& column, const model::Enum& after) {
  if (table == nullptr) return false;
  return std::any_of(table->columns.begin(), table->columns.end(), [&](const model::Column& next) {
    return next.name == column.name && next.enum_name == after.name;
  });
}

// PostgreSQL cannot drop an enum value: Prisma builds the new type beside the old one, moves
// every column over with a cast through text, and swaps the names, inside its own transaction.
std::vector<std::string> rebuild_enum(const Plan& plan, const Change& change) {
  const model::Enum& before = plan.from->enums[change.from_item];
  const model::Enum& after = plan.to->enums[change.to_item];
  model::Enum renamed = after;
  renamed.name = after.name + "_new";
  const std::string new_type = qualified(after.schema, renamed.name);
  std::vector<std::string> out{"BEGIN", create_enum(renamed)};
  for (const auto& [column, kept] : change.enum_defaults) {
    const model::Table& table = plan.from->tables[column.table];
    out.push_back("ALTER TABLE " + source_qualified(plan, table.schema, table.name) + " ALTER COLUMN " +
                  quote_identifier(table.columns[column.column].name) + " DROP DEFAULT");
  }
  // Columns of the enum that exist before the migration; new ones are created with the new type.
  for (const model::Table& table : plan.to->tables) {
    const model::Table* old_table = model::find_table(*plan.from, table.schema, table.name);
    if (!old_table) continue;
    for (const model::Column& column : table.columns) {
      if (column.enum_name != after.name) continue;
      const bool existed = std::any_of(old_table->columns.begin(), old_table->columns.end(),
                                       [&](const model::Column& old) { return old.name == column.name; });
      if (!existed) continue;
      const std::string array = column.type.ends_with("[]") ? "[]" : "";
      const std::string name = quote_identifier(column.name);
      out.push_back("ALTER TABLE " + table_name(table) + " ALTER COLUMN " + name + " TYPE " + new_type + array +
                    " USING (" + name + "::text::" + new_type + array + ")");
    }
  }
  // Columns of the old type that the migration drops or retypes later (their table's step comes
  // after this one) would keep it alive, and DROP TYPE would fail: Prisma leaves them so. They
  // wait as text, which their later step drops or replaces (an enum column is never cast).
  for (const model::Table& old_table : plan.from->tables) {
    const model::Table* table = model::find_table(*plan.to, old_table.schema, old_table.name);
    for (const model::Column& column : old_table.columns) {
      if (column.enum_name != before.name || moved_to_new_type(table, column, after)) continue;
      const std::string array = column.type.ends_with("[]") ? "[]" : "";
      const std::string name = quote_identifier(column.name);
      out.push_back("ALTER TABLE " + table_name(old_table) + " ALTER COLUMN " + name + " TYPE TEXT" + array +
                    " USING (" + name + "::text" + array + ")");
    }
  }
  out.push_back("ALTER TYPE " + qualified(before.schema, before.name) + " RENAME TO " +
                quote_identifier(before.name + "_old"));
  out.push_back("ALTER TYPE " + new_type + " RENAME TO " + quote_identifier(after.name));
  out.push_back("DROP TYPE " + source_qualified(plan, before.schema, before.name + "_old"));
  for (const auto& [column, kept] : change.enum_defaults) {
    if (!kept) continue;
    const model::Table& old_table = plan.from->tables[column.table];
    const model::Column& next = plan.to->tables[kept->table].columns[kept->column];
    out.push_back("ALTER TABLE " + table_name(old_table) + " ALTER COLUMN " +
                  quote_identifier(old_table.columns[column.column].name) + " SET DEFAULT " + *next.default_sql);
  }
  out.push_back("COMMIT");
  return out;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

struct AlterTableText {
  std::vector<std::string> before;
  std::vector<std::string> clauses;
  std::vector<std::string> after;
};

// Whether a column of `schema` other than `except` is autoincrementing. Prisma names the
// sequence of every autoincrement column of a schema file alike, so it drops a column's
// sequence only when no other column of the target keeps "the" sequence.
bool other_autoincrement(const model::Schema& schema, const model::Column& except) {
  for (const model::Table& table : schema.tables) {
    for (const model::Column& column : table.columns) {
      if (column.autoincrement && &column != &except) return true;
    }
  }
  return false;
}

// Whether another column of `schema` takes its default from the sequence of `column` (of `table`):
// a child table's column inheriting its parent's SERIAL default, the parent's column itself, or
// a sequence several columns share. PostgreSQL will not drop a sequence a default still uses.
bool sequence_shared(const model::Schema& schema, const model::Table& table, const model::Column& column) {
  const std::string name = owned_sequence(table, column);
  for (const model::Table& other_table : schema.tables) {
    for (const model::Column& other : other_table.columns) {
      if (&other != &column && other.autoincrement && owned_sequence(other_table, other) == name) return true;
    }
  }
  return false;
}

// One column's ALTER COLUMN clauses, in the order Prisma expands its change flags: nullability,
// default, autoincrement, and the type last.
void alter_column(const Plan& plan, const model::Table& old_table, const model::Table& new_table,
                  const TableChange& item, AlterTableText& text) {
  const model::Column& before = old_table.columns[item.from_column];
  const model::Column& after = new_table.columns[item.to_column];
  const std::string prefix = "ALTER COLUMN " + quote_identifier(before.name);
  const bool was_list = before.type.ends_with("[]");
  const bool is_list = after.type.ends_with("[]");
  bool set_type = item.changes.type;
  auto drop_default = [&] {
    text.clauses.push_back(prefix + " DROP DEFAULT");
    if (!before.autoincrement) return;
    // From a database Prisma knows the sequence's name from the nextval() default, and no column
    // of the target uses a sequence of that name: it always drops it, also one another column's
    // default still uses, which cannot run (qdb keeps that one). From schema files it writes
    // `DROP SEQUENCE ""`, which cannot run, and nothing when another column autoincrements. The
    // sequence a SERIAL column owns lives in the table's schema, which qdb names outside the
    // default one (a bare name there would not be found).
    if (plan.from_inspected ? !sequence_shared(*plan.from, old_table, before) : !other_autoincrement(*plan.to, after)) {
      text.after.push_back("DROP SEQUENCE " + owned_sequence(old_table, before));
    }
  };
  // An identity column (a database's, never a schema's) stops or starts autoincrementing by
  // DROP IDENTITY and ADD GENERATED: PostgreSQL refuses Prisma's DROP DEFAULT and SET DEFAULT
  // nextval() on one. The identity goes first, so that a default set after it can be set.
  const bool identity_change = item.changes.autoincrement && (before.identity || after.identity);
  if (identity_change && before.identity) text.clauses.push_back(prefix + " DROP IDENTITY");
  if (item.changes.arity) {
    if (was_list || is_list) set_type = true;
    if (!is_list) text.clauses.push_back(prefix + (after.nullable ? " DROP NOT NULL" : " SET NOT NULL"));
  }
  if (item.changes.default_value) {
    if (after.default_sql) text.clauses.push_back(prefix + " SET DEFAULT " + *after.default_sql);
    else drop_default();
  }
  if (identity_change) {
    if (after.identity) {
      if (before.default_sql) text.clauses.push_back(prefix + " DROP DEFAULT");
      text.clauses.push_back(prefix + " ADD GENERATED " + *after.identity + " AS IDENTITY");
    }
  } else if (item.changes.autoincrement) {
    if (before.autoincrement) {
      drop_default();
    } else {
      // The sequence a SERIAL column would have had.
      const std::string schema = new_table.schema.empty() ? "" : quote_identifier(new_table.schema) + ".";
      const std::string sequence = lower(schema + new_table.name + "_" + after.name + "_seq");
      text.before.push_back("CREATE SEQUENCE " + sequence);
      text.clauses.push_back(prefix + " SET DEFAULT nextval(" + util::quote_literal(sequence) + ")");
      text.after.push_back("ALTER SEQUENCE " + sequence + " OWNED BY " + table_name(old_table) + "." +
                           quote_identifier(after.name));
    }
  }
  if (!set_type) return;
  // SERIAL and BIGSERIAL exist only in CREATE TABLE and ADD COLUMN: Prisma's `SET DATA TYPE
  // BIGSERIAL` cannot run. The column takes the plain type, and a sequence it keeps is widened
  // (or narrowed) with it, or it would stop at the old type's limit.
  text.clauses.push_back(prefix + " SET DATA TYPE " + after.type);
  if (before.autoincrement && after.autoincrement && before.type != after.type) {
    text.after.push_back("ALTER SEQUENCE " + owned_sequence(old_table, before) + " AS " + after.type);
  }
}

std::vector<std::string> alter_table(const Plan& plan, const Change& change) {
  using K = TableChange::Kind;
  const model::Table& before = plan.from->tables[change.from_table];
  const model::Table& after = plan.to->tables[change.to_table];
  AlterTableText text;
  std::string rename_key;
  for (const TableChange& item : change.table_changes) {
    switch (item.kind) {
      case K::kDropPrimaryKey:
        text.clauses.push_back("DROP CONSTRAINT " + quote_identifier(before.primary_key->name));
        break;
      case K::kRenamePrimaryKey:
        rename_key = "RENAME CONSTRAINT " + quote_identifier(before.primary_key->name) + " TO " +
                     quote_identifier(after.primary_key->name);
        break;
      case K::kAddPrimaryKey:
        text.clauses.push_back("ADD CONSTRAINT " + quote_identifier(after.primary_key->name) + " PRIMARY KEY (" +
                               join_quoted(after.primary_key->columns, ", ") + ")");
        break;
      case K::kAddColumn: text.clauses.push_back("ADD COLUMN " + column_sql(after.columns[item.to_column])); break;
      case K::kDropColumn:
        text.clauses.push_back("DROP COLUMN " + quote_identifier(before.columns[item.from_column].name));
        break;
      case K::kAlterColumn: alter_column(plan, before, after, item, text); break;
      case K::kDropAndRecreateColumn:
        text.clauses.push_back("DROP COLUMN " + quote_identifier(before.columns[item.from_column].name));
        text.clauses.push_back("ADD COLUMN " + column_sql(after.columns[item.to_column]));
        break;
    }
  }
  // PostgreSQL takes RENAME CONSTRAINT only as an ALTER TABLE of its own, where Prisma 6.19 joins
  // it to the other clauses. A key that is dropped and added again gets its new name from the ADD.
  const bool key_dropped = std::any_of(change.table_changes.begin(), change.table_changes.end(),
                                       [](const TableChange& item) { return item.kind == K::kDropPrimaryKey; });
  if (!rename_key.empty() && !key_dropped) {
    if (text.clauses.empty()) text.clauses.push_back(std::move(rename_key));
    else text.after.push_back("ALTER TABLE " + table_name(before) + " " + rename_key);
  }
  if (text.clauses.empty()) return {};
  std::vector<std::string> out = std::move(text.before);
  std::string statement = "ALTER TABLE " + table_name(before) + " ";
  for (size_t i = 0; i < text.clauses.size(); ++i) statement.append(i ? ",\n" : "").append(text.clauses[i]);
  out.push_back(std::move(statement));
  out.insert(out.end(), text.after.begin(), text.after.end());
  return out;
}

}  // namespace

std::vector<std::string> render_statements(const Plan& plan, const Change& change) {
  using K = Change::Kind;
  const model::Schema& from = *plan.from;
  const model::Schema& to = *plan.to;
  switch (change.kind) {
    case K::kCreateSchema:
      return {"CREATE SCHEMA IF NOT EXISTS " + quote_identifier(plan.to_namespaces[change.to_item])};
    case K::kDropExtension: return {"DROP EXTENSION " + quote_identifier(from.extensions[change.from_item].name)};
    case K::kCreateExtension: {
      const model::Extension& extension = to.extensions[change.to_item];
      std::string sql = "CREATE EXTENSION IF NOT EXISTS " + quote_identifier(extension.name);
      if (!extension.schema.empty() || !extension.version.empty()) sql += " WITH";
      if (!extension.schema.empty()) sql += " SCHEMA " + quote_identifier(extension.schema);
      if (!extension.version.empty()) sql += " VERSION " + quote_identifier(extension.version);
      return {sql};
    }
    case K::kCreateEnum: return {create_enum(to.enums[change.to_item])};
    case K::kAlterEnum:
      if (!change.removed_values.empty()) return rebuild_enum(plan, change);
      return add_values_in_use(add_enum_values(from.enums[change.from_item], change), change);
    case K::kDropForeignKey: {
      const model::Table& table = from.tables[change.from_table];
      return {"ALTER TABLE " + table_name(table) + " DROP CONSTRAINT " +
              quote_identifier(table.foreign_keys[change.from_item].name)};
    }
    case K::kDropIndex: {
      const model::Table& table = from.tables[change.from_table];
      const model::Index& index = table.indexes[change.from_item];
      // The index of a UNIQUE constraint (an inspected database's, made by hand or by another
      // tool) goes with its constraint: PostgreSQL refuses DROP INDEX for it, which Prisma writes.
      if (index.constraint) return {"ALTER TABLE " + table_name(table) + " DROP CONSTRAINT " + quote_identifier(index.name)};
      return {"DROP INDEX " + qualified(table.schema, index.name)};
    }
    case K::kAlterTable: return alter_table(plan, change);
    case K::kDropTable: return {"DROP TABLE " + table_name(from.tables[change.from_table])};
    case K::kDropEnum: {
      const model::Enum& item = from.enums[change.from_item];
      return {"DROP TYPE " + qualified(item.schema, item.name)};
    }
    case K::kCreateTable: return {create_table(to.tables[change.to_table])};
    case K::kCreateIndex: {
      const model::Table& table = to.tables[change.to_table];
      return {create_index(table, table.indexes[change.to_item])};
    }
    case K::kRenameForeignKey: {
      const model::Table& table = from.tables[change.from_table];
      return {"ALTER TABLE " + table_name(table) + " RENAME CONSTRAINT " +
              quote_identifier(table.foreign_keys[change.from_item].name) + " TO " +
              quote_identifier(to.tables[change.to_table].foreign_keys[change.to_item].name)};
    }
    case K::kAddForeignKey: {
      const model::Table& table = to.tables[change.to_table];
      return {add_foreign_key(table, table.foreign_keys[change.to_item])};
    }
    case K::kRenameIndex: {
      const model::Table& table = from.tables[change.from_table];
      return {"ALTER INDEX " + qualified(table.schema, table.indexes[change.from_item].name) + " RENAME TO " +
              quote_identifier(to.tables[change.to_table].indexes[change.to_item].name)};
    }
  }
  return {};
}

}  // namespace qdb::diff
