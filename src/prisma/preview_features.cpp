// Preview features of the generator blocks: the names Prisma 6.19 knows, and the parts of the
// schema language that only exist when one is enabled (views, datasource extensions).
#include <algorithm>
#include <cctype>
#include <iterator>

#include "prisma/validate_context.hpp"

namespace qdb::prisma::detail {
namespace {

// Current, hidden and deprecated features alike: Prisma accepts a deprecated one with a warning
// and rejects only a name it has never had. Compared case-insensitively, as Prisma does.
constexpr std::string_view kKnownFeatures[] = {
    "aggregateApi", "atomicNumberOperations", "clientExtensions", "cockroachdb", "connectOrCreate",
    "createMany", "dataProxy", "deno", "distinct", "driverAdapters", "esm", "extendedIndexes",
    "extendedWhereUnique", "fieldReference", "filteredRelationCount", "filterJson", "fullTextIndex",
    "fullTextSearch", "fullTextSearchPostgres", "groupBy", "improvedQueryRaw", "interactiveTransactions",
    "jsonProtocol", "metrics", "microsoftSqlServer", "middlewares", "mongoDb", "multiSchema",
    "namedConstraints", "nApi", "nativeDistinct", "nativeTypes", "omitApi", "orderByAggregateGroup",
    "orderByNulls", "orderByRelation", "postgresqlExtensions", "prismaSchemaFolder", "reactNative",
    "referentialActions", "referentialIntegrity", "relationJoins", "schemaEngineDriverAdapters",
    "selectRelationCount", "shardKeys", "strictUndefinedChecks", "tracing", "transactionApi", "typedSql",
    "uncheckedScalarInputs", "views",
};

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// True when `feature` is among the generators' previewFeatures.
bool enabled(const std::vector<std::string>& features, std::string_view feature) {
  return std::any_of(features.begin(), features.end(),
                     [&](const std::string& name) { return same_ignoring_case(name, feature); });
}

}  // namespace

bool is_known_preview_feature(std::string_view name) {
  return std::any_of(std::begin(kKnownFeatures), std::end(kKnownFeatures),
                     [&](std::string_view known) { return same_ignoring_case(known, name); });
}

void check_preview_features(Context& context, const Schema& schema, const std::vector<std::string>& features,
                            std::optional<Location> extensions) {
  if (extensions && !enabled(features, "postgresqlExtensions")) {
    context.error(*extensions, "the datasource's extensions need the postgresqlExtensions preview feature: "
                               "add previewFeatures = [\"postgresqlExtensions\"] to the generator");
  }
  if (enabled(features, "views")) return;
  for (const Model& model : schema.models) {
    if (model.is_view) {
      context.error(model.location, "view \"" + model.name + "\" needs the views preview feature: add "
                                    "previewFeatures = [\"views\"] to the generator");
    }
  }
}

}  // namespace qdb::prisma::detail
