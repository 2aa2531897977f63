#include "config/database_url.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"

namespace qdb::config {
namespace {

// What qdb appends to every URL that sets neither search_path options nor the defaults.
const std::string kTail =
    " options='-c search_path=public' connect_timeout='10' application_name='qdb'";

struct ValidCase {
  std::string name;
  std::string url;
  std::string conninfo;
  std::string schema;
  std::string redacted;
};

const std::vector<ValidCase> kValidCases = {
    {"postgresql scheme, every part", "postgresql://user:secret@localhost:5432/mydb",
     "host='localhost' port='5432' dbname='mydb' user='user' password='secret'" + kTail, "public",
     "postgresql://user:****@localhost:5432/mydb"},
    {"postgres scheme", "postgres://user:secret@db.example.com/mydb",
     "host='db.example.com' dbname='mydb' user='user' password='secret'" + kTail, "public",
     "postgres://user:****@db.example.com/mydb"},
    {"scheme in capitals", "POSTGRESQL://app@h/db", "host='h' dbname='db' user='app'" + kTail,
     "public", "POSTGRESQL://app@h/db"},
    {"percent-encoded user, password and database",
     "postgresql://us%40er:p%40ss%2Fw%3Ard%25@h/my%2Fdb",
     "host='h' dbname='my/db' user='us@er' password='p@ss/w:rd%'" + kTail, "public",
     "postgresql://us%40er:****@h/my%2Fdb"},
    {"lower-case hex in percent-encoding", "postgresql://u:a%2fb@h/d%3ab",
     "host='h' dbname='d:b' user='u' password='a/b'" + kTail, "public",
     "postgresql://u:****@h/d%3ab"},
    {"empty password", "postgresql://postgres:@localhost/db",
     "host='localhost' dbname='db' user='postgres'" + kTail, "public",
     "postgresql://postgres:@localhost/db"},
    {"no password", "postgresql://postgres@localhost/db",
     "host='localhost' dbname='db' user='postgres'" + kTail, "public",
     "postgresql://postgres@localhost/db"},
    {"no user", "postgresql://localhost/db", "host='localhost' dbname='db'" + kTail, "public",
     "postgresql://localhost/db"},
    {"host only", "postgresql://localhost", "host='localhost'" + kTail, "public",
     "postgresql://localhost"},
    {"IPv6 host with port", "postgresql://u:pw@[::1]:5433/db",
     "host='::1' port='5433' dbname='db' user='u' password='pw'" + kTail, "public",
     "postgresql://u:****@[::1]:5433/db"},
    {"IPv6 host without port", "postgresql://[2001:db8::1]/db",
     "host='2001:db8::1' dbname='db'" + kTail, "public", "postgresql://[2001:db8::1]/db"},
    {"several hosts with ports", "postgresql://u@h1:5432,h2:5433/db",
     "host='h1,h2' port='5432,5433' dbname='db' user='u'" + kTail, "public",
     "postgresql://u@h1:5432,h2:5433/db"},
    {"several hosts, one port", "postgresql://h1,h2:5433/db",
     "host='h1,h2' port=',5433' dbname='db'" + kTail, "public", "postgresql://h1,h2:5433/db"},
    {"IPv6 and named hosts", "postgresql://[::1]:5432,db.example.com/db",
     "host='::1,db.example.com' port='5432,' dbname='db'" + kTail, "public",
     "postgresql://[::1]:5432,db.example.com/db"},
    {"unix socket from ?host=", "postgresql://u@/db?host=/run/postgresql",
     "dbname='db' user='u' host='/run/postgresql'" + kTail, "public",
     "postgresql://u@/db?host=/run/postgresql"},
    {"unix socket percent-encoded in the host part", "postgresql://%2Fvar%2Frun%2Fpostgresql/db",
     "host='/var/run/postgresql' dbname='db'" + kTail, "public",
     "postgresql://%2Fvar%2Frun%2Fpostgresql/db"},
    {"no host: libpq's default socket", "postgresql:///db", "dbname='db'" + kTail, "public",
     "postgresql:///db"},
    {"nothing after the scheme", "postgresql://", kTail.substr(1), "public", "postgresql://"},
    {"port without host", "postgresql://:5433/db", "port='5433' dbname='db'" + kTail, "public",
     "postgresql://:5433/db"},
    {"TLS parameters pass through",
     "postgresql://h/db?sslmode=verify-full&sslrootcert=/etc/ca.pem&sslcert=c.pem&sslkey=k.pem",
     "host='h' dbname='db' sslmode='verify-full' sslrootcert='/etc/ca.pem' sslcert='c.pem' "
     "sslkey='k.pem'" + kTail,
     "public",
     "postgresql://h/db?sslmode=verify-full&sslrootcert=/etc/ca.pem&sslcert=c.pem&sslkey=k.pem"},
    {"more libpq parameters pass through",
     "postgresql://h/db?target_session_attrs=read-write&keepalives=1&passfile=/p&"
     "channel_binding=require&gssencmode=disable",
     "host='h' dbname='db' target_session_attrs='read-write' keepalives='1' passfile='/p' "
     "channel_binding='require' gssencmode='disable'" + kTail,
     "public",
     "postgresql://h/db?target_session_attrs=read-write&keepalives=1&passfile=/p&"
     "channel_binding=require&gssencmode=disable"},
    {"connect_timeout given is kept", "postgresql://h/db?connect_timeout=3",
     "host='h' dbname='db' connect_timeout='3' options='-c search_path=public' "
     "application_name='qdb'",
     "public", "postgresql://h/db?connect_timeout=3"},
    {"application_name given is kept and decoded", "postgresql://h/db?application_name=my%20app",
     "host='h' dbname='db' application_name='my app' options='-c search_path=public' "
     "connect_timeout='10'",
     "public", "postgresql://h/db?application_name=my%20app"},
    {"'+' is not a space", "postgresql://h/db?application_name=a+b",
     "host='h' dbname='db' application_name='a+b' options='-c search_path=public' "
     "connect_timeout='10'",
     "public", "postgresql://h/db?application_name=a+b"},
    {"options are kept after the search_path",
     "postgresql://h/db?options=-c%20statement_timeout%3D5s",
     "host='h' dbname='db' options='-c search_path=public -c statement_timeout=5s' "
     "connect_timeout='10' application_name='qdb'",
     "public", "postgresql://h/db?options=-c%20statement_timeout%3D5s"},
    {"schema sets search_path", "postgresql://h/db?schema=app",
     "host='h' dbname='db' options='-c search_path=app' connect_timeout='10' "
     "application_name='qdb'",
     "app", "postgresql://h/db?schema=app"},
    {"schema that needs quoting", "postgresql://h/db?schema=My%20Schema",
     R"(host='h' dbname='db' options='-c search_path="My\\ Schema"' connect_timeout='10' )"
     R"(application_name='qdb')",
     "My Schema", "postgresql://h/db?schema=My%20Schema"},
    {"pgbouncer leaves search_path to the caller", "postgresql://h/db?pgbouncer=true&schema=app",
     "host='h' dbname='db' connect_timeout='10' application_name='qdb'", "app",
     "postgresql://h/db?pgbouncer=true&schema=app"},
    {"Prisma's parameters are consumed",
     "postgresql://h/db?connection_limit=5&pool_timeout=10&socket_timeout=30&"
     "statement_cache_size=0&sslaccept=strict&sslidentity=id.p12&sslpassword=idpass",
     "host='h' dbname='db'" + kTail, "public",
     "postgresql://h/db?connection_limit=5&pool_timeout=10&socket_timeout=30&"
     "statement_cache_size=0&sslaccept=strict&sslidentity=id.p12&sslpassword=****"},
    {"password in the query", "postgresql://u@h/db?password=s3cret&sslmode=require",
     "host='h' dbname='db' user='u' password='s3cret' sslmode='require'" + kTail, "public",
     "postgresql://u@h/db?password=****&sslmode=require"},
    {"query parameters override the URL's parts", "postgresql://h/db?dbname=other&port=6432",
     "host='h' dbname='other' port='6432'" + kTail, "public",
     "postgresql://h/db?dbname=other&port=6432"},
    {"quotes and backslashes in values are escaped", "postgresql://u:it%27s%5Cx@h/db",
     R"(host='h' dbname='db' user='u' password='it\'s\\x')" + kTail, "public",
     "postgresql://u:****@h/db"},
    {"unencoded '@', '/' and ':' in the password", "postgresql://u:p@s/s:w@h/db",
     "host='h' dbname='db' user='u' password='p@s/s:w'" + kTail, "public",
     "postgresql://u:****@h/db"},
    {"a fragment is dropped", "postgresql://h/db#section", "host='h' dbname='db'" + kTail,
     "public", "postgresql://h/db#section"},
    {"surrounding white space is trimmed", "  postgresql://h/db\n",
     "host='h' dbname='db'" + kTail, "public", "postgresql://h/db"},
    {"empty query segments are skipped", "postgresql://h/db?&sslmode=disable&",
     "host='h' dbname='db' sslmode='disable'" + kTail, "public",
     "postgresql://h/db?&sslmode=disable&"},
};

TEST(DatabaseUrl, ValidUrls) {
  for (const auto& c : kValidCases) {
    SCOPED_TRACE(c.name);
    DatabaseUrl url = DatabaseUrl::parse(c.url);
    EXPECT_EQ(url.conninfo(), c.conninfo);
    EXPECT_EQ(url.schema(), c.schema);
    EXPECT_EQ(url.redacted(), c.redacted);
  }
}

struct ErrorCase {
  std::string name;
  std::string url;
  std::string message;
  std::string hint;
  std::string password;  // must appear in neither message nor hint
};

const std::string kBad = "DATABASE_URL is not a valid PostgreSQL URL: ";
const std::string kShapeHint = "write it as postgresql://USER:PASSWORD@HOST:5432/DATABASE";
const std::string kPortHint =
    "a port is a number from 1 to 65535; if the text after ':' is part of a password, "
    "percent-encode the password's '/', '?', '#', '@' and ':' (%2F, %3F, %23, %40, %3A)";
const std::string kPercentHint =
    "a '%' must be followed by two hex digits; write %25 for a literal '%'";
const std::string kIpv6Hint = "write an IPv6 host in brackets, e.g. postgresql://user@[::1]:5432/db";
const std::string kParameterHint =
    "qdb passes libpq's connection parameters through (sslmode, connect_timeout, ...) and "
    "accepts Prisma's (schema, connection_limit, ...); see docs/configuration.md";

const std::vector<ErrorCase> kErrorCases = {
    {"empty", "", "DATABASE_URL is empty",
     "set it to a URL such as postgresql://USER:PASSWORD@HOST:5432/DATABASE", ""},
    {"only white space", " \t\n", "DATABASE_URL is empty",
     "set it to a URL such as postgresql://USER:PASSWORD@HOST:5432/DATABASE", ""},
    {"MySQL scheme", "mysql://root:hunter2@localhost/app",
     kBad + "the scheme is \"mysql\", and qdb supports PostgreSQL only",
     kShapeHint + " (postgres:// works too)", "hunter2"},
    {"no scheme", "root:hunter2@localhost:5432/app",
     kBad + "it does not start with postgresql:// or postgres://", kShapeHint, "hunter2"},
    {"one slash after the scheme", "postgresql:/localhost/app",
     kBad + "it does not start with postgresql:// or postgres://", kShapeHint, ""},
    {"bad percent-encoding in the password", "postgresql://u:hun%zzter2@h/db",
     kBad + "the password has an invalid percent-encoding", kPercentHint, "hun%zzter2"},
    {"bad percent-encoding in the database", "postgresql://h/my%g1db",
     kBad + "the database name has an invalid percent-encoding at \"%g1\"", kPercentHint, ""},
    {"truncated percent-encoding in the user", "postgresql://us%4@h/db",
     kBad + "the user name has an invalid percent-encoding at \"%4\"", kPercentHint, ""},
    {"encoded NUL", "postgresql://h/d%00b", kBad + "the database name contains %00",
     "remove the encoded NUL byte", ""},
    {"non-numeric port", "postgresql://u:hunter2@h:5432x/db",
     kBad + "the port \"5432x\" is not a number", kPortHint, "hunter2"},
    {"port above 65535", "postgresql://h:65536/db", kBad + "the port \"65536\" is out of range",
     "a port is a number from 1 to 65535", ""},
    {"port zero", "postgresql://h:0/db", kBad + "the port \"0\" is out of range",
     "a port is a number from 1 to 65535", ""},
    {"very long port", "postgresql://h:99999999999999999999/db",
     kBad + "the port \"99999999999999999999\" is out of range",
     "a port is a number from 1 to 65535", ""},
    {"colon without port", "postgresql://h:/db", kBad + "a ':' is followed by no port number",
     "write the port after the colon, e.g. localhost:5432, or drop the colon to use 5432", ""},
    {"IPv6 without closing bracket", "postgresql://u:hunter2@[::1:5432/db",
     kBad + "the IPv6 address \"[::1:5432\" has no closing ']'", kIpv6Hint, "hunter2"},
    {"closing bracket without opening one", "postgresql://::1]:5432/db",
     kBad + "a ']' has no opening '['", kIpv6Hint, ""},
    {"IPv6 without brackets", "postgresql://::1/db",
     kBad + "the host \"::1\" has more than one ':'",
     "write an IPv6 host in brackets, e.g. [::1]:5432; if a password is in the way, "
     "percent-encode its '/', '?', '#' and '@' (%2F, %3F, %23, %40)",
     ""},
    {"text after the IPv6 address", "postgresql://[::1]x/db",
     kBad + "unexpected text after the IPv6 address \"[::1]\"",
     "only ':PORT' may follow ']', e.g. [::1]:5432", ""},
    {"port in the query is checked", "postgresql://h/db?port=5432,abc",
     kBad + "the port \"abc\" is not a number", kPortHint, ""},
    {"empty schema", "postgresql://u:hunter2@h/db?schema=", kBad + "schema= is empty",
     "write ?schema=NAME, or leave it out to use \"public\"", "hunter2"},
    {"misspelt parameter", "postgresql://u:hunter2@h/db?sslmod=require",
     kBad + "unknown query parameter \"sslmod\"", "did you mean \"sslmode\"? " + kParameterHint,
     "hunter2"},
    {"unknown parameter", "postgresql://h/db?foo=bar", kBad + "unknown query parameter \"foo\"",
     kParameterHint, ""},
    {"unknown sslmode", "postgresql://u:hunter2@h/db?sslmode=requir", kBad + "sslmode \"requir\" is not a TLS mode",
     "use one of disable, allow, prefer, require, verify-ca, verify-full (docs/configuration.md)", "hunter2"},
    {"parameter without value", "postgresql://h/db?sslmode",
     kBad + "query parameter \"sslmode\" has no value", "write KEY=VALUE, e.g. ?sslmode=require",
     ""},
    {"parameter without name", "postgresql://h/db?=1", kBad + "a query parameter has no name",
     "write KEY=VALUE", ""},
    {"bad percent-encoding in a value", "postgresql://h/db?application_name=%zz",
     kBad + "the value of \"application_name\" has an invalid percent-encoding at \"%zz\"",
     kPercentHint, ""},
    {"bad percent-encoding in a query password", "postgresql://h/db?password=a%zhunter2",
     kBad + "the password has an invalid percent-encoding", kPercentHint, "a%zhunter2"},
    {"pgbouncer is not a boolean", "postgresql://h/db?pgbouncer=yes",
     kBad + "pgbouncer must be true or false, not \"yes\"",
     "write ?pgbouncer=true when connecting through PgBouncer", ""},
    {"unencoded '?' in the password hides the host part", "postgresql://u:hunt?er2@h/db",
     kBad + "the port is not a number", kPortHint, "hunt?er2"},
    {"unencoded '?' after a numeric password hides the query",
     "postgresql://u:2024?hunter@h/db",
     kBad + "a query parameter has no value",
     "write KEY=VALUE, e.g. ?sslmode=require", "2024?hunter"},
};

TEST(DatabaseUrl, MalformedUrls) {
  for (const auto& c : kErrorCases) {
    SCOPED_TRACE(c.name);
    try {
      DatabaseUrl::parse(c.url);
      ADD_FAILURE() << "no error for " << c.url;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kConfig);
      EXPECT_EQ(std::string(e.what()), c.message);
      EXPECT_EQ(e.hint(), c.hint);
      if (!c.password.empty()) {
        EXPECT_EQ(std::string(e.what()).find(c.password), std::string::npos);
        EXPECT_EQ(e.hint().find(c.password), std::string::npos);
      }
    }
  }
}

TEST(DatabaseUrl, ErrorsNameTheSource) {
  try {
    DatabaseUrl::parse("mysql://h/db", "DATABASE_URL (from .env.local:3)");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "DATABASE_URL (from .env.local:3) is not a valid PostgreSQL URL: the scheme is "
              "\"mysql\", and qdb supports PostgreSQL only");
  }
}

TEST(DatabaseUrl, ExposesParametersAndFlags) {
  DatabaseUrl url = DatabaseUrl::parse(
      "postgres://app:pw@h/db?pgbouncer=true&connection_limit=1&sslmode=require&pool_timeout=0");
  EXPECT_TRUE(url.pgbouncer());
  EXPECT_FALSE(url.search_path_in_options());
  EXPECT_EQ(url.password(), "pw");
  EXPECT_EQ(url.parameter("sslmode"), std::optional<std::string>("require"));
  EXPECT_EQ(url.parameter("options"), std::nullopt);
  EXPECT_EQ(url.ignored_parameters(), (std::vector<std::string>{"connection_limit", "pool_timeout"}));
  std::vector<ConnectionParameter> expected = {
      {"host", "h"},         {"dbname", "db"},           {"user", "app"},
      {"password", "pw"},    {"sslmode", "require"},     {"connect_timeout", "10"},
      {"application_name", "qdb"}};
  EXPECT_EQ(url.parameters(), expected);
}

TEST(DatabaseUrl, DefaultsWithoutPgbouncer) {
  DatabaseUrl url = DatabaseUrl::parse("postgres://h/db?pgbouncer=false");
  EXPECT_FALSE(url.pgbouncer());
  EXPECT_TRUE(url.search_path_in_options());
  EXPECT_EQ(url.password(), "");
  EXPECT_TRUE(url.ignored_parameters().empty());
}

TEST(DatabaseUrl, RedactHidesEveryFormOfThePassword) {
  DatabaseUrl url = DatabaseUrl::parse("postgresql://app:p%40ss@h/db?sslpassword=id%2Fpw");
  EXPECT_EQ(url.redact("FATAL: password authentication failed; tried p@ss and p%40ss, id/pw, "
                       "id%2Fpw, conninfo password='p@ss' url postgresql://app:p%40ss@h/db"),
            "FATAL: password authentication failed; tried **** and ****, ****, ****, conninfo "
            "password='****' url postgresql://app:****@h/db");
}

TEST(DatabaseUrl, RedactOfAStarPasswordBesideOthersDoesNotGrowTheText) {
  // Found by fuzzing (a timeout): the "****" standing in for the longer secrets was searched for
  // the password "*" afterwards, growing fourfold with each of its forms.
  const std::string text = "postgresql://app:longer%2Fsecret@h/db?password=*&sslpassword=another-one";
  DatabaseUrl url = DatabaseUrl::parse(text);
  const std::string redacted = url.redact(text);
  EXPECT_LE(redacted.size(), text.size());
  EXPECT_EQ(redacted.find("longer"), std::string::npos) << redacted;
  EXPECT_EQ(redacted.find("another-one"), std::string::npos) << redacted;
}

TEST(QuoteConninfoValue, EscapesQuotesAndBackslashes) {
  EXPECT_EQ(quote_conninfo_value(""), "''");
  EXPECT_EQ(quote_conninfo_value("a b"), "'a b'");
  EXPECT_EQ(quote_conninfo_value(R"(it's \x)"), R"('it\'s \\x')");
}

TEST(DatabaseUrlRead, ReturnsTheProblemInsteadOfThrowing) {
  UrlReadResult bad = DatabaseUrl::read("postgresql://u:s3cret@h:99999/db", "DATABASE_URL (from .env:1)");
  EXPECT_FALSE(bad.url.has_value());
  ASSERT_TRUE(bad.problem.has_value());
  EXPECT_EQ(*bad.problem, (UrlProblem{"DATABASE_URL (from .env:1) is not a valid PostgreSQL URL: the port \"99999\" is "
                                      "out of range",
                                      "a port is a number from 1 to 65535"}));
  UrlReadResult empty = DatabaseUrl::read("  ");
  ASSERT_TRUE(empty.problem.has_value());
  EXPECT_EQ(empty.problem->message, "DATABASE_URL is empty");
  UrlReadResult good = DatabaseUrl::read(" postgresql://u:s3cret@h/db?schema=app ");
  EXPECT_FALSE(good.problem.has_value());
  ASSERT_TRUE(good.url.has_value());
  EXPECT_EQ(good.url->schema(), "app");
  EXPECT_EQ(good.url->redacted(), "postgresql://u:****@h/db?schema=app");
}

}  // namespace
}  // namespace qdb::config
