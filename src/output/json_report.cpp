#include "output/json_report.hpp"

#include "base/located_error.hpp"

#include <array>
#include <stdexcept>
#include <string_view>

namespace qdb::output {
namespace {

constexpr std::array<std::string_view, 7> kEnvelopeKeys = {"command",     "profile",  "ok",   "exit_code",
                                                           "duration_ms", "database", "error"};

void require_command_key(const std::string& key) {
  for (std::string_view reserved : kEnvelopeKeys) {
    if (key == reserved) throw std::logic_error("\"" + key + "\" belongs to the JSON envelope, not to a command");
  }
}

Json optional_text(const std::string& text) { return text.empty() ? Json() : Json(text); }

}  // namespace

void JsonReport::set(const std::string& key, Json value) { field(key) = std::move(value); }

Json& JsonReport::field(const std::string& key) {
  require_command_key(key);
  return fields_[key];
}

void JsonReport::set_database(const std::string& redacted_url, const std::string& schema) {
  database_ = Json{{"url", redacted_url}, {"schema", schema}};
}

void JsonReport::set_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  set("diagnostics", diagnostics_json(diagnostics));
}

Json JsonReport::document(const RunOutcome& outcome) const {
  Json doc = Json::object();
  doc["command"] = outcome.command ? Json(*outcome.command) : Json();
  doc["profile"] = outcome.profile ? Json(*outcome.profile) : Json();
  doc["ok"] = outcome.exit_code == 0;
  doc["exit_code"] = outcome.exit_code;
  doc["duration_ms"] = outcome.duration_ms;
  doc["database"] = database_;
  doc["error"] = outcome.error;
  for (const auto& [key, value] : fields_.items()) doc[key] = value;
  return doc;
}

Json error_json(const Error& error) {
  Json out = Json::object();
  out["kind"] = error_kind_name(error.kind());
  out["message"] = error.what();
  out["hint"] = optional_text(error.hint());
  out["detail"] = optional_text(error.detail());
  const auto* located = dynamic_cast<const LocatedError*>(&error);
  if (located == nullptr) return out;
  if (!located->file().empty()) out["file"] = located->file();
  if (located->line() > 0) {
    out["line"] = located->line();
    out["column"] = located->column();
  }
  if (!located->sqlstate().empty()) out["sqlstate"] = located->sqlstate();
  return out;
}

Json diagnostics_json(const std::vector<Diagnostic>& diagnostics) {
  Json list = Json::array();
  for (const Diagnostic& d : diagnostics) {
    list.push_back({{"file", d.file},
                    {"line", d.line},
                    {"column", d.column},
                    {"severity", d.severity == Diagnostic::Severity::kError ? "error" : "warning"},
                    {"message", d.message}});
  }
  return list;
}

}  // namespace qdb::output
