#include "db/connection_hint.hpp"

namespace qdb::db {
namespace {

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

}  // namespace

std::string connection_failure_hint(const std::string& message) {
  // libpq's and the server's own words (PostgreSQL 15, OpenSSL 3), most specific first.
  if (contains(message, "does not match host name")) {
    return "the server's TLS certificate was issued for another host name: connect with a host name the "
           "certificate names, or use sslmode=verify-ca to check only that a trusted CA signed it";
  }
  if (contains(message, "certificate verify failed")) {
    return "the server's TLS certificate is not signed by a CA qdb trusts: set sslrootcert=PATH to the CA "
           "certificate that signed it (sslmode=require encrypts without checking the certificate)";
  }
  if (contains(message, "root certificate file")) {
    return "sslrootcert must name a readable CA certificate file (PEM), or set sslmode=require to encrypt "
           "without checking the server's certificate";
  }
  if (contains(message, "no encryption")) {
    return "the server accepts only TLS connections from this address: add sslmode=require to DATABASE_URL";
  }
  if (contains(message, "valid client certificate") || contains(message, "certificate authentication failed")) {
    return "the server wants a client certificate for this user: set sslcert=PATH and sslkey=PATH in "
           "DATABASE_URL (the certificate's CN must be the user name)";
  }
  if (contains(message, "server does not support SSL")) {
    return "the server does not offer TLS: enable ssl on the server, or use sslmode=prefer or sslmode=disable";
  }
  return "check that the server is running and that DATABASE_URL's host, port, user, password and "
         "database are right (use --wait SECONDS when the server is still starting)";
}

}  // namespace qdb::db
