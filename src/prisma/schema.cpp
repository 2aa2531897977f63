#include "prisma/schema.hpp"

namespace qdb::prisma {

const char* scalar_type_name(ScalarType type) {
  switch (type) {
    case ScalarType::kString: return "String";
    case ScalarType::kInt: return "Int";
    case ScalarType::kBigInt: return "BigInt";
    case ScalarType::kFloat: return "Float";
    case ScalarType::kDecimal: return "Decimal";
    case ScalarType::kBoolean: return "Boolean";
    case ScalarType::kDateTime: return "DateTime";
    case ScalarType::kJson: return "Json";
    case ScalarType::kBytes: return "Bytes";
    case ScalarType::kUnsupported: return "Unsupported";
  }
  return "?";
}

const char* referential_action_name(ReferentialAction action) {
  switch (action) {
    case ReferentialAction::kCascade: return "Cascade";
    case ReferentialAction::kRestrict: return "Restrict";
    case ReferentialAction::kNoAction: return "NoAction";
    case ReferentialAction::kSetNull: return "SetNull";
    case ReferentialAction::kSetDefault: return "SetDefault";
  }
  return "?";
}

const Model* Schema::find_model(const std::string& name) const {
  for (const Model& model : models) {
    if (model.name == name) return &model;
  }
  return nullptr;
}

const Enum* Schema::find_enum(const std::string& name) const {
  for (const Enum& item : enums) {
    if (item.name == name) return &item;
  }
  return nullptr;
}

const Field* find_field(const Model& model, const std::string& name) {
  for (const Field& field : model.fields) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

}  // namespace qdb::prisma
