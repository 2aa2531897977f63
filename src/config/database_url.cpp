#include "config/database_url.hpp"

#include <algorithm>
#include <iterator>
#include <vector>
#include <cctype>

#include "config/percent_encoding.hpp"
#include "config/redact.hpp"
#include "base/error.hpp"
#include "util/closest_word.hpp"

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

// libpq's sslmode values.
constexpr std::string_view kSslModes[] = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"};

template <size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

std::string closest_known_parameter(std::string_view word) {
  std::vector<std::string_view> known(std::begin(kLibpqKeywords), std::end(kLibpqKeywords));
  known.insert(known.end(), std::begin(kPrismaParameters), std::end(kPrismaParameters));
  return util::closest_word(word, known);
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

void set(std::vector<ConnectionParameter>& params, std::string_view keyword, std::string value) {
  for (auto& p : params) {
    if (p.keyword == keyword) {
      p.value = std::move(value);
      return;
    }
  }
  params.push_back({std::string(keyword), std::move(value)});
}

bool has_parameter(const std::vector<ConnectionParameter>& params, std::string_view keyword) {
  return std::any_of(params.begin(), params.end(),
                     [&](const ConnectionParameter& p) { return p.keyword == keyword; });
}

std::string trim(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return std::string(text.substr(begin, end - begin));
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? "," : "") + parts[i];
  return out;
}

// The first problem found; it ends the reading (see DatabaseUrlReader::fail).
struct Stop {
  UrlProblem problem;
};

}  // namespace

// Reads a URL in named steps, in the order its parts are written: scheme, user information,
// hosts, path, query; then the parameters qdb adds and the redacted text.
class DatabaseUrlReader {
 public:
  DatabaseUrlReader(std::string url, std::string_view source) : url_(std::move(url)), source_(source) {}

  DatabaseUrl read() {
    if (url_.empty()) throw Stop{{source_ + " is empty", "set it to a URL such as " + std::string(kUrlShape)}};
    const size_t rest_begin = read_scheme();
    std::string_view rest = std::string_view(url_).substr(rest_begin);
    // The user information ends at the last '@' before the query, so that an unencoded '@', '/'
    // or ':' in a password still parses (libpq itself would stop at the first '@').
    size_t at = rest.substr(0, rest.find('?')).rfind('@');
    // With no '@' before the query but one after it, a password with an unencoded '?' may have
    // been split: then no part of the host or query is quoted in messages.
    shown_ = !(at == std::string_view::npos && rest.find('@') != std::string_view::npos);
    std::string user;
    if (at != std::string_view::npos) user = read_userinfo(rest.substr(0, at), rest_begin);

    std::string_view after_user = at == std::string_view::npos ? rest : rest.substr(at + 1);
    const size_t after_user_begin = rest_begin + (at == std::string_view::npos ? 0 : at + 1);
    // A fragment means nothing to PostgreSQL; URL readers drop it, and so does qdb.
    after_user = after_user.substr(0, after_user.find('#'));
    size_t authority_end = after_user.find_first_of("/?");
    read_hosts(after_user.substr(0, authority_end));
    read_path(after_user, authority_end);
    if (!user.empty()) set(params_, "user", user);
    if (!password_.empty()) set(params_, "password", password_);
    size_t query_begin = after_user.find('?');
    if (query_begin != std::string_view::npos) {
      read_query(after_user.substr(query_begin + 1), after_user_begin + query_begin + 1);
    }
    add_qdb_parameters();
    result_.redacted_ = redacted();
    return std::move(result_);
  }

 private:
  [[noreturn]] void fail(std::string what, std::string hint) const {
    throw Stop{{source_ + " is not a valid PostgreSQL URL: " + what, std::move(hint)}};
  }

  // Checks `scheme://` and returns where the rest begins.
  size_t read_scheme() const {
    size_t scheme_end = url_.find("://");
    std::string_view scheme =
        scheme_end == std::string::npos ? std::string_view() : std::string_view(url_).substr(0, scheme_end);
    bool scheme_is_word = !scheme.empty() && std::all_of(scheme.begin(), scheme.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
    });
    if (!scheme_is_word) {
      fail("it does not start with postgresql:// or postgres://", "write it as " + std::string(kUrlShape));
    }
    std::string lower_scheme;
    for (char c : scheme) lower_scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower_scheme != "postgresql" && lower_scheme != "postgres") {
      fail("the scheme is " + quote(scheme) + ", and qdb supports PostgreSQL only",
           "write it as " + std::string(kUrlShape) + " (postgres:// works too)");
    }
    return scheme_end + 3;
  }

  // `user[:password]`, starting at offset `begin` of the URL. Returns the user; keeps the password.
  std::string read_userinfo(std::string_view userinfo, size_t begin) {
    size_t colon = userinfo.find(':');
    std::string user = decode(userinfo.substr(0, colon), "user name", true);
    if (colon != std::string_view::npos) {
      std::string_view raw_password = userinfo.substr(colon + 1);
      password_ = decode(raw_password, "password", false);
      if (!raw_password.empty()) {
        secret_spans_.emplace_back(begin + colon + 1, raw_password.size());
        result_.secrets_.emplace_back(raw_password);
      }
    }
    return user;
  }

  // `host[:port],host[:port],...`, IPv6 addresses in brackets.
  void read_hosts(std::string_view host_list) {
    if (host_list.empty()) return;
    std::vector<std::string> hosts;
    std::vector<std::string> ports;
    bool any_host = false;
    bool any_port = false;
    size_t entry_begin = 0;
    while (true) {
      size_t comma = host_list.find(',', entry_begin);
      std::string_view entry = host_list.substr(
          entry_begin, comma == std::string_view::npos ? std::string_view::npos : comma - entry_begin);
      auto [raw_host, port] = split_host_entry(entry);
      if (port) validate_port(*port);
      std::string host = decode(raw_host, "host", shown_);
      if (host.find(',') != std::string::npos) {
        fail("a host contains an encoded ','", "libpq separates hosts with ','; remove it");
      }
      any_host = any_host || !host.empty();
      any_port = any_port || port.has_value();
      hosts.push_back(std::move(host));
      ports.emplace_back(port.value_or(std::string_view()));
      if (comma == std::string_view::npos) break;
      entry_begin = comma + 1;
    }
    if (any_host) set(params_, "host", join(hosts));
    if (any_port) set(params_, "port", join(ports));
  }

  // One entry of the host list as its (still encoded) host and its port, when one is written.
  std::pair<std::string_view, std::optional<std::string_view>> split_host_entry(std::string_view entry) const {
    if (!entry.empty() && entry[0] == '[') {
      size_t close = entry.find(']');
      if (close == std::string_view::npos) {
        fail("the IPv6 address " + (shown_ ? quote(entry) + " " : std::string()) + "has no closing ']'",
             "write an IPv6 host in brackets, e.g. postgresql://user@[::1]:5432/db");
      }
      std::string_view after = entry.substr(close + 1);
      if (after.empty()) return {entry.substr(1, close - 1), std::nullopt};
      if (after[0] != ':') {
        fail("unexpected text after the IPv6 address" + (shown_ ? " " + quote(entry.substr(0, close + 1)) : std::string()),
             "only ':PORT' may follow ']', e.g. [::1]:5432");
      }
      return {entry.substr(1, close - 1), after.substr(1)};
    }
    if (entry.find(']') != std::string_view::npos) {
      fail("a ']' has no opening '['", "write an IPv6 host in brackets, e.g. postgresql://user@[::1]:5432/db");
    }
    size_t colon = entry.find(':');
    if (colon == std::string_view::npos) return {entry, std::nullopt};
    if (entry.find(':', colon + 1) != std::string_view::npos) {
      fail("the host" + (shown_ ? " " + quote(entry) : std::string()) + " has more than one ':'",
           "write an IPv6 host in brackets, e.g. [::1]:5432; if a password is in the "
           "way, percent-encode its '/', '?', '#' and '@' (%2F, %3F, %23, %40)");
    }
    return {entry.substr(0, colon), entry.substr(colon + 1)};
  }

  // `/database`, when the authority ends with a '/'.
  void read_path(std::string_view after_user, size_t authority_end) {
    std::string_view path;
    if (authority_end != std::string_view::npos && after_user[authority_end] == '/') {
      path = after_user.substr(authority_end + 1);
      path = path.substr(0, path.find('?'));
    }
    std::string dbname = decode(path, "database name", true);
    if (!dbname.empty()) set(params_, "dbname", dbname);
  }

  // `key=value&...`, starting at offset `offset` of the URL.
  void read_query(std::string_view query, size_t offset) {
    size_t begin = 0;
    while (begin <= query.size()) {
      size_t amp = query.find('&', begin);
      size_t end = amp == std::string_view::npos ? query.size() : amp;
      std::string_view pair = query.substr(begin, end - begin);
      size_t pair_offset = offset + begin;
      begin = end + 1;
      if (!pair.empty()) read_query_parameter(pair, pair_offset);
    }
  }

  void read_query_parameter(std::string_view pair, size_t pair_offset) {
    size_t eq = pair.find('=');
    std::string key_text = shown_ ? quote(pair.substr(0, eq)) : std::string("a parameter");
    if (eq == std::string_view::npos) {
      fail((shown_ ? "query parameter " + key_text : "a query parameter") + " has no value",
           "write KEY=VALUE, e.g. ?sslmode=require");
    }
    std::string key = decode(pair.substr(0, eq), "query parameter name", shown_);
    std::string_view raw_value = pair.substr(eq + 1);
    bool secret = key == "password" || key == "sslpassword";
    std::string value = decode(raw_value, secret ? key : "value of " + key_text, !secret && shown_);
    if (key.empty()) fail("a query parameter has no name", "write KEY=VALUE");
    if (secret && !raw_value.empty()) {
      secret_spans_.emplace_back(pair_offset + eq + 1, raw_value.size());
      result_.secrets_.emplace_back(raw_value);
      result_.secrets_.push_back(value);
    }
    if (contains(kPrismaParameters, key)) {
      read_prisma_parameter(key, value);
      return;
    }
    if (!contains(kLibpqKeywords, key)) {
      std::string guess = closest_known_parameter(key);
      fail("unknown query parameter " + (shown_ ? quote(key) : std::string("name")),
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
        if (!part.empty()) validate_port(part);
        if (comma == std::string::npos) break;
        part_begin = comma + 1;
      }
    }
    if (key == "sslmode" && !contains(kSslModes, value)) {
      // libpq would refuse it only when connecting, as if the server could not be reached.
      fail("sslmode " + quote(value) + " is not a TLS mode",
           "use one of disable, allow, prefer, require, verify-ca, verify-full (docs/configuration.md)");
    }
    if (key == "password") password_ = value;
    if (key == "options") {
      user_options_ = value;
      return;
    }
    set(params_, key, value);
  }

  // Prisma's own parameters: consumed here, never passed to libpq.
  void read_prisma_parameter(const std::string& key, const std::string& value) {
    if (key == "schema") {
      if (value.empty()) fail("schema= is empty", "write ?schema=NAME, or leave it out to use \"public\"");
      result_.schema_ = value;
    } else if (key == "pgbouncer") {
      if (value != "true" && value != "false") {
        fail("pgbouncer must be true or false" + (shown_ ? ", not " + quote(value) : std::string()),
             "write ?pgbouncer=true when connecting through PgBouncer");
      }
      result_.pgbouncer_ = value == "true";
    } else {
      result_.ignored_.push_back(key);
    }
  }

  // The search_path in `options`, and the defaults qdb adds.
  void add_qdb_parameters() {
    result_.password_ = password_;
    if (!password_.empty()) result_.secrets_.push_back(password_);
    // Prisma sets search_path to the schema on every connection; qdb does it at connect time.
    result_.search_path_in_options_ = !result_.pgbouncer_;
    std::string options;
    if (result_.search_path_in_options_) {
      options = "-c " + escape_options_word("search_path=" + search_path_identifier(result_.schema_));
    }
    if (user_options_ && !user_options_->empty()) options += (options.empty() ? "" : " ") + *user_options_;
    if (!options.empty()) set(params_, "options", options);
    if (!has_parameter(params_, "connect_timeout")) {
      set(params_, "connect_timeout", std::string(kDefaultConnectTimeoutSeconds));
    }
    if (!has_parameter(params_, "application_name")) {
      set(params_, "application_name", std::string(kDefaultApplicationName));
    }
    result_.parameters_ = std::move(params_);
  }

  std::string redacted() {
    std::string text = url_;
    std::sort(secret_spans_.begin(), secret_spans_.end());
    for (auto it = secret_spans_.rbegin(); it != secret_spans_.rend(); ++it) text.replace(it->first, it->second, kRedacted);
    return text;
  }

  // Decodes a part of the URL. `shown` says whether the part may be quoted in the message
  // (never for a password).
  std::string decode(std::string_view raw, std::string_view what, bool shown) const {
    auto decoded = percent_decode(raw);
    if (!decoded) {
      size_t bad = raw.find('%');
      while (bad != std::string_view::npos && percent_decode(raw.substr(bad, 3))) bad = raw.find('%', bad + 1);
      std::string at = shown ? " at " + quote(raw.substr(bad, 3)) : std::string();
      fail("the " + std::string(what) + " has an invalid percent-encoding" + at,
           "a '%' must be followed by two hex digits; write %25 for a literal '%'");
    }
    if (decoded->find('\0') != std::string::npos) {
      fail("the " + std::string(what) + " contains %00", "remove the encoded NUL byte");
    }
    return *decoded;
  }

  void validate_port(std::string_view port) const {
    std::string shown_port;
    if (shown_) shown_port.append(" ").append(quote(port));
    if (port.empty()) {
      fail("a ':' is followed by no port number",
           "write the port after the colon, e.g. localhost:5432, or drop the colon to use 5432");
    }
    if (!is_digits(port)) {
      fail("the port" + shown_port + " is not a number",
           "a port is a number from 1 to 65535; if the text after ':' is part of a password, "
           "percent-encode the password's '/', '?', '#', '@' and ':' (%2F, %3F, %23, %40, %3A)");
    }
    if (port.size() > 5 || std::stoul(std::string(port)) > 65535 || std::stoul(std::string(port)) == 0) {
      fail("the port" + shown_port + " is out of range", "a port is a number from 1 to 65535");
    }
  }

  const std::string url_;
  const std::string source_;
  bool shown_ = true;
  DatabaseUrl result_;
  std::vector<ConnectionParameter> params_;
  std::string password_;
  std::optional<std::string> user_options_;
  std::vector<std::pair<size_t, size_t>> secret_spans_;  // offsets into url_, replaced in redacted()
};

UrlReadResult DatabaseUrl::read(std::string_view url, std::string_view source) {
  UrlReadResult result;
  try {
    result.url = DatabaseUrlReader(trim(url), source).read();
  } catch (const Stop& stop) {
    result.problem = stop.problem;
  }
  return result;
}

DatabaseUrl DatabaseUrl::parse(std::string_view url, std::string_view source) {
  UrlReadResult read = DatabaseUrl::read(url, source);
  if (read.problem) throw Error(ErrorKind::kConfig, read.problem->message, read.problem->hint);
  return std::move(*read.url);
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
  // All secrets in one pass: a secret that overlaps another is hidden whole with it.
  return redact_connection_strings(redact_secrets(text, secrets_));
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
