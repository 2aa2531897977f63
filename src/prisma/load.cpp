#include "prisma/load.hpp"

#include <algorithm>
#include <map>

#include "prisma/parser.hpp"
#include "prisma/validate_context.hpp"

namespace qdb::prisma {

std::string LoadResult::format_diagnostics() const {
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics) {
    std::string_view text;
    for (const SourceFile& source : sources) {
      if (source.name == diagnostic.file) text = source.text;
    }
    out += format_diagnostic(diagnostic, text);
    out += '\n';
  }
  return out;
}

LoadResult load_schema(std::vector<SourceFile> files) {
  LoadResult result;
  result.sources = std::move(files);
  std::vector<ast::File> trees;
  std::map<std::string, int> order;
  for (size_t i = 0; i < result.sources.size(); ++i) {
    ParseResult parsed = parse_file(static_cast<int>(i), result.sources[i]);
    trees.push_back(std::move(parsed.file));
    result.schema.files.push_back(result.sources[i].name);
    order.emplace(result.sources[i].name, static_cast<int>(i));
    for (auto& diagnostic : parsed.diagnostics) result.diagnostics.push_back(std::move(diagnostic));
  }
  detail::Context context(result.schema.files);
  detail::build_schema(context, trees, result.schema);
  detail::check_relations(context, result.schema);
  detail::check_keys(context, result.schema);
  detail::check_index_types(context, result.schema);
  for (auto& diagnostic : context.diagnostics()) result.diagnostics.push_back(std::move(diagnostic));
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     int fa = order.count(a.file) ? order[a.file] : -1;
                     int fb = order.count(b.file) ? order[b.file] : -1;
                     return std::tie(fa, a.line, a.column) < std::tie(fb, b.line, b.column);
                   });
  return result;
}

}  // namespace qdb::prisma
