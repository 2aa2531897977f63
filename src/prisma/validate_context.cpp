#include "prisma/validate_context.hpp"

#include <algorithm>

namespace qdb::prisma::detail {

void Context::error(Location location, std::string message) {
  std::string file = location.file >= 0 && static_cast<size_t>(location.file) < files_.size()
                         ? files_[static_cast<size_t>(location.file)]
                         : std::string();
  diagnostics_.push_back(Diagnostic{std::move(file), location.line, location.column,
                                    Diagnostic::Severity::kError, std::move(message)});
}

void Context::warning(Location location, std::string message) {
  error(location, std::move(message));
  diagnostics_.back().severity = Diagnostic::Severity::kWarning;
}

void RepeatedNames::finish() {
  size_t count = 0;
  for (const auto& name : names_) count = std::max(count, name.second + 1);
  first_.resize(count);
  for (size_t i = 0; i < count; ++i) first_[i] = i;
  // Most lists (the fields of a model) are short: comparing each name with the earlier ones
  // is cheaper than sorting them. Names were added in index order.
  if (names_.size() <= kShortList) {
    for (size_t i = 1; i < names_.size(); ++i) {
      for (size_t j = 0; j < i; ++j) {
        if (names_[j].first == names_[i].first) {
          first_[names_[i].second] = names_[j].second;
          break;
        }
      }
    }
    return;
  }
  std::sort(names_.begin(), names_.end());
  // Sorted by name, then index: the first of each run of equal names has the smallest index.
  for (size_t i = 1; i < names_.size(); ++i) {
    if (names_[i].first == names_[i - 1].first) first_[names_[i].second] = first_[names_[i - 1].second];
  }
}

std::string attribute_label(const ast::Attribute& attribute) {
  return (attribute.block_level ? "@@" : "@") + std::string(attribute.name);
}

Arguments::Arguments(Context& context, const ast::Attribute& attribute,
                     std::initializer_list<std::string_view> parameters)
    : context_(context), attribute_(attribute) {
  // One unnamed argument, wherever it stands (`@@id(name: "ab", [a, b])`), is the first
  // parameter's, as in Prisma.
  bool unnamed_seen = false;
  for (const ast::Argument& argument : attribute.arguments) {
    std::string_view name = argument.name;
    if (name.empty()) {
      // A first parameter named "" means the attribute takes no unnamed argument.
      if (parameters.size() == 0 || parameters.begin()->empty()) {
        context_.error(argument.location, "unexpected unnamed argument in " + label() +
                                              (parameters.size() == 0 ? "" : "; name it"));
        ok_ = false;
        continue;
      }
      if (unnamed_seen) {
        context_.error(argument.location, "more than one unnamed argument in " + label() +
                                              "; name it, or put the fields in one list ([a, b])");
        ok_ = false;
        continue;
      }
      unnamed_seen = true;
      name = *parameters.begin();
    }
    bool known = false;
    for (std::string_view parameter : parameters) known = known || parameter == name;
    if (!known) {
      context_.error(argument.location, "unknown argument \"" + std::string(name) + "\" in " + label());
      ok_ = false;
      continue;
    }
    if (get(name) != nullptr) {
      context_.error(argument.location,
                     "argument \"" + std::string(name) + "\" is given twice in " + label());
      ok_ = false;
      continue;
    }
    // Known and not yet bound, so at most one entry per parameter.
    bound_.at(bound_count_++) = {name, &argument.value};
  }
}

const ast::Expression* Arguments::get(std::string_view name) const {
  for (size_t i = 0; i < bound_count_; ++i) {
    if (bound_[i].first == name) return bound_[i].second;
  }
  return nullptr;
}

std::optional<std::string> Arguments::string(std::string_view name) const {
  const ast::Expression* value = get(name);
  if (value == nullptr) return std::nullopt;
  if (value->kind != ast::Expression::Kind::kString) {
    context_.error(value->location, "argument \"" + std::string(name) + "\" of " + label() +
                                        " must be a string");
    return std::nullopt;
  }
  return std::string(value->text);
}

std::optional<std::string> Arguments::constant(std::string_view name) const {
  const ast::Expression* value = get(name);
  if (value == nullptr) return std::nullopt;
  if (value->kind != ast::Expression::Kind::kConstant) {
    context_.error(value->location, "argument \"" + std::string(name) + "\" of " + label() +
                                        " must be a name such as " +
                                        (name == "sort" ? "Desc" : name == "type" ? "Hash" : "Cascade"));
    return std::nullopt;
  }
  return std::string(value->text);
}

std::vector<IndexField> parse_field_list(Context& context, const ast::Expression& expression,
                                         std::string_view attribute) {
  std::vector<IndexField> fields;
  // Prisma reads a single value where a list is expected as a list of that one value, so
  // `@@index(orgId)` means `@@index([orgId])`.
  const bool is_list = expression.kind == ast::Expression::Kind::kArray;
  const size_t count = is_list ? expression.items.size() : 1;
  fields.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    const ast::Expression* item = is_list ? &expression.items[i] : &expression;
    IndexField field;
    if (item->kind == ast::Expression::Kind::kConstant) {
      field.name = item->text;
      fields.push_back(std::move(field));
      continue;
    }
    if (item->kind != ast::Expression::Kind::kFunction) {
      context.error(item->location, std::string(attribute) + " expects field names, not " +
                                        (item->kind == ast::Expression::Kind::kString ? "a string"
                                         : item->kind == ast::Expression::Kind::kNumber ? "a number"
                                                                                    : "a list"));
      continue;
    }
    field.name = item->text;
    for (const ast::Argument& argument : item->arguments) {
      const ast::Expression& value = argument.value;
      if (argument.name == "sort" && value.kind == ast::Expression::Kind::kConstant &&
          (value.text == "Asc" || value.text == "Desc")) {
        field.sort = value.text;
      } else if (argument.name == "length" && value.kind == ast::Expression::Kind::kNumber &&
                 value.text.find_first_of(".-") == std::string::npos && value.text.size() < 9) {
        field.length = std::stoi(std::string(value.text));
      } else if (argument.name == "ops" && value.kind == ast::Expression::Kind::kConstant) {
        field.ops = value.text;
      } else if (argument.name == "ops" && value.kind == ast::Expression::Kind::kFunction &&
                 value.text == "raw" && value.arguments.size() == 1 &&
                 value.arguments[0].value.kind == ast::Expression::Kind::kString) {
        field.ops = "raw:" + std::string(value.arguments[0].value.text);
      } else {
        context.error(argument.location,
                      "invalid argument for field \"" + field.name + "\" in " + std::string(attribute) +
                          "; expected sort: Asc|Desc, length: <n> or ops: <operator class>");
      }
    }
    fields.push_back(std::move(field));
  }
  return fields;
}

}  // namespace qdb::prisma::detail
