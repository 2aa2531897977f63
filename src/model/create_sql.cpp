#include "model/create_sql.hpp"

#include "util/sql_quote.hpp"

namespace qdb::model {
namespace {

std::string qualified(const std::string& schema, const std::string& name) {
  return schema.empty() ? util::quote_identifier(name) : util::quote_identifier(schema) + "." + util::quote_identifier(name);
}

std::string column_type(const Column& column) {
  if (column.autoincrement) {
    if (column.type == "INTEGER") return "SERIAL";
    if (column.type == "BIGINT") return "BIGSERIAL";
    if (column.type == "SMALLINT") return "SMALLSERIAL";
  }
  return column.type;
}


std::string create_table(const Table& table) {
  std::string out = "-- CreateTable\nCREATE TABLE " + qualified(table.schema, table.name) + " (\n";
  for (size_t i = 0; i < table.columns.size(); ++i) {
    const Column& column = table.columns[i];
    out += "    " + util::quote_identifier(column.name) + " " + column_type(column);
    if (!column.nullable) out += " NOT NULL";
    if (column.default_sql) out += " DEFAULT " + *column.default_sql;
    if (i + 1 < table.columns.size() || table.primary_key) out += ",";
    out += "\n";
  }
  if (table.primary_key) {
    // Prisma writes primary key columns without a space after the comma.
    out += "\n    CONSTRAINT " + util::quote_identifier(table.primary_key->name) + " PRIMARY KEY (";
    for (size_t i = 0; i < table.primary_key->columns.size(); ++i) {
      out.append(i ? "," : "").append(util::quote_identifier(table.primary_key->columns[i]));
    }
    out += ")\n";
  }
  return out + ");\n\n";
}

std::string create_index(const Table& table, const Index& index) {
  std::string out = "-- CreateIndex\nCREATE ";
  out += index.unique ? "UNIQUE INDEX " : "INDEX ";
  out += util::quote_identifier(index.name) + " ON " + qualified(table.schema, table.name);
  out += index.method.empty() ? "(" : " USING " + index.method + " (";
  for (size_t i = 0; i < index.columns.size(); ++i) {
    const IndexColumn& column = index.columns[i];
    out.append(i ? ", " : "").append(util::quote_identifier(column.name));
    if (!column.ops.empty()) out += " " + column.ops;
    if (column.sort == "DESC") out += " DESC";
    else if (column.sort == "ASC") out += " ASC";
  }
  return out + ");\n\n";
}

std::string add_foreign_key(const Table& table, const ForeignKey& key) {
  std::string out = "-- AddForeignKey\nALTER TABLE " + qualified(table.schema, table.name) +
                    " ADD CONSTRAINT " + util::quote_identifier(key.name) + " FOREIGN KEY (";
  for (size_t i = 0; i < key.columns.size(); ++i) out.append(i ? ", " : "").append(util::quote_identifier(key.columns[i]));
  out += ") REFERENCES " + qualified(key.referenced_schema, key.referenced_table) + "(";
  for (size_t i = 0; i < key.referenced_columns.size(); ++i) {
    out.append(i ? ", " : "").append(util::quote_identifier(key.referenced_columns[i]));
  }
  out += ") ON DELETE " + std::string(action_sql(key.on_delete)) + " ON UPDATE " +
         action_sql(key.on_update) + ";\n\n";
  return out;
}

}  // namespace

std::string render_create_sql(const Schema& schema, const CreateSqlOptions& options) {
  std::string out;
  if (options.create_schemas) {
    std::vector<std::string> names = schema.namespaces;
    if (names.empty()) names.push_back(options.default_schema);
    for (const std::string& name : names) {
      out += "-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS " + util::quote_identifier(name) + ";\n\n";
    }
  }
  for (const Enum& item : schema.enums) {
    out += "-- CreateEnum\nCREATE TYPE " + qualified(item.schema, item.name) + " AS ENUM (";
    for (size_t i = 0; i < item.values.size(); ++i) out.append(i ? ", " : "").append(util::quote_literal(item.values[i]));
    out += ");\n\n";
  }
  for (const Table& table : schema.tables) out += create_table(table);
  for (const Table& table : schema.tables) {
    for (const Index& index : table.indexes) out += create_index(table, index);
  }
  for (const Table& table : schema.tables) {
    for (const ForeignKey& key : table.foreign_keys) out += add_foreign_key(table, key);
  }
  return out;
}

}  // namespace qdb::model
