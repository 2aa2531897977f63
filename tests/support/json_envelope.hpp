#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/process.hpp"

namespace qdb::test {

/// What a --json run must have written, in the shape docs/json-output.md documents.
struct Envelope {
  std::optional<std::string> command;     // null when the command line named none
  std::optional<std::string> profile;     // null when the command line named none
  int exit_code = 0;
  std::optional<std::string> database;    // the redacted URL; the envelope's `database` is null without
  std::optional<std::string> schema;      // database.schema (checked when set)
  std::optional<std::string> error_kind;  // the error's kind; `error` is null without
  std::vector<std::string> fields;        // the command's own keys, after the envelope's, in order
};

/// Checks (with EXPECT_*) that `r` exited with the expected code and that its stdout is exactly
/// one JSON document whose top-level keys are command, profile, ok, exit_code, duration_ms
/// (an integer), database and error, in this order, followed by exactly `expected.fields`; that
/// `error` holds kind, message, hint and detail first; and that the values match `expected`.
/// Returns the document (an empty object when stdout is not JSON) for the command's own checks.
nlohmann::ordered_json expect_envelope(const ProcessResult& r, const Envelope& expected);

}  // namespace qdb::test
