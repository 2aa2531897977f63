// PgDatabase as the migration lock: Prisma's advisory lock, so qdb and Prisma never apply at once.
#include "pg/pg_database_impl.hpp"

namespace qdb::pg {
namespace {

constexpr long long kPrismaLockKey = 72707369;

}  // namespace

bool PgDatabase::try_lock() {
  return query_row("SELECT pg_try_advisory_lock($1)", kPrismaLockKey)[0].as<bool>();
}

void PgDatabase::unlock() { exec("SELECT pg_advisory_unlock($1)", kPrismaLockKey); }

bool PgDatabase::try_lock_in_transaction() {
  return query_row("SELECT pg_try_advisory_xact_lock($1)", kPrismaLockKey)[0].as<bool>();
}

std::string PgDatabase::lock_holder() {
  // Advisory locks on one bigint key show classid = high 32 bits, objid = low 32 bits, objsubid = 1.
  pqxx::result r = exec(
      "SELECT a.pid, coalesce(nullif(a.application_name, ''), 'unknown application'), "
      "coalesce(a.usename::text, '?'), coalesce(a.client_addr::text, 'local socket'), "
      "to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS \"UTC\"'), "
      "round(extract(epoch FROM now() - a.backend_start))::bigint "
      "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
      "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1 AND l.objsubid = 1 "
      "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
      kPrismaLockKey);
  if (r.empty()) return {};
  const auto& row = r[0];
  return std::string("pid ") + row[0].c_str() + " (" + row[1].c_str() + ", user " + row[2].c_str() + ", from " +
         row[3].c_str() + ", connected since " + row[4].c_str() + ", " + row[5].c_str() + " s ago)";
}

}  // namespace qdb::pg
