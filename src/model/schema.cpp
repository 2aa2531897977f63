#include "model/schema.hpp"

namespace qdb::model {

const char* kind_name(DatabaseObject::Kind kind) {
  switch (kind) {
    case DatabaseObject::Kind::kView: return "view";
    case DatabaseObject::Kind::kMaterializedView: return "materialized view";
    case DatabaseObject::Kind::kFunction: return "function";
    case DatabaseObject::Kind::kProcedure: return "procedure";
    case DatabaseObject::Kind::kTrigger: return "trigger";
    case DatabaseObject::Kind::kExtension: return "extension";
    case DatabaseObject::Kind::kSequence: return "sequence";
    case DatabaseObject::Kind::kDomain: return "domain";
    case DatabaseObject::Kind::kType: return "type";
    case DatabaseObject::Kind::kExclusionConstraint: return "exclusion constraint";
    case DatabaseObject::Kind::kPartitionKey: return "partition key";
    case DatabaseObject::Kind::kPartition: return "partition";
    case DatabaseObject::Kind::kComment: return "comment";
    case DatabaseObject::Kind::kCollation: return "collation";
    case DatabaseObject::Kind::kColumnCollation: return "column collation";
    case DatabaseObject::Kind::kRowLevelSecurity: return "row level security";
    case DatabaseObject::Kind::kTableInheritance: return "table inheritance";
    case DatabaseObject::Kind::kDeferrableConstraint: return "deferrable constraint";
  }
  return "object";
}

const char* action_sql(Action action) {
  switch (action) {
    case Action::kCascade: return "CASCADE";
    case Action::kRestrict: return "RESTRICT";
    case Action::kNoAction: return "NO ACTION";
    case Action::kSetNull: return "SET NULL";
    case Action::kSetDefault: return "SET DEFAULT";
  }
  return "RESTRICT";
}

const Table* find_table(const Schema& schema, const std::string& schema_name, const std::string& name) {
  for (const Table& table : schema.tables) {
    if (table.schema == schema_name && table.name == name) return &table;
  }
  return nullptr;
}

}  // namespace qdb::model
