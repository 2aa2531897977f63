#include "config/database_url.hpp"

#include <algorithm>
#include <iterator>
#include <cctype>

#include "config/percent_encoding.hpp"
#include "config/redact.hpp"
#include "base/error.hpp"

namespace qdb::config {
namespace {

constexpr std::string_view kUrlShape = "postgresql://USER:PASSWORD@HOST:5432/DATABASE";

// libpq's documented connection keywords (PostgreSQL 16). `sslpassword` is missing on purpose:
// in a DATABASE_URL it is Prisma's (the PKCS#12 identity password) and is consumed.
constexpr std::string_view kLibpqKeywords[] = {
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "require_auth",
    "channel_binding", "connect_timeout", "client_encoding", "options", "application_name",
    "fallback_application_name", "keepalives", "keepalives_idle", "keepalives_interval",
    "keepalives_count", "tcp_user_timeout", "replication", "gssencmode", "sslmode", "requiressl",
    "sslcompression", "sslcert", "sslkey", "sslcertmode", "sslrootcert", "sslcrl", "sslcrldir",
    "sslsni", "requirepeer", "ssl_min_protocol_version", "ssl_max_protocol_version", "krbsrvname",
    "gsslib", "gssdelegation", "service", "target_session_attrs", "load_balance_hosts"};

// Prisma's own parameters: libpq would reject them, so they stop here.
constexpr std::string_view kPrismaParameters[] = {
    "schema", "connection_limit", "pool_timeout", "pgbouncer", "sslaccept", "socket_timeout",
    "statement_cache_size", "sslidentity", "sslpassword", "max_connection_lifetime",
    "max_idle_connection_lifetime", "single_use_connections"};

template <size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string closest_known_parameter(std::string_view word) {
  std::string best;
  size_t best_distance = 3;  // further than two edits is a different word, not a typo
  auto consider = [&](std::string_view candidate) {
    size_t d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  };
  for (auto k : kLibpqKeywords) consider(k);
  for (auto k : kPrismaParameters) consider(k);
  return best;
}

bool is_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  out.append(text);
  out += '"';
  return out;
}

// search_path takes identifiers: anything but a plain lower-case name needs double quotes.
std::string search_path_identifier(std::string_view schema) {
  bool plain = !schema.empty() && !(schema[0] >= '0' && schema[0] <= '9') && schema[0] != '$' &&
               std::all_of(schema.begin(), schema.end(), [](char c) {
                 return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
               });
  if (plain) return std::string(schema);
  std::string out = "\"";
  for (char c : schema) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// The server splits `options` at white space; a backslash keeps the next character literal.
std::string escape_options_word(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c == '\\' || std::isspace(static_cast<unsigned char>(c))) out += '\\';
    out += c;
  }
  return out;
}

class Parser {
 public:
  Parser(std::string_view url, std::string_view source) : url_(url), source_(source) {}

  [[noreturn]] void fail(std::string what, std::string hint) const {
    throw Error(ErrorKind::kConfig, source_ + " is not a valid PostgreSQL URL: " + what,
                std::move(hint));
  }

  // Decodes a part of the URL. `shown` says whether the part may be quoted in the message
  // (never for a password).
  std::string decode(std::string_view raw, std::string_view what, bool shown) const {
    auto decoded = percent_decode(raw);
    if (!decoded) {
      size_t bad = raw.find('%');
      while (bad != std::string_view::npos && percent_decode(raw.substr(bad, 3))) {
        bad = raw.find('%', bad + 1);
      }
      std::string at = shown ? " at " + quote(raw.substr(bad, 3)) : std::string();
      fail("the " + std::string(what) + " has an invalid percent-encoding" + at,
           "a '%' must be followed by two hex digits; write %25 for a literal '%'");
    }
    if (decoded->find('\0') != std::string::npos) {
      fail("the " + std::string(what) + " contains %00", "remove the encoded NUL byte");
    }
    return *decoded;
  }

  void set(std::vector<ConnectionParameter>& params, std::string_view keyword, std::string value) {
    for (auto& p : params) {
      if (p.keyword == keyword) {
        p.value = std::move(value);
        return;
      }
    }
    params.push_back({std::string(keyword), std::move(value)});
  }

  std::string url_;
  std::string source_;
};

bool has_parameter(const std::vector<ConnectionParameter>& params, std::string_view keyword) {
  return std::any_of(params.begin(), params.end(),
                     [&](const ConnectionParameter& p) { return p.keyword == keyword; });
}

void validate_port(const Parser& parser, std::string_view port, bool shown) {
  std::string shown_port;
  if (shown) shown_port.append(" ").append(quote(port));
  if (port.empty()) {
    parser.fail("a ':' is followed by no port number",
                "write the port after the colon, e.g. localhost:5432, or drop the colon to use 5432");
  }
  if (!is_digits(port)) {
    parser.fail("the port" + shown_port + " is not a number",
                "a port is a number from 1 to 65535; if the text after ':' is part of a password, "
                "percent-encode the password's '/', '?', '#', '@' and ':' (%2F, %3F, %23, %40, %3A)");
  }
  if (port.size() > 5 || std::stoul(std::string(port)) > 65535 || std::stoul(std::string(port)) == 0) {
    parser.fail("the port" + shown_port + " is out of range", "a port is a number from 1 to 65535");
  }
}

std::string trim(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return std::string(text.substr(begin, end - begin));
}

}  // namespace

DatabaseUrl DatabaseUrl::parse(std::string_view raw_url, std::string_view source) {
  const std::string url = trim(raw_url);
  Parser parser(url, source);
  if (url.empty()) {
    throw Error(ErrorKind::kConfig, std::string(source) + " is empty",
                "set it to a URL such as " + std::string(kUrlShape));
  }

  size_t scheme_end = url.find("://");
  std::string_view scheme = scheme_end == std::string::npos ? std::string_view()
                                                            : std::string_view(url).substr(0, scheme_end);
  bool scheme_is_word = !scheme.empty() && std::all_of(scheme.begin(), scheme.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
  });
  if (!scheme_is_word) {
    parser.fail("it does not start with postgresql:// or postgres://",
                "write it as " + std::string(kUrlShape));
  }
  std::string lower_scheme;
  for (char c : scheme) lower_scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower_scheme != "postgresql" && lower_scheme != "postgres") {
    parser.fail("the scheme is " + quote(scheme) + ", and qdb supports PostgreSQL only",
                "write it as " + std::string(kUrlShape) + " (postgres:// works too)");
  }

  DatabaseUrl result;
  std::vector<std::pair<size_t, size_t>> secret_spans;  // offsets into url, replaced in redacted()
  const size_t rest_begin = scheme_end + 3;
  std::string_view rest = std::string_view(url).substr(rest_begin);

  // The user information ends at the last '@' before the query, so that an unencoded '@', '/'
  // or ':' in a password still parses (libpq itself would stop at the first '@').
  size_t query_begin = rest.find('?');
  size_t at = rest.substr(0, query_begin).rfind('@');
  // With no '@' before the query but one after it, a password with an unencoded '?' may have
  // been split: then no part of the host or query is quoted in messages.
  const bool shown = !(at == std::string_view::npos && rest.find('@') != std::string_view::npos);

  std::vector<ConnectionParameter> params;
  std::string user;
  std::string password;
  if (at != std::string_view::npos) {
    std::string_view userinfo = rest.substr(0, at);
    size_t colon = userinfo.find(':');
    user = parser.decode(userinfo.substr(0, colon), "user name", true);
    if (colon != std::string_view::npos) {
      std::string_view raw_password = userinfo.substr(colon + 1);
      password = parser.decode(raw_password, "password", false);
      if (!raw_password.empty()) {
        secret_spans.emplace_back(rest_begin + colon + 1, raw_password.size());
        result.secrets_.emplace_back(raw_password);
      }
    }
  }

  std::string_view after_user = at == std::string_view::npos ? rest : rest.substr(at + 1);
  const size_t after_user_begin = rest_begin + (at == std::string_view::npos ? 0 : at + 1);
  // A fragment means nothing to PostgreSQL; URL readers drop it, and so does qdb.
  after_user = after_user.substr(0, after_user.find('#'));
  size_t authority_end = after_user.find_first_of("/?");
  std::string_view host_list = after_user.substr(0, authority_end);

  std::vector<std::string> hosts;
  std::vector<std::string> ports;
  bool any_host = false;
  bool any_port = false;
  if (!host_list.empty()) {
    size_t entry_begin = 0;
    while (true) {
      size_t comma = host_list.find(',', entry_begin);
      std::string_view entry = host_list.substr(entry_begin, comma == std::string_view::npos
                                                                 ? std::string_view::npos
                                                                 : comma - entry_begin);
      std::string_view raw_host = entry;
      std::string_view port;
      bool has_port = false;
      if (!entry.empty() && entry[0] == '[') {
        size_t close = entry.find(']');
        if (close == std::string_view::npos) {
          parser.fail("the IPv6 address " + (shown ? quote(entry) + " " : std::string()) +
                          "has no closing ']'",
                      "write an IPv6 host in brackets, e.g. postgresql://user@[::1]:5432/db");
        }
        raw_host = entry.substr(1, close - 1);
        std::string_view after = entry.substr(close + 1);
        if (!after.empty()) {
          if (after[0] != ':') {
            parser.fail("unexpected text after the IPv6 address" +
                            (shown ? " " + quote(entry.substr(0, close + 1)) : std::string()),
                        "only ':PORT' may follow ']', e.g. [::1]:5432");
          }
          port = after.substr(1);
          has_port = true;
        }
      } else {
        if (entry.find(']') != std::string_view::npos) {
          parser.fail("a ']' has no opening '['",
                      "write an IPv6 host in brackets, e.g. postgresql://user@[::1]:5432/db");
        }
        size_t colon = entry.find(':');
        if (colon != std::string_view::npos) {
          if (entry.find(':', colon + 1) != std::string_view::npos) {
            parser.fail("the host" + (shown ? " " + quote(entry) : std::string()) +
                            " has more than one ':'",
                        "write an IPv6 host in brackets, e.g. [::1]:5432; if a password is in the "
                        "way, percent-encode its '/', '?', '#' and '@' (%2F, %3F, %23, %40)");
          }
          raw_host = entry.substr(0, colon);
          port = entry.substr(colon + 1);
          has_port = true;
        }
      }
      if (has_port) validate_port(parser, port, shown);
      std::string host = parser.decode(raw_host, "host", shown);
      if (host.find(',') != std::string::npos) {
        parser.fail("a host contains an encoded ','", "libpq separates hosts with ','; remove it");
      }
      any_host = any_host || !host.empty();
      any_port = any_port || has_port;
      hosts.push_back(std::move(host));
      ports.emplace_back(port);
      if (comma == std::string_view::npos) break;
      entry_begin = comma + 1;
    }
  }
  auto join = [](const std::vector<std::string>& parts) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? "," : "") + parts[i];
    return out;
  };
  if (any_host) parser.set(params, "host", join(hosts));
  if (any_port) parser.set(params, "port", join(ports));

  std::string_view path;
  if (authority_end != std::string_view::npos && after_user[authority_end] == '/') {
    path = after_user.substr(authority_end + 1);
    path = path.substr(0, path.find('?'));
  }
  std::string dbname = parser.decode(path, "database name", true);
  if (!dbname.empty()) parser.set(params, "dbname", dbname);
  if (!user.empty()) parser.set(params, "user", user);
  if (!password.empty()) parser.set(params, "password", password);

  std::optional<std::string> user_options;
  size_t query_in_after_user = after_user.find('?');
  if (query_in_after_user != std::string_view::npos) {
    std::string_view query = after_user.substr(query_in_after_user + 1);
    const size_t query_offset = after_user_begin + query_in_after_user + 1;
    size_t begin = 0;
    while (begin <= query.size()) {
      size_t amp = query.find('&', begin);
      size_t end = amp == std::string_view::npos ? query.size() : amp;
      std::string_view pair = query.substr(begin, end - begin);
      size_t pair_offset = query_offset + begin;
      begin = end + 1;
      if (pair.empty()) continue;
      size_t eq = pair.find('=');
      std::string key_text = shown ? quote(pair.substr(0, eq)) : std::string("a parameter");
      if (eq == std::string_view::npos) {
        parser.fail((shown ? "query parameter " + key_text : "a query parameter") + " has no value",
                    "write KEY=VALUE, e.g. ?sslmode=require");
      }
      std::string key = parser.decode(pair.substr(0, eq), "query parameter name", shown);
      std::string_view raw_value = pair.substr(eq + 1);
      bool secret = key == "password" || key == "sslpassword";
      std::string value =
          parser.decode(raw_value, secret ? key : "value of " + key_text, !secret && shown);
      if (key.empty()) parser.fail("a query parameter has no name", "write KEY=VALUE");
      if (secret && !raw_value.empty()) {
        secret_spans.emplace_back(pair_offset + eq + 1, raw_value.size());
        result.secrets_.emplace_back(raw_value);
        result.secrets_.push_back(value);
      }
      if (contains(kPrismaParameters, key)) {
        if (key == "schema") {
          if (value.empty()) {
            parser.fail("schema= is empty", "write ?schema=NAME, or leave it out to use \"public\"");
          }
          result.schema_ = value;
        } else if (key == "pgbouncer") {
          if (value != "true" && value != "false") {
            parser.fail("pgbouncer must be true or false" +
                            (shown ? ", not " + quote(value) : std::string()),
                        "write ?pgbouncer=true when connecting through PgBouncer");
          }
          result.pgbouncer_ = value == "true";
        } else {
          result.ignored_.push_back(key);
        }
        continue;
      }
      if (!contains(kLibpqKeywords, key)) {
        std::string guess = closest_known_parameter(key);
        parser.fail("unknown query parameter " + (shown ? quote(key) : std::string("name")),
                    (guess.empty() ? std::string() : "did you mean " + quote(guess) + "? ") +
                        "qdb passes libpq's connection parameters through (sslmode, "
                        "connect_timeout, ...) and accepts Prisma's (schema, connection_limit, "
                        "...); see docs/configuration.md");
      }
      if (key == "port") {
        size_t part_begin = 0;
        while (true) {
          size_t comma = value.find(',', part_begin);
          std::string_view part = std::string_view(value).substr(
              part_begin, comma == std::string::npos ? std::string::npos : comma - part_begin);
          if (!part.empty()) validate_port(parser, part, shown);
          if (comma == std::string::npos) break;
          part_begin = comma + 1;
        }
      }
      if (key == "password") password = value;
      if (key == "options") {
        user_options = value;
        continue;
      }
      parser.set(params, key, value);
    }
  }

  result.password_ = password;
  if (!password.empty()) result.secrets_.push_back(password);

  // Prisma sets search_path to the schema on every connection; qdb does it at connect time.
  result.search_path_in_options_ = !result.pgbouncer_;
  std::string options;
  if (result.search_path_in_options_) {
    options = "-c " + escape_options_word("search_path=" + search_path_identifier(result.schema_));
  }
  if (user_options && !user_options->empty()) {
    options += (options.empty() ? "" : " ") + *user_options;
  }
  if (!options.empty()) parser.set(params, "options", options);
  if (!has_parameter(params, "connect_timeout")) {
    parser.set(params, "connect_timeout", std::string(kDefaultConnectTimeoutSeconds));
  }
  if (!has_parameter(params, "application_name")) {
    parser.set(params, "application_name", std::string(kDefaultApplicationName));
  }
  result.parameters_ = std::move(params);

  std::string redacted = url;
  std::sort(secret_spans.begin(), secret_spans.end());
  for (auto it = secret_spans.rbegin(); it != secret_spans.rend(); ++it) {
    redacted.replace(it->first, it->second, kRedacted);
  }
  result.redacted_ = std::move(redacted);
  return result;
}

std::optional<std::string> DatabaseUrl::parameter(std::string_view keyword) const {
  for (const auto& p : parameters_) {
    if (p.keyword == keyword) return p.value;
  }
  return std::nullopt;
}

std::string DatabaseUrl::conninfo() const {
  std::string out;
  for (const auto& p : parameters_) {
    if (!out.empty()) out += ' ';
    out += p.keyword + '=' + quote_conninfo_value(p.value);
  }
  return out;
}

std::string DatabaseUrl::redact(std::string_view text) const {
  std::string out(text);
  // Longest first, so a secret that contains another is hidden whole.
  std::vector<std::string> secrets = secrets_;
  std::sort(secrets.begin(), secrets.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const auto& secret : secrets) out = redact_secrets(out, secret);
  return redact_connection_strings(out);
}

std::string quote_conninfo_value(std::string_view value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

}  // namespace qdb::config
