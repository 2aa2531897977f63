// Index methods and operator classes against the types of the indexed fields: which Gin, Gist,
// SpGist and Brin indexes PostgreSQL can build, and which operator class goes with which type,
// by the same rules as Prisma's PostgreSQL connector (so `qdb validate` and `prisma validate`
// reject the same schemas).
#include <algorithm>
#include <string_view>

#include "prisma/validate_context.hpp"

namespace qdb::prisma::detail {
namespace {

struct BrinClasses {
  std::string_view type;        // a native type, or a scalar type for fields without one
  std::string_view classes[3];  // the operator classes that fit it (empty entries unused)
};

// Brin operator classes by native type.
constexpr BrinClasses kBrinNative[] = {
    {"Bit", {"BitMinMaxOps"}},
    {"VarBit", {"VarBitMinMaxOps"}},
    {"Char", {"BpcharBloomOps", "BpcharMinMaxOps"}},
    {"Date", {"DateBloomOps", "DateMinMaxOps", "DateMinMaxMultiOps"}},
    {"Real", {"Float4BloomOps", "Float4MinMaxOps", "Float4MinMaxMultiOps"}},
    {"DoublePrecision", {"Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps"}},
    {"Inet", {"InetInclusionOps", "InetBloomOps", "InetMinMaxOps"}},
    {"SmallInt", {"Int2BloomOps", "Int2MinMaxOps", "Int2MinMaxMultiOps"}},
    {"Integer", {"Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps"}},
    {"BigInt", {"Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps"}},
    {"Decimal", {"NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps"}},
    {"Oid", {"OidBloomOps", "OidMinMaxOps", "OidMinMaxMultiOps"}},
    {"ByteA", {"ByteaBloomOps", "ByteaMinMaxOps"}},
    {"Text", {"TextBloomOps", "TextMinMaxOps"}},
    {"VarChar", {"TextBloomOps", "TextMinMaxOps"}},
    {"Timestamp", {"TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps"}},
    {"Timestamptz", {"TimestampTzBloomOps", "TimestampTzMinMaxOps", "TimestampTzMinMaxMultiOps"}},
    {"Time", {"TimeBloomOps", "TimeMinMaxOps", "TimeMinMaxMultiOps"}},
    {"Timetz", {"TimeTzBloomOps", "TimeTzMinMaxOps", "TimeTzMinMaxMultiOps"}},
    {"Uuid", {"UuidBloomOps", "UuidMinMaxOps", "UuidMinMaxMultiOps"}},
};

// Brin operator classes of fields without a native type, by scalar type.
constexpr BrinClasses kBrinScalar[] = {
    {"Float", {"Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps"}},
    {"Int", {"Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps"}},
    {"BigInt", {"Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps"}},
    {"Decimal", {"NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps"}},
    {"Bytes", {"ByteaBloomOps", "ByteaMinMaxOps"}},
    {"String", {"TextBloomOps", "TextMinMaxOps"}},
    {"DateTime", {"TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps"}},
};

bool lists(const BrinClasses& entry, std::string_view ops) {
  return !ops.empty() && std::find(std::begin(entry.classes), std::end(entry.classes), ops) != std::end(entry.classes);
}

template <size_t N>
const BrinClasses* find_entry(const BrinClasses (&table)[N], std::string_view type) {
  for (const BrinClasses& entry : table) {
    if (entry.type == type) return &entry;
  }
  return nullptr;
}

// The index methods an operator class belongs to.
bool class_fits_method(std::string_view ops, std::string_view method) {
  if (ops == "InetOps") return method == "Gist" || method == "SpGist";
  if (ops == "JsonbOps" || ops == "JsonbPathOps" || ops == "ArrayOps") return method == "Gin";
  if (ops == "TextOps") return method == "SpGist";
  return method == "Brin";
}

bool is_known_class(std::string_view ops) {
  if (ops == "InetOps" || ops == "JsonbOps" || ops == "JsonbPathOps" || ops == "ArrayOps" || ops == "TextOps" ||
      ops == "InetMinMaxMultiOps") {
    return true;
  }
  for (const BrinClasses& entry : kBrinNative) {
    if (lists(entry, ops)) return true;
  }
  return false;
}

// One field of one index, with what the rules look at.
struct Item {
  const Field& field;
  std::string_view method;  // BTree when not written
  std::string_view native;  // the written native type, or empty
  std::string_view ops;     // the operator class, or empty (raw(...) classes are not checked)
  bool is(ScalarType type) const { return field.kind == Field::Kind::kScalar && field.scalar == type; }
};

// Prisma's fallback message when no rule of the method accepts the field.
std::string mismatch(const Item& item) {
  const std::string name = "field \"" + item.field.name + "\"";
  if (!item.native.empty() && !item.ops.empty()) {
    return "operator class " + std::string(item.ops) + " does not fit native type " + std::string(item.native) +
           " of " + name;
  }
  if (!item.native.empty()) {
    return "a " + std::string(item.method) + " index has no default operator class for native type " +
           std::string(item.native) + " of " + name;
  }
  if (!item.ops.empty()) return "operator class " + std::string(item.ops) + " needs " + name + " to have a native type";
  const bool fits = item.is(ScalarType::kUnsupported) ||
                    (item.method == "Gin" ? item.is(ScalarType::kJson) || item.field.list
                     : item.method == "Brin" ? find_entry(kBrinScalar, scalar_type_name(item.field.scalar)) &&
                                                   item.field.kind == Field::Kind::kScalar
                                             : item.is(ScalarType::kString));
  return fits ? "" : "a " + std::string(item.method) + " index cannot index the type of " + name;
}

// The message for one indexed field, or "" when it fits.
std::string check_item(const Item& item) {
  if (item.method == "Gist") {
    return item.native == "Inet" && item.ops == "InetOps" ? "" : mismatch(item);
  }
  if (item.method == "Gin") {
    if (item.native.empty() && item.ops.empty() && item.is(ScalarType::kJson)) return "";
    if (item.ops.empty() && item.field.list) return "";
    if (item.native == "JsonB" && (item.ops.empty() || item.ops == "JsonbOps" || item.ops == "JsonbPathOps")) return "";
    if (item.native.empty() && (item.ops == "JsonbOps" || item.ops == "JsonbPathOps")) {
      return item.is(ScalarType::kJson) ? "" : "operator class " + std::string(item.ops) + " needs field \"" +
                                                   item.field.name + "\" to be of type Json";
    }
    if (item.ops == "ArrayOps") {
      return item.field.list ? "" : "operator class ArrayOps needs field \"" + item.field.name + "\" to be a list";
    }
    return mismatch(item);
  }
  if (item.method == "SpGist") {
    if (item.native == "Inet" && (item.ops.empty() || item.ops == "InetOps")) return "";
    if (item.native.empty() && item.ops.empty() && item.is(ScalarType::kString)) return "";
    if (item.native.empty() && item.ops == "TextOps") {
      return item.is(ScalarType::kString) ? "" : "operator class TextOps needs field \"" + item.field.name +
                                                     "\" to be of type String";
    }
    if ((item.native == "Text" || item.native == "VarChar" || item.native == "Char") &&
        (item.ops.empty() || item.ops == "TextOps")) {
      return "";
    }
    return mismatch(item);
  }
  if (item.method == "Brin") {
    if (const BrinClasses* entry = find_entry(kBrinNative, item.native)) {
      if (item.ops.empty() || lists(*entry, item.ops) || (item.native == "Inet" && item.ops == "InetMinMaxMultiOps")) {
        return "";
      }
    }
    if (item.native.empty() && item.field.kind == Field::Kind::kScalar) {
      const BrinClasses* own = find_entry(kBrinScalar, scalar_type_name(item.field.scalar));
      if (item.ops.empty() && own != nullptr) return "";
      for (const BrinClasses& entry : kBrinScalar) {
        if (!lists(entry, item.ops)) continue;
        return &entry == own ? "" : "operator class " + std::string(item.ops) + " needs field \"" + item.field.name +
                                        "\" to be of type " + std::string(entry.type);
      }
    }
    return mismatch(item);
  }
  return "";
}

void check_index(Context& context, const Model& model, const ModelIndex& index) {
  const std::string_view method = index.type.empty() ? "BTree" : std::string_view(index.type);
  if (method == "SpGist" && index.fields.size() > 1) {
    context.error(index.location, "an SpGist index covers one field only");
  }
  for (const IndexField& indexed : index.fields) {
    const Field* field = find_field(model, indexed.name);
    if (field == nullptr || field->kind == Field::Kind::kRelation) continue;  // reported by check_keys
    const std::string_view native = field->native_type ? std::string_view(field->native_type->name) : "";
    if (native == "Xml") {
      context.error(index.location, "field \"" + field->name + "\" of native type Xml cannot be indexed");
      return;
    }
    if (indexed.ops.rfind("raw:", 0) == 0) continue;
    if (!indexed.ops.empty() && !is_known_class(indexed.ops)) {
      context.error(index.location, "unknown operator class " + indexed.ops + "; use raw(\"...\") for others");
      continue;
    }
    if (!indexed.ops.empty() && !class_fits_method(indexed.ops, method)) {
      context.error(index.location, "operator class " + indexed.ops + " cannot be used in a " + std::string(method) +
                                        " index");
      continue;
    }
    const std::string message = check_item(Item{*field, method, native, indexed.ops});
    if (!message.empty()) context.error(index.location, message);
  }
}

}  // namespace

void check_index_types(Context& context, const Schema& schema) {
  for (const Model& model : schema.models) {
    for (const ModelIndex& index : model.indexes) check_index(context, model, index);
    for (const Field& field : model.fields) {
      if ((field.unique || field.id) && field.native_type && field.native_type->name == "Xml") {
        context.error(field.location, "field \"" + field.name + "\" of native type Xml cannot be unique");
      }
    }
  }
}

}  // namespace qdb::prisma::detail
