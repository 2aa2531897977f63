// TLS against a real server: sslmode=require, verify-full with a CA file, a wrong CA, a wrong host
// name, a client certificate, and a managed-cluster style URL through PgBouncer with TLS on both sides.
// The server refuses plain TCP connections, so every connection that succeeds here used TLS.
#include <gtest/gtest.h>

#include "support/pg/test_database.hpp"
#include "support/pg/throwaway_server.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

constexpr const char* kPassword = "qdb-test-secret";

class TlsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (server_url_or_skip().empty()) return;
    server_ = new ThrowawayServer;
    started_ = new ProcessResult(server_->start_tls());
  }
  static void TearDownTestSuite() {
    delete server_;
    delete started_;
    server_ = nullptr;
    started_ = nullptr;
  }
  void SetUp() override {
    if (server_ == nullptr) GTEST_SKIP();
    ASSERT_EQ(started_->exit_code, 0) << started_->err;
    project_.add_migration("001_users", "CREATE TABLE tls_users (id int PRIMARY KEY);\n");
  }

  std::string cert(const std::string& name) const { return (server_->tls_dir() / name).string(); }
  // postgres's URL on host `host` with the query `query`.
  std::string url(const std::string& host, const std::string& query) const {
    return "postgresql://postgres:" + std::string(kPassword) + "@" + host + ":" + std::to_string(server_->port()) +
           "/postgres?" + query;
  }
  ProcessResult qdb(std::vector<std::string> args, const std::string& database_url) const {
    args.push_back("--url");
    args.push_back(database_url);
    ProcessOptions options;
    options.cwd = project_.root();
    options.env["DATABASE_URL"] = std::nullopt;
    return run_qdb(args, options);
  }

  static ThrowawayServer* server_;
  static ProcessResult* started_;
  Project project_;
};

ThrowawayServer* TlsTest::server_ = nullptr;
ProcessResult* TlsTest::started_ = nullptr;

TEST_F(TlsTest, SslmodeRequireMigratesAndPlainTcpIsRefused) {
  ProcessResult plain = qdb({"prod", "db", "status"}, url("127.0.0.1", "sslmode=disable&schema=plain"));
  EXPECT_EQ(plain.exit_code, 6) << plain.err;
  EXPECT_NE(plain.err.find("no encryption"), std::string::npos) << plain.err;
  EXPECT_NE(plain.err.find("hint: the server accepts only TLS connections from this address: add sslmode=require"),
            std::string::npos)
      << plain.err;

  ProcessResult migrate = qdb({"prod", "db", "migrate"}, url("127.0.0.1", "sslmode=require&schema=tls_require"));
  EXPECT_EQ(migrate.exit_code, 0) << migrate.err;
  EXPECT_NE(migrate.out.find("Applied 1 migration(s)"), std::string::npos) << migrate.out;
  ProcessResult status = qdb({"prod", "db", "status"}, url("127.0.0.1", "sslmode=require&schema=tls_require"));
  EXPECT_EQ(status.exit_code, 0) << status.err;
  EXPECT_EQ(migrate.err.find(kPassword), std::string::npos) << migrate.err;
}

TEST_F(TlsTest, VerifyFullWithTheRightCaAndHostName) {
  ProcessResult migrate = qdb({"prod", "db", "migrate"},
                              url("localhost", "sslmode=verify-full&sslrootcert=" + cert("ca.crt") + "&schema=tls_full"));
  EXPECT_EQ(migrate.exit_code, 0) << migrate.err;
  EXPECT_NE(migrate.out.find("Applied 1 migration(s)"), std::string::npos) << migrate.out;
}

TEST_F(TlsTest, AWrongCaFailsWithConnectionErrorSayingTheCertificateWasNotTrusted) {
  ProcessResult r = qdb({"prod", "db", "migrate"},
                        url("localhost", "sslmode=verify-ca&sslrootcert=" + cert("other-ca.crt") + "&schema=tls_ca"));
  EXPECT_EQ(r.exit_code, 6) << r.err;
  EXPECT_NE(r.err.find("certificate verify failed"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("hint: the server's TLS certificate is not signed by a CA qdb trusts: set sslrootcert=PATH"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find(kPassword), std::string::npos) << r.err;
}

TEST_F(TlsTest, AWrongHostNameFailsWithConnectionErrorNamingBothNames) {
  // The certificate names "localhost"; the URL says 127.0.0.1.
  ProcessResult r = qdb({"prod", "db", "migrate"},
                        url("127.0.0.1", "sslmode=verify-full&sslrootcert=" + cert("ca.crt") + "&schema=tls_host"));
  EXPECT_EQ(r.exit_code, 6) << r.err;
  EXPECT_NE(r.err.find("server certificate for \"localhost\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("does not match host name \"127.0.0.1\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("hint: the server's TLS certificate was issued for another host name"), std::string::npos)
      << r.err;
}

TEST_F(TlsTest, ClientCertificateLogsInWithoutPassword) {
  const std::string database_url = "postgresql://certuser@localhost:" + std::to_string(server_->port()) +
                                   "/postgres?sslmode=verify-full&sslrootcert=" + cert("ca.crt") +
                                   "&sslcert=" + cert("client.crt") + "&sslkey=" + cert("client.key") +
                                   "&schema=tls_client";
  ProcessResult migrate = qdb({"prod", "db", "migrate"}, database_url);
  EXPECT_EQ(migrate.exit_code, 0) << migrate.err;
  EXPECT_NE(migrate.out.find("Applied 1 migration(s)"), std::string::npos) << migrate.out;

  // Without the certificate the same role has no way in.
  ProcessResult without = qdb({"prod", "db", "status"},
                              "postgresql://certuser@localhost:" + std::to_string(server_->port()) +
                                  "/postgres?sslmode=require&schema=tls_client");
  EXPECT_EQ(without.exit_code, 6) << without.err;
  EXPECT_NE(without.err.find("hint: the server wants a client certificate for this user"), std::string::npos)
      << without.err;
}

TEST_F(TlsTest, ManagedClusterUrlThroughPgBouncerWithTls) {
  // PgBouncer speaks TLS to qdb with the server's certificate and TLS to the server.
  const std::string extra = "client_tls_sslmode = require\nclient_tls_cert_file = " + cert("server.crt") +
                            "\nclient_tls_key_file = " + cert("server.key") + "\nserver_tls_sslmode = require\n";
  PgBouncer bouncer(url("127.0.0.1", "sslmode=require"), "transaction", extra);
  ASSERT_TRUE(bouncer.ok()) << bouncer.error();
  const std::string through = bouncer.url("postgres", "sslmode=require&schema=app&pgbouncer=true");
  ProcessResult migrate = qdb({"prod", "db", "migrate"}, through);
  EXPECT_EQ(migrate.exit_code, 0) << migrate.err << bouncer.log();
  EXPECT_NE(migrate.out.find("Applied 1 migration(s)"), std::string::npos) << migrate.out;
  ProcessResult status = qdb({"prod", "db", "status"}, through);
  EXPECT_EQ(status.exit_code, 0) << status.err;

  // Plain TCP to PgBouncer is refused as well.
  ProcessResult plain = qdb({"prod", "db", "status"}, bouncer.url("postgres", "sslmode=disable&pgbouncer=true"));
  EXPECT_EQ(plain.exit_code, 6) << plain.err;
}

}  // namespace
}  // namespace qdb::test
