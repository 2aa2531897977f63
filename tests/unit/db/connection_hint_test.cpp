#include "db/connection_hint.hpp"

#include <gtest/gtest.h>

namespace qdb::db {
namespace {

// libpq's messages as PostgreSQL 15 with OpenSSL 3 prints them (seen in tests/e2e/tls_test.cpp).
TEST(ConnectionHint, NamesTheParameterForEachTlsFailure) {
  EXPECT_EQ(connection_failure_hint("connection to server at \"127.0.0.1\", port 5432 failed: server certificate for "
                                    "\"localhost\" (and 1 other name) does not match host name \"127.0.0.1\""),
            "the server's TLS certificate was issued for another host name: connect with a host name the "
            "certificate names, or use sslmode=verify-ca to check only that a trusted CA signed it");
  EXPECT_EQ(connection_failure_hint("connection to server at \"localhost\" (127.0.0.1), port 5432 failed: SSL error: "
                                    "certificate verify failed"),
            "the server's TLS certificate is not signed by a CA qdb trusts: set sslrootcert=PATH to the CA "
            "certificate that signed it (sslmode=require encrypts without checking the certificate)");
  EXPECT_EQ(connection_failure_hint("FATAL:  pg_hba.conf rejects connection for host \"127.0.0.1\", user \"app\", "
                                    "database \"app\", no encryption"),
            "the server accepts only TLS connections from this address: add sslmode=require to DATABASE_URL");
  EXPECT_EQ(connection_failure_hint("FATAL:  connection requires a valid client certificate"),
            "the server wants a client certificate for this user: set sslcert=PATH and sslkey=PATH in "
            "DATABASE_URL (the certificate's CN must be the user name)");
  EXPECT_EQ(connection_failure_hint("server does not support SSL, but SSL was required"),
            "the server does not offer TLS: enable ssl on the server, or use sslmode=prefer or sslmode=disable");
}

TEST(ConnectionHint, OtherFailuresGetTheGeneralHint) {
  EXPECT_EQ(connection_failure_hint("connection to server at \"127.0.0.1\", port 1 failed: Connection refused"),
            "check that the server is running and that DATABASE_URL's host, port, user, password and "
            "database are right (use --wait SECONDS when the server is still starting)");
}

}  // namespace
}  // namespace qdb::db
