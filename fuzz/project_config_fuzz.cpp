// qdb.toml as config::parse_project_config reads it (toml++ underneath), and the same bytes as
// migrations/migration_lock.toml (migrate::parse_lock_file). Promises checked: no crash or
// exception; every diagnostic points into the file; the built-in profiles are always there;
// every profile a config defines has a name of letters, digits, '-' and '_'.
#include <string>
#include <vector>

#include "check.hpp"
#include "config/project_config.hpp"
#include "migrate/lock_file.hpp"

using qdb::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const std::string text(qdb::fuzz::as_text(data, size));
  std::vector<qdb::Diagnostic> diagnostics;
  const qdb::config::ProjectConfig config =
      qdb::config::parse_project_config("/project", "qdb.toml", text, diagnostics);
  qdb::fuzz::check_diagnostics(diagnostics, "qdb.toml", text);
  check(config.find_profile("dev") != nullptr && config.find_profile("prod") != nullptr,
        "a built-in profile is missing");
  for (const auto& [name, profile] : config.profiles) {
    check(!name.empty() && name == profile.name, "a profile is filed under another name");
    for (char c : name) {
      const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           c == '-' || c == '_';
      check(allowed, "a profile name holds a character profile names may not hold");
    }
  }

  const qdb::migrate::ParsedLockFile lock = qdb::migrate::parse_lock_file("migration_lock.toml", text);
  for (const qdb::Diagnostic& d : lock.diagnostics) {
    // "missing provider" has no place in the file: line 0.
    if (d.line != 0) check(qdb::fuzz::inside(text, d.line, d.column), "a lock file diagnostic points outside the text");
  }
  check(lock.diagnostics.empty() == (lock.provider == "postgresql"), "a valid lock file is exactly provider = postgresql");
  (void)qdb::config::parse_duration(text);
  return 0;
}
