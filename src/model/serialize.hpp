#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/schema.hpp"

namespace qdb::model {

// A model::Schema as JSON and back, every field of every struct, for the replay cache
// (cli/replay_cache): what a migrations folder produced, kept on disk between runs. The format
// is qdb's own and versioned by the cache, not a public interface.

/// The schema as a JSON value: objects with one key per field, optionals as null, actions and
/// object kinds as their SQL / kind_name() spelling.
nlohmann::ordered_json schema_to_json(const Schema& schema);

/// The schema a JSON value of schema_to_json() describes. Every field must be present with its
/// type; unknown keys are an error too, so JSON of another format is never half read. Returns
/// nullopt (and, when `problem` is given, where and why, e.g. "tables[2].columns[0].nullable:
/// expected a boolean") for anything else. Never throws because of the input.
std::optional<Schema> schema_from_json(const nlohmann::ordered_json& json, std::string* problem = nullptr);

/// schema_to_json() as compact text. Throws nlohmann::json::type_error when a name or definition
/// is not valid UTF-8 (a database whose encoding is SQL_ASCII can hold such text).
std::string serialize_schema(const Schema& schema);

/// The schema of serialize_schema() text; nullopt (and `problem`) for text that is not JSON or
/// not a schema. Never throws because of the input.
std::optional<Schema> deserialize_schema(std::string_view text, std::string* problem = nullptr);

}  // namespace qdb::model
