#pragma once

// Shared by the validation passes (build_schema, attributes, relations, keys). Not a public
// header: use prisma/load.hpp.

#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"
#include "prisma/ast.hpp"
#include "prisma/schema.hpp"

namespace qdb::prisma::detail {

/// Collects diagnostics for a set of files.
class Context {
 public:
  explicit Context(const std::vector<std::string>& files) : files_(files) {}

  /// Records an error at `location`.
  void error(Location location, std::string message);
  /// Records a warning at `location`: reported, but the schema stays valid.
  void warning(Location location, std::string message);
  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }

 private:
  const std::vector<std::string>& files_;
  std::vector<Diagnostic> diagnostics_;
};

/// Finds names given more than once in a list (fields of a model, columns, enum values)
/// without a tree node per name: add() each name with its item's index, then finish() sorts
/// them. Reuse one object between lists to reuse its buffers. Keeps views of the names, which
/// must outlive it.
class RepeatedNames {
 public:
  /// Forgets the names of the previous list.
  void clear() { names_.clear(); }
  /// Adds the name of item `index`; add items in increasing index order.
  void add(std::string_view name, size_t index) { names_.emplace_back(name, index); }
  void finish();
  /// The smallest index added with the same name as `index` (`index` itself when it is the
  /// first, or was not added).
  size_t first(size_t index) const { return index < first_.size() ? first_[index] : index; }

 private:
  static constexpr size_t kShortList = 32;  // up to this many names, no sorting

  std::vector<std::pair<std::string_view, size_t>> names_;
  std::vector<size_t> first_;
};

/// `@name` or `@@name`, as the user wrote it.
std::string attribute_label(const ast::Attribute& attribute);

/// Matches an attribute's arguments to parameter names. The first positional argument binds
/// to `parameters[0]` (an empty `parameters[0]` takes none); unknown or repeated names are
/// reported once. Keeps pointers into
/// `attribute`, which must outlive it; at most kMaxParameters parameters.
class Arguments {
 public:
  static constexpr size_t kMaxParameters = 8;

  Arguments(Context& context, const ast::Attribute& attribute,
            std::initializer_list<std::string_view> parameters);

  /// The argument bound to `name`, or nullptr.
  const ast::Expression* get(std::string_view name) const;
  /// The string bound to `name`; reports an error and returns nullopt when it is not a string.
  std::optional<std::string> string(std::string_view name) const;
  /// The bare constant bound to `name` (Desc, Cascade, Hash...); reports other kinds.
  std::optional<std::string> constant(std::string_view name) const;
  /// True when all arguments matched a parameter.
  bool ok() const { return ok_; }

 private:
  // `@name` or `@@name` for messages.
  std::string label() const { return attribute_label(attribute_); }

  Context& context_;
  const ast::Attribute& attribute_;
  // Names are views of the parameter list or of the attribute's argument names. Each
  // parameter binds at most once, so a fixed array suffices and needs no allocation.
  std::array<std::pair<std::string_view, const ast::Expression*>, kMaxParameters> bound_;
  size_t bound_count_ = 0;
  bool ok_ = true;
};

/// Parses a list of field references `[a, b(sort: Desc)]`, or one reference standing for a list of one.
/// Reports malformed items; returns what could be read.
std::vector<IndexField> parse_field_list(Context& context, const ast::Expression& expression,
                                         std::string_view attribute);

/// Builds models and enums from the syntax trees (types resolved, attributes read).
void build_schema(Context& context, const std::vector<ast::File>& files, Schema& schema);

/// Reads the attributes of one field into `field` (which already has its type).
void apply_field_attributes(Context& context, const Schema& schema, const ast::Field& source,
                            const std::string& datasource_name, Field& field);

/// Reads `@@` attributes of a model into `model`.
void apply_model_attributes(Context& context, const ast::Block& block, Model& model);

/// Pairs relation fields and checks fields/references, actions and many-to-many ids.
void check_relations(Context& context, Schema& schema);

/// Checks primary keys, unique criteria, index field lists and database name clashes.
void check_keys(Context& context, const Schema& schema);

/// True for a preview feature name Prisma 6.19 knows (current or deprecated), in any case.
bool is_known_preview_feature(std::string_view name);

/// Reports views and datasource extensions (written at `extensions`) used without their preview
/// feature, given the previewFeatures of all generators.
void check_preview_features(Context& context, const Schema& schema, const std::vector<std::string>& features,
                            std::optional<Location> extensions);

/// Reports index types and operator classes that do not fit the indexed fields' types, as
/// Prisma's PostgreSQL connector does.
void check_index_types(Context& context, const Schema& schema);

}  // namespace qdb::prisma::detail
