// Env files (.env, .env.local, ...) as config::parse_dotenv reads them, with ${NAME} references
// that resolve from an outranking lookup, from earlier lines and from a fallback. Promises
// checked: no crash or exception; every diagnostic points into the file (columns count bytes
// after a UTF-8 byte order mark); entries start on lines of the file; keys are never empty.
#include <optional>
#include <string>

#include "check.hpp"
#include "config/dotenv.hpp"

using qdb::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  std::string_view text = qdb::fuzz::as_text(data, size);
  qdb::config::DotenvLookups lookups;
  lookups.overrides = [](std::string_view name) -> std::optional<std::string> {
    if (name == "HOME") return std::string("/home/ci");
    return std::nullopt;
  };
  lookups.fallback = [](std::string_view name) -> std::optional<std::string> {
    if (name == "USER") return std::string("ci");
    if (name == "EMPTY") return std::string();
    return std::nullopt;
  };
  const qdb::config::DotenvFile file = qdb::config::parse_dotenv(".env", text, lookups);
  const std::string_view kBom = "\xEF\xBB\xBF";
  const std::string_view counted = text.substr(0, kBom.size()) == kBom ? text.substr(kBom.size()) : text;
  qdb::fuzz::check_diagnostics(file.diagnostics, ".env", counted);
  for (const qdb::config::DotenvEntry& entry : file.entries) {
    check(!entry.key.empty(), "an entry without a key");
    check(qdb::fuzz::inside(counted, entry.line, 1), "an entry on a line the file does not have");
    check(file.find(entry.key) == &entry, "find() does not find an entry by its key");
  }
  return 0;
}
