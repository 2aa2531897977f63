#pragma once

#include <string>

namespace qdb::db {

/// What to do about a failed connection, from libpq's message: TLS failures (an untrusted server
/// certificate, a host name the certificate does not name, a server that insists on TLS or on a
/// client certificate, a server without TLS) get a hint naming the URL parameter to change;
/// anything else gets the general hint about host, port, user, password, database and --wait.
std::string connection_failure_hint(const std::string& libpq_message);

}  // namespace qdb::db
