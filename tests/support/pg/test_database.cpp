#include "support/pg/test_database.hpp"

#include <cstdlib>
#include <gtest/gtest.h>
#include <random>

#include "config/database_url.hpp"
#include "util/sql_quote.hpp"

namespace qdb::test {
namespace {

// Replaces the database part of a URL: scheme://auth@host:port/<db>?query.
std::string with_database(const std::string& url, const std::string& database, const std::string& query) {
  size_t scheme = url.find("://");
  size_t slash = url.find('/', scheme + 3);
  size_t q = url.find('?', scheme + 3);
  std::string base = url.substr(0, slash == std::string::npos ? (q == std::string::npos ? url.size() : q) : slash);
  std::string existing = q == std::string::npos ? "" : url.substr(q + 1);
  std::string all = existing;
  if (!query.empty()) all += (all.empty() ? "" : "&") + query;
  return base + "/" + database + (all.empty() ? "" : "?" + all);
}

}  // namespace

std::string server_url_or_skip() {
  const char* url = std::getenv("QDB_TEST_DATABASE_URL");
  if (url != nullptr && url[0] != '\0') return url;
  skip_without_server();
  return {};
}

void skip_without_server() {
  const char* ci = std::getenv("CI");
  if (ci != nullptr && std::string(ci) == "true") {
    ADD_FAILURE() << "QDB_TEST_DATABASE_URL is not set under CI: run the suite with scripts/test.sh";
  } else {
    GTEST_SKIP_("QDB_TEST_DATABASE_URL is not set: run scripts/test.sh, which starts a throw-away server");
  }
}

db::ConnectionSettings settings_from_url(const std::string& url) {
  config::DatabaseUrl parsed = config::DatabaseUrl::parse(url, "test URL");
  db::ConnectionSettings s;
  s.conninfo = parsed.conninfo();
  s.redacted_url = parsed.redacted();
  s.schema = parsed.schema();
  s.password = parsed.password();
  s.database = parsed.parameter("dbname").value_or("");
  s.set_search_path = !parsed.search_path_in_options();
  return s;
}

TestDatabase::TestDatabase() {
  std::string server = server_url_or_skip();
  if (server.empty()) return;
  server_url_ = server;
  std::random_device rd;
  name_ = "qdb_test_" + std::to_string(rd()) + std::to_string(rd() % 1000);
  pg::AdminConnection admin(settings_from_url(server_url_));
  admin.execute("CREATE DATABASE " + util::quote_identifier(name_));
}

TestDatabase::~TestDatabase() {
  if (name_.empty()) return;
  connection_.reset();
  try {
    pg::AdminConnection admin(settings_from_url(server_url_));
    admin.execute("DROP DATABASE IF EXISTS " + util::quote_identifier(name_) + " WITH (FORCE)");
  } catch (const std::exception& e) {
    ADD_FAILURE() << "could not drop test database " << name_ << ": " << e.what();
  }
}

std::string TestDatabase::url(const std::string& query) const { return with_database(server_url_, name_, query); }

db::ConnectionSettings TestDatabase::settings(const std::string& schema) const {
  return settings_from_url(url(schema == "public" ? "" : "schema=" + schema));
}

void TestDatabase::execute(const std::string& sql) const {
  if (!connection_) connection_ = std::make_unique<pg::AdminConnection>(settings());
  connection_->execute(sql);
}

std::vector<std::string> TestDatabase::rows(const std::string& sql) const {
  if (!connection_) connection_ = std::make_unique<pg::AdminConnection>(settings());
  std::vector<std::string> out;
  for (const auto& row : connection_->query(sql)) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) line += '|';
      line += row[i].value_or("<null>");
    }
    out.push_back(line);
  }
  return out;
}

std::string TestDatabase::value(const std::string& sql) const {
  auto r = rows(sql);
  return r.empty() ? "<no rows>" : r.front();
}

}  // namespace qdb::test
