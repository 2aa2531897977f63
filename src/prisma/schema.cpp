#include "prisma/schema.hpp"

namespace qdb::prisma {

namespace {

// One row per ScalarType, in its order.
constexpr ScalarTypeInfo kScalarTypes[] = {
    {ScalarType::kString, "String", "TEXT", "string", "string", "string[]", "std::string"},
    {ScalarType::kInt, "Int", "INTEGER", "number", "number", "number[]", "std::int32_t"},
    {ScalarType::kBigInt, "BigInt", "BIGINT", "bigint", "string", "string[]", "std::int64_t"},
    {ScalarType::kFloat, "Float", "DOUBLE PRECISION", "number", "number", "number[]", "double"},
    // pg-types parses numeric[] with parseFloat, unlike numeric, which stays a string.
    {ScalarType::kDecimal, "Decimal", "DECIMAL(65,30)", "DecimalLike", "string", "number[]", "std::string"},
    {ScalarType::kBoolean, "Boolean", "BOOLEAN", "boolean", "boolean", "boolean[]", "bool"},
    {ScalarType::kDateTime, "DateTime", "TIMESTAMP(3)", "Date", "Date", "Date[]",
     "std::chrono::system_clock::time_point"},
    {ScalarType::kJson, "Json", "JSONB", "JsonValue", "JsonValue", "JsonValue[]", "std::string"},
    {ScalarType::kBytes, "Bytes", "BYTEA", "Uint8Array", "Uint8Array", "Uint8Array[]", "std::vector<std::uint8_t>"},
    {ScalarType::kUnsupported, "Unsupported", "", "unknown", "unknown", "unknown", "std::string"},
};

}  // namespace

const ScalarTypeInfo& scalar_type_info(ScalarType type) {
  const ScalarTypeInfo& info = kScalarTypes[static_cast<size_t>(type)];
  return info.type == type ? info : kScalarTypes[static_cast<size_t>(ScalarType::kUnsupported)];
}

std::optional<ScalarType> scalar_from_name(std::string_view name) {
  for (const ScalarTypeInfo& info : kScalarTypes) {
    if (name == info.name) return info.type;
  }
  return std::nullopt;
}

const char* scalar_type_name(ScalarType type) { return scalar_type_info(type).name; }

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
