#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qdb::config {

/// One libpq connection keyword and its value, e.g. {"sslmode", "require"}.
struct ConnectionParameter {
  std::string keyword;
  std::string value;

  bool operator==(const ConnectionParameter&) const = default;
};

/// The connection timeout qdb adds when DATABASE_URL sets none, so that an unreachable host
/// fails in seconds rather than hanging.
inline constexpr std::string_view kDefaultConnectTimeoutSeconds = "10";
/// The application_name qdb adds when DATABASE_URL sets none (it shows in pg_stat_activity).
inline constexpr std::string_view kDefaultApplicationName = "qdb";
/// The target schema when DATABASE_URL has no `?schema=`, as in Prisma.
inline constexpr std::string_view kDefaultSchema = "public";

/// Why a URL could not be read: what is wrong (naming where the URL came from, never quoting the
/// password) and how to fix it.
struct UrlProblem {
  std::string message;
  std::string hint;

  bool operator==(const UrlProblem&) const = default;
};

class DatabaseUrl;
class DatabaseUrlReader;
struct UrlReadResult;

/// A parsed Prisma-style DATABASE_URL: `postgresql://user:password@host:port/database?key=value`.
///
/// It accepts what libpq's URI parser accepts (several `host:port` entries, IPv6 addresses in
/// brackets, a percent-encoded socket directory as host, no host at all) plus Prisma's own query
/// parameters (`schema`, `pgbouncer`, `connection_limit`, ...), which are consumed here and never
/// reach libpq. It turns the URL into libpq keyword/value pairs.
class DatabaseUrl {
 public:
  /// Reads `url` (surrounding white space ignored). `source` names where the URL came from in
  /// every message, e.g. "DATABASE_URL" or "DATABASE_URL (from .env.local:3)". Never throws:
  /// a malformed URL gives the first problem found instead of a URL.
  static UrlReadResult read(std::string_view url, std::string_view source = "DATABASE_URL");

  /// read(), for callers where a bad URL ends the command: throws qdb::Error (ErrorKind::kConfig)
  /// with the problem's message and hint.
  static DatabaseUrl parse(std::string_view url, std::string_view source = "DATABASE_URL");

  /// The libpq keyword/value pairs, in this order: host, port, dbname, user, password (those that
  /// are set), then libpq query parameters in the order written, then `options` carrying the
  /// search_path, then the defaults qdb adds (connect_timeout, application_name).
  const std::vector<ConnectionParameter>& parameters() const { return parameters_; }

  /// The value of one libpq keyword, or nullopt when it is not set.
  std::optional<std::string> parameter(std::string_view keyword) const;

  /// A libpq conninfo string: `keyword='value'` pairs separated by spaces, every value in single
  /// quotes with `'` and `\` escaped by a backslash. It contains the password: never print it.
  std::string conninfo() const;

  /// The schema migrations target: `?schema=`, else "public". Unless pgbouncer is set, it is also
  /// the connection's search_path (through `options=-c search_path=...`).
  const std::string& schema() const { return schema_; }

  /// True when `options` sets search_path to the schema; false with `pgbouncer=true`, because
  /// PgBouncer rejects the `options` startup parameter: the caller then runs `SET search_path`.
  bool search_path_in_options() const { return search_path_in_options_; }

  /// `?pgbouncer=true`: the server is reached through PgBouncer in transaction mode.
  bool pgbouncer() const { return pgbouncer_; }

  /// Prisma's parameters found in the URL that qdb accepts but does not use
  /// (connection_limit, pool_timeout, ...), in the order written, so callers may mention them.
  const std::vector<std::string>& ignored_parameters() const { return ignored_; }

  /// The password (decoded), from the user information or `?password=`; empty when there is none.
  const std::string& password() const { return password_; }

  /// The URL as written, with the password and the values of `password` and `sslpassword` query
  /// parameters replaced by `****`. The user name is kept. Safe to print.
  const std::string& redacted() const { return redacted_; }

  /// `text` with every secret of this URL hidden (see redact_secrets) and any connection string
  /// passwords hidden (see redact_connection_strings). Use it on libpq's error messages.
  std::string redact(std::string_view text) const;

 private:
  friend class DatabaseUrlReader;
  std::vector<ConnectionParameter> parameters_;
  std::vector<std::string> ignored_;
  std::string schema_{kDefaultSchema};
  bool search_path_in_options_ = true;
  bool pgbouncer_ = false;
  std::string password_;
  std::vector<std::string> secrets_;
  std::string redacted_;
};

/// A URL, or why there is none.
struct UrlReadResult {
  std::optional<DatabaseUrl> url;
  std::optional<UrlProblem> problem;
};

/// Quotes a conninfo value: `'` + value with `\` and `'` escaped by a backslash + `'`.
std::string quote_conninfo_value(std::string_view value);

}  // namespace qdb::config
