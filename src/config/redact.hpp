#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace qdb::config {

/// The text that stands in for a removed secret.
inline constexpr std::string_view kRedacted = "****";

/// Replaces every occurrence of `secret` in `text` with `****`: the secret as it is and its
/// percent-encoded forms (upper- and lower-case hex), so a password is hidden both in libpq's
/// messages and in URLs. An empty secret leaves the text unchanged. A short secret hides every
/// occurrence of those characters: that is the price of never printing it.
std::string redact_secrets(std::string_view text, std::string_view secret);

/// The same for several secrets at once, in one pass over `text`: every occurrence of any of them
/// (or of their encoded forms) becomes `****`, overlapping occurrences one `****` together. What
/// stands in for a secret is never searched again, so a secret such as `*` cannot grow the text.
std::string redact_secrets(std::string_view text, const std::vector<std::string>& secrets);

/// Hides passwords in connection strings found anywhere in `text`, without knowing them:
///  - the password of a URL, `scheme://user:password@host` → `scheme://user:****@host`;
///  - the value after `password=` (any case, any prefix such as `sslpassword=` or `PGPASSWORD=`,
///    spaces allowed around `=`): a conninfo value in single quotes keeps its quotes
///    (`password='****'`); an unquoted value ends at white space, and in a URL query
///    (`?password=` or `&password=`) also at `&` or `#`.
std::string redact_connection_strings(std::string_view text);

}  // namespace qdb::config
