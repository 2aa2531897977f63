#include "support/json_envelope.hpp"

#include <gtest/gtest.h>

namespace qdb::test {
namespace {

std::vector<std::string> keys_of(const nlohmann::ordered_json& object) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.push_back(key);
  return keys;
}

nlohmann::ordered_json optional_json(const std::optional<std::string>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json();
}

void expect_error(const nlohmann::ordered_json& error, const std::string& kind) {
  ASSERT_TRUE(error.is_object()) << error.dump();
  const std::vector<std::string> keys = keys_of(error);
  ASSERT_GE(keys.size(), 4u) << error.dump();
  EXPECT_EQ(std::vector<std::string>(keys.begin(), keys.begin() + 4),
            (std::vector<std::string>{"kind", "message", "hint", "detail"}));
  for (size_t i = 4; i < keys.size(); ++i) {
    EXPECT_TRUE(keys[i] == "file" || keys[i] == "line" || keys[i] == "column" || keys[i] == "sqlstate") << keys[i];
  }
  EXPECT_EQ(error["kind"], kind);
  EXPECT_TRUE(error["message"].is_string() && !error["message"].get<std::string>().empty()) << error.dump();
  EXPECT_TRUE(error["hint"].is_string() || error["hint"].is_null()) << error.dump();
  EXPECT_TRUE(error["detail"].is_string() || error["detail"].is_null()) << error.dump();
}

}  // namespace

nlohmann::ordered_json expect_envelope(const ProcessResult& r, const Envelope& expected) {
  EXPECT_EQ(r.exit_code, expected.exit_code) << r.err;
  if (!nlohmann::ordered_json::accept(r.out)) {
    ADD_FAILURE() << "stdout is not one JSON document:\n" << r.out << "\nstderr:\n" << r.err;
    return nlohmann::ordered_json::object();
  }
  nlohmann::ordered_json doc = nlohmann::ordered_json::parse(r.out);
  EXPECT_EQ(r.out.back(), '\n');
  std::vector<std::string> keys = {"command", "profile", "ok", "exit_code", "duration_ms", "database", "error"};
  keys.insert(keys.end(), expected.fields.begin(), expected.fields.end());
  EXPECT_EQ(keys_of(doc), keys) << r.out;
  EXPECT_EQ(doc["command"], optional_json(expected.command));
  EXPECT_EQ(doc["profile"], optional_json(expected.profile));
  EXPECT_EQ(doc["ok"], expected.exit_code == 0);
  EXPECT_EQ(doc["exit_code"], expected.exit_code);
  EXPECT_TRUE(doc["duration_ms"].is_number_integer() && doc["duration_ms"] >= 0) << doc["duration_ms"];
  if (expected.database) {
    EXPECT_EQ(keys_of(doc["database"]), (std::vector<std::string>{"url", "schema"})) << r.out;
    EXPECT_EQ(doc["database"]["url"], *expected.database);
    if (expected.schema) {
      EXPECT_EQ(doc["database"]["schema"], *expected.schema);
    }
  } else {
    EXPECT_TRUE(doc["database"].is_null()) << r.out;
  }
  if (expected.error_kind) {
    expect_error(doc["error"], *expected.error_kind);
  } else {
    EXPECT_TRUE(doc["error"].is_null()) << r.out;
  }
  return doc;
}

}  // namespace qdb::test
