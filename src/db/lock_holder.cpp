#include "db/lock_holder.hpp"

namespace qdb::db {
namespace {

std::string client_of(const LockHolder& holder) {
  if (holder.client_address) {
    std::string address = *holder.client_address;
    // An IPv6 address is bracketed so that its port reads apart from it.
    if (address.find(':') != std::string::npos) address = "[" + address + "]";
    return holder.client_port && *holder.client_port > 0 ? address + ":" + std::to_string(*holder.client_port)
                                                         : address;
  }
  // client_port is -1 only for a Unix-domain socket; without it the server does not say.
  if (holder.client_port && *holder.client_port == -1) return "local socket";
  return "an unknown client";
}

}  // namespace

std::string describe_lock_holder(const LockHolder& holder) {
  std::string text = "pid " + std::to_string(holder.pid) + " (" +
                     (holder.application.empty() ? "unknown application" : holder.application) + ", user " +
                     holder.user;
  if (!holder.details_visible) {
    return text + "; its client address and connection time are hidden from role " + holder.viewer +
           ": pg_stat_activity shows them only to the same role, members of pg_read_all_stats and superusers)";
  }
  return text + ", from " + client_of(holder) + ", connected since " + holder.connected_since + ", " +
         std::to_string(holder.connected_seconds) + " s ago)";
}

}  // namespace qdb::db
