// First validation pass: turns the syntax trees of all files into models, views and enums,
// resolving field types and reading the datasource. Attribute details live in attributes.cpp.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "prisma/validate_context.hpp"

namespace qdb::prisma::detail {
namespace {

using ast::Block;
using ast::Expression;

// Every model, view and enum by name (the first block of each name; later ones are errors).
using BlockNames = std::unordered_map<std::string_view, const Block*>;

// Names Prisma 6.19 refuses for a model, view or enum (its client would generate a type of that
// name): the JavaScript keywords, and PrismaClient. Case matters: `Class` is a name.
bool is_reserved_name(std::string_view name) {
  static constexpr std::string_view kReserved[] = {
      "PrismaClient", "async", "await", "break", "case", "catch", "class", "const", "continue", "debugger",
      "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for", "function",
      "if", "implements", "import", "in", "instanceof", "interface", "let", "new", "null", "package",
      "private", "protected", "public", "return", "super", "switch", "this", "throw", "true", "try",
      "typeof", "using", "var", "void", "while", "with", "yield"};
  return std::find(std::begin(kReserved), std::end(kReserved), name) != std::end(kReserved);
}

// Prisma's names may hold `-` but those of models, views, enums, their values and fields may not.
void refuse_hyphen(Context& context, Location location, const std::string& kind, std::string_view name,
                   const std::string& fix) {
  if (name.find('-') == std::string_view::npos) return;
  context.error(location, "the character - is not allowed in " + kind + " names (\"" + std::string(name) + "\"); " + fix);
}

const char* block_kind_name(Block::Kind kind) {
  switch (kind) {
    case Block::Kind::kModel: return "model";
    case Block::Kind::kView: return "view";
    case Block::Kind::kEnum: return "enum";
    case Block::Kind::kDatasource: return "datasource";
    case Block::Kind::kGenerator: return "generator";
    case Block::Kind::kType: return "type";
  }
  return "block";
}

// `env("NAME")` → NAME; reports anything else that is not a plain string.
void read_url(Context& context, const ast::Property& property, std::string& env, std::string* literal) {
  const Expression& value = property.value;
  if (value.kind == Expression::Kind::kFunction && value.text == "env" &&
      value.arguments.size() == 1 && value.arguments[0].name.empty() &&
      value.arguments[0].value.kind == Expression::Kind::kString) {
    env = value.arguments[0].value.text;
    return;
  }
  if (value.kind == Expression::Kind::kString && literal != nullptr) {
    *literal = value.text;
    return;
  }
  // Built with append(): GCC 12 warns falsely (-Wrestrict) about "..." + std::string(view) here.
  std::string message = "\"";
  message.append(property.name).append("\" must be env(\"VARIABLE\")").append(literal ? " or a string" : "");
  context.error(value.location, std::move(message));
}

// `extensions = [citext, uuidOssp(map: "uuid-ossp", schema: "ext", version: "1.1")]`, or one
// entry without the brackets, as Prisma reads it: names or calls with named string arguments.
void read_extensions(Context& context, const Expression& value, std::vector<DatasourceExtension>& out) {
  const auto read_one = [&](const Expression& item) {
    if (item.kind != Expression::Kind::kConstant && item.kind != Expression::Kind::kFunction) {
      context.error(item.location, "an extension is a name or a name with arguments, such as citext or "
                                   "uuidOssp(map: \"uuid-ossp\"); not a string, number or list");
      return;
    }
    DatasourceExtension extension;
    extension.name = item.text;
    for (const ast::Argument& argument : item.arguments) {
      std::string* target = argument.name == "map"       ? &extension.map
                            : argument.name == "schema"  ? &extension.schema
                            : argument.name == "version" ? &extension.version
                                                         : nullptr;
      if (argument.name.empty()) {
        context.error(argument.location, "the arguments of an extension are named: map:, schema: or version:");
      } else if (target == nullptr) {
        context.error(argument.location, "unknown argument \"" + std::string(argument.name) +
                                             "\" of an extension; it takes map:, schema: and version:");
      } else if (argument.value.kind != Expression::Kind::kString) {
        context.error(argument.value.location, "the " + std::string(argument.name) + ": of an extension is a string");
      } else {
        *target = argument.value.text;
      }
    }
    out.push_back(std::move(extension));
  };
  if (value.kind != Expression::Kind::kArray) {
    read_one(value);
    return;
  }
  for (const Expression& item : value.items) read_one(item);
}

// Reads the datasource block; `extensions` is where `extensions = [...]` is written, if it is.
void read_datasource(Context& context, const Block& block, Schema& schema, std::optional<Location>& extensions) {
  if (schema.datasource) {
    context.error(block.location, "only one datasource block is allowed; \"" +
                                      schema.datasource->name + "\" is already defined");
    return;
  }
  Datasource datasource;
  datasource.name = block.name;
  datasource.location = block.location;
  bool has_provider = false;
  for (size_t i = 0; i < block.properties.size(); ++i) {
    const ast::Property& property = block.properties[i];
    const Expression& value = property.value;
    bool repeated = false;
    for (size_t j = 0; j < i && !repeated; ++j) repeated = block.properties[j].name == property.name;
    if (repeated) {
      context.error(property.location, "\"" + std::string(property.name) + "\" is given twice in datasource \"" +
                                           std::string(block.name) + "\"");
      continue;
    }
    if (property.name == "provider") {
      has_provider = true;
      if (value.kind != Expression::Kind::kString) {
        context.error(value.location, "\"provider\" must be a string such as \"postgresql\"");
      } else if (value.text != "postgresql" && value.text != "postgres") {
        context.error(value.location, "provider \"" + std::string(value.text) +
                                          "\" is not supported; qdb works with \"postgresql\" only");
      }
      datasource.provider = value.text;
    } else if (property.name == "url") {
      read_url(context, property, datasource.url_env, &datasource.url_literal);
    } else if (property.name == "directUrl" || property.name == "shadowDatabaseUrl") {
      // A literal URL is valid schema text; qdb reads these URLs only from env variables.
      std::string literal;
      read_url(context, property,
               property.name == "directUrl" ? datasource.direct_url_env : datasource.shadow_database_url_env,
               &literal);
    } else if (property.name == "schemas") {
      if (value.kind != Expression::Kind::kArray) {
        context.error(value.location, "\"schemas\" must be a list of strings");
        continue;
      }
      if (value.items.empty()) context.error(value.location, "\"schemas\" must not be an empty list");
      for (const Expression& item : value.items) {
        if (item.kind != Expression::Kind::kString) {
          context.error(item.location, "\"schemas\" must be a list of strings");
        } else {
          datasource.schemas.emplace_back(item.text);
        }
      }
    } else if (property.name == "relationMode" || property.name == "referentialIntegrity") {
      // Accepted and not needed for PostgreSQL migrations, but only Prisma's two values.
      // referentialIntegrity is relationMode's older name, which Prisma still reads.
      if (value.kind != Expression::Kind::kString || (value.text != "prisma" && value.text != "foreignKeys")) {
        context.error(value.location, std::string(property.name) + " must be \"prisma\" or \"foreignKeys\"");
      }
    } else if (property.name == "extensions") {
      extensions = property.location;
      read_extensions(context, value, datasource.extensions);
    } else {
      context.error(property.location, "unknown datasource property \"" + std::string(property.name) + "\"");
    }
  }
  if (!has_provider) context.error(block.location, "datasource \"" + std::string(block.name) + "\" has no provider");
  schema.datasource = std::move(datasource);
}

std::string expression_text(const Expression& value) {
  switch (value.kind) {
    case Expression::Kind::kString: return "\"" + std::string(value.text) + "\"";
    case Expression::Kind::kArray: {
      std::string text = "[";
      for (size_t i = 0; i < value.items.size(); ++i) {
        text.append(i ? ", " : "").append(expression_text(value.items[i]));
      }
      return text + "]";
    }
    case Expression::Kind::kFunction: {
      std::string text = std::string(value.text) + "(";
      for (size_t i = 0; i < value.arguments.size(); ++i) {
        text.append(i ? ", " : "").append(expression_text(value.arguments[i].value));
      }
      return text + ")";
    }
    default: return std::string(value.text);
  }
}

// Reads a generator block, adding the names of its previewFeatures to `features`.
void read_generator(Context& context, const Block& block, Schema& schema, std::vector<std::string>& features) {
  for (const Generator& other : schema.generators) {
    if (other.name == block.name) {
      context.error(block.name_location, "a generator named \"" + std::string(block.name) +
                                             "\" is already defined; give each generator a name of its own");
      return;
    }
  }
  Generator generator{std::string(block.name), {}, block.location};
  bool has_provider = false;
  for (const auto& property : block.properties) {
    generator.properties.emplace_back(property.name, expression_text(property.value));
    has_provider = has_provider || property.name == "provider";
    if (property.name != "previewFeatures" || property.value.kind != Expression::Kind::kArray) continue;
    for (const Expression& item : property.value.items) {
      if (item.kind != Expression::Kind::kString) continue;
      if (!is_known_preview_feature(item.text)) {
        context.error(item.location, "unknown preview feature \"" + std::string(item.text) + "\"");
      }
      features.emplace_back(item.text);
    }
  }
  if (!has_provider) {
    context.error(block.location, "generator \"" + std::string(block.name) + "\" has no provider");
  }
  schema.generators.push_back(std::move(generator));
}

void read_enum(Context& context, const Block& block, Enum& result) {
  result.name = block.name;
  result.database_name = block.name;
  result.documentation = block.documentation;
  result.location = block.name_location;
  if (block.values.empty()) {
    context.error(block.name_location, "enum \"" + std::string(block.name) + "\" must have at least one value");
  }
  RepeatedNames names;
  for (size_t i = 0; i < block.values.size(); ++i) names.add(block.values[i].name, i);
  names.finish();
  result.values.reserve(block.values.size());
  for (size_t i = 0; i < block.values.size(); ++i) {
    const ast::EnumValue& source = block.values[i];
    if (names.first(i) != i) {
      context.error(source.location, "value \"" + std::string(source.name) +
                                         "\" is already defined in enum \"" + std::string(block.name) + "\"");
      continue;
    }
    refuse_hyphen(context, source.location, "enum value", source.name, "use _ and @map(\"" + std::string(source.name) + "\")");
    EnumValue value{std::string(source.name), std::string(source.name), std::string(source.documentation),
                     source.location};
    for (const ast::Attribute& attribute : source.attributes) {
      if (attribute.name != "map") {
        context.error(attribute.location, "unknown attribute " + attribute_label(attribute) +
                                              " on an enum value; only @map is allowed");
        continue;
      }
      Arguments arguments(context, attribute, {"name"});
      if (auto name = arguments.string("name")) value.database_name = *name;
      else if (!arguments.get("name")) context.error(attribute.location, "@map needs a name");
    }
    result.values.push_back(std::move(value));
  }
  for (const ast::Attribute& attribute : block.attributes) {
    Arguments arguments(context, attribute, {"name"});
    if (attribute.name == "map") {
      if (auto name = arguments.string("name")) result.database_name = *name;
      else if (!arguments.get("name")) context.error(attribute.location, "@@map needs a name");
    } else if (attribute.name == "schema") {
      if (auto name = arguments.string("name")) result.schema = *name;
      else if (!arguments.get("name")) context.error(attribute.location, "@@schema needs a name");
    } else {
      context.error(attribute.location, "unknown attribute " + attribute_label(attribute) +
                                            " on an enum; only @@map and @@schema are allowed");
    }
  }
}

void read_model(Context& context, const Schema& schema, const BlockNames& names, const Block& block,
                const std::string& datasource_name, RepeatedNames& field_names, Model& model) {
  model.name = block.name;
  model.database_name = block.name;
  model.is_view = block.kind == Block::Kind::kView;
  model.documentation = block.documentation;
  model.location = block.name_location;
  field_names.clear();
  for (size_t i = 0; i < block.fields.size(); ++i) field_names.add(block.fields[i].name, i);
  field_names.finish();
  // Fields are large; growing the vector would leave up to half of it unused.
  model.fields.reserve(block.fields.size());
  for (size_t i = 0; i < block.fields.size(); ++i) {
    const ast::Field& source = block.fields[i];
    if (field_names.first(i) != i) {
      context.error(source.location, "field \"" + std::string(source.name) + "\" is already defined in " +
                                         block_kind_name(block.kind) + " \"" + std::string(block.name) + "\"");
      continue;
    }
    refuse_hyphen(context, source.location, "field", source.name, "use _ and @map(\"" + std::string(source.name) + "\")");
    // Built in place: a Field is large and moving it costs more than its few checks.
    Field& field = model.fields.emplace_back();
    field.name = source.name;
    field.database_name = source.name;
    field.type_name = source.type.name;
    field.unsupported = source.type.unsupported;
    field.optional = source.type.optional;
    field.list = source.type.list;
    field.documentation = source.documentation;
    field.location = source.location;
    const auto named = names.find(source.type.name);
    const auto scalar = scalar_from_name(source.type.name);
    if (scalar && (*scalar != ScalarType::kUnsupported || source.type.unsupported_call)) {
      field.kind = Field::Kind::kScalar;
      field.scalar = *scalar;
    } else if (named != names.end() && named->second->kind == Block::Kind::kEnum) {
      field.kind = Field::Kind::kEnum;
    } else if (named != names.end()) {
      field.kind = Field::Kind::kRelation;
      field.relation = Relation{};
      field.relation->location = source.location;
    } else {
      context.error(source.type.location, "unknown type \"" + std::string(source.type.name) +
                                              "\": not a built-in type, model or enum");
      model.fields.pop_back();
      continue;
    }
    apply_field_attributes(context, schema, source, datasource_name, field);
  }
  apply_model_attributes(context, block, model);
  if (!model.ignored) return;
  for (const Field& field : model.fields) {
    if (!field.ignored) continue;
    context.error(field.location, "field \"" + field.name + "\" needs no @ignore: model \"" + model.name +
                                      "\" is @@ignore'd, which ignores all its fields; remove the @ignore");
  }
}

}  // namespace

void build_schema(Context& context, const std::vector<ast::File>& files, Schema& schema) {
  // Names first, so a field may refer to a model or enum declared later or in another file.
  BlockNames names;
  std::vector<std::string> features;    // previewFeatures of all generators
  std::optional<Location> extensions;   // the datasource's extensions property
  std::vector<const Block*> enums;
  std::vector<const Block*> models;
  for (const ast::File& file : files) {
    for (const Block& block : file.blocks) {
      switch (block.kind) {
        case Block::Kind::kDatasource: read_datasource(context, block, schema, extensions); continue;
        case Block::Kind::kGenerator: read_generator(context, block, schema, features); continue;
        case Block::Kind::kType:
          context.error(block.location, "composite types (\"type\" blocks) are only supported on "
                                        "MongoDB; use a model or a Json field");
          continue;
        default: break;
      }
      refuse_hyphen(context, block.name_location, block_kind_name(block.kind), block.name, "use _ or @@map(\"...\")");
      if (is_reserved_name(block.name)) {
        context.error(block.name_location, "\"" + std::string(block.name) + "\" is reserved (a JavaScript keyword, or "
                                               "PrismaClient): the generated client cannot name a type so; choose another "
                                               "name for this " + block_kind_name(block.kind) + " (@@map keeps the database name)");
        continue;
      }
      if (const auto scalar = scalar_from_name(block.name); scalar && *scalar != ScalarType::kUnsupported) {
        context.error(block.name_location, "\"" + std::string(block.name) + "\" is a built-in type; choose another name for this " +
                                               block_kind_name(block.kind));
        continue;
      }
      auto [it, inserted] = names.emplace(block.name, &block);
      if (!inserted) {
        context.error(block.name_location, "the name \"" + std::string(block.name) + "\" is already used by " +
                                               block_kind_name(it->second->kind) + " \"" +
                                               std::string(block.name) + "\"");
        continue;
      }
      if (block.kind == Block::Kind::kEnum) enums.push_back(&block);
      else models.push_back(&block);
    }
  }
  for (const Block* block : enums) {
    schema.enums.emplace_back();
    read_enum(context, *block, schema.enums.back());
  }
  // Register every model name before reading fields, so relation types resolve in any order.
  for (const Block* block : models) {
    Model model;
    model.name = block->name;
    model.is_view = block->kind == Block::Kind::kView;
    schema.models.push_back(std::move(model));
  }
  const std::string datasource_name = schema.datasource ? schema.datasource->name : "";
  RepeatedNames field_names;  // reused from one model to the next
  for (size_t i = 0; i < models.size(); ++i) {
    Model model;
    read_model(context, schema, names, *models[i], datasource_name, field_names, model);
    schema.models[i] = std::move(model);
  }
  check_preview_features(context, schema, features, extensions);
}

}  // namespace qdb::prisma::detail
