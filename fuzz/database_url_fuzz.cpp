// DATABASE_URL as qdb reads it (config::DatabaseUrl::read), with the redaction that every
// message about a URL goes through. Promises checked beyond "no crash, no exception":
//  - a URL read gives libpq parameters, a conninfo string and a redacted text;
//  - the password never survives redact(), whether in the URL as written or in the conninfo;
//  - percent-decoding undoes percent-encoding, in either hex case.
#include <string>

#include "check.hpp"
#include "config/database_url.hpp"
#include "config/percent_encoding.hpp"
#include "config/redact.hpp"

using qdb::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const std::string_view text = qdb::fuzz::as_text(data, size);
  const qdb::config::UrlReadResult read = qdb::config::DatabaseUrl::read(text);
  check(read.url.has_value() != read.problem.has_value(), "read gives either a URL or a problem");
  if (read.problem) {
    check(!read.problem->message.empty(), "a problem without a message");
  } else {
    const qdb::config::DatabaseUrl& url = *read.url;
    check(url.parameter("application_name").has_value(), "application_name is always set");
    check(!url.schema().empty(), "the schema is never empty");
    const std::string conninfo = url.conninfo();
    const std::string& password = url.password();
    // Replacing "*" by "****" leaves a "*": the one password redaction cannot show gone.
    if (!password.empty() && password.find('*') == std::string::npos) {
      check(url.redact(text).find(password) == std::string::npos, "the password survives redact(url)");
      check(url.redact(conninfo).find(password) == std::string::npos, "the password survives redact(conninfo)");
      check(url.redact(url.redacted()).find(password) == std::string::npos,
            "the password survives redact(redacted())");
    }
  }
  (void)qdb::config::redact_connection_strings(text);

  const std::string upper = qdb::config::percent_encode(text, true);
  const std::string lower = qdb::config::percent_encode(text, false);
  check(qdb::config::percent_decode(upper) == std::string(text), "decode(encode(x)) != x (upper case)");
  check(qdb::config::percent_decode(lower) == std::string(text), "decode(encode(x)) != x (lower case)");
  (void)qdb::config::percent_decode(text);
  return 0;
}
