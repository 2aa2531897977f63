// PgDatabase as the migration lock: Prisma's advisory lock, so qdb and Prisma never apply at once.
#include "pg/pg_database_impl.hpp"

#include "db/lock_holder.hpp"

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
  // pg_stat_activity shows another role's pid, role and application to everyone, but its client
  // and start time only to that role, pg_read_all_stats and superusers: a NULL backend_start is
  // how a hidden session looks.
  pqxx::result r = exec(
      "SELECT a.pid, coalesce(a.usename::text, '?'), coalesce(a.application_name, ''), "
      "a.backend_start IS NOT NULL, current_user::text, host(a.client_addr), a.client_port, "
      "to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS \"UTC\"'), "
      "round(extract(epoch FROM now() - a.backend_start))::bigint "
      "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
      "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1 AND l.objsubid = 1 "
      "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
      kPrismaLockKey);
  if (r.empty()) return {};
  const auto& row = r[0];
  db::LockHolder holder;
  holder.pid = row[0].as<long long>();
  holder.user = row[1].c_str();
  holder.application = row[2].c_str();
  holder.details_visible = row[3].as<bool>();
  holder.viewer = row[4].c_str();
  if (!row[5].is_null()) holder.client_address = row[5].c_str();
  if (!row[6].is_null()) holder.client_port = row[6].as<int>();
  if (!row[7].is_null()) holder.connected_since = row[7].c_str();
  if (!row[8].is_null()) holder.connected_seconds = row[8].as<long long>();
  return db::describe_lock_holder(holder);
}

}  // namespace qdb::pg
