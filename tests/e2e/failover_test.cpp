// A high-availability pair (pg_auto_failover: a monitor, a primary and its synchronous secondary)
// reached through one multi-host URL: a failover forced in the middle of a 200-migration deploy is
// a lost connection (exit 6) that names the migrations in flight, and the next run, through the
// same kind of URL, reaches the new primary and converges. Skipped when pg_autoctl is not
// installed (Debian: postgresql-15-auto-failover, pg-auto-failover-cli).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <thread>

#include "pg/admin.hpp"
#include "support/pg/test_database.hpp"
#include "support/pg/throwaway_server.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

constexpr int kMigrations = 200;

std::string migration_name(int i) {
  char name[32];
  std::snprintf(name, sizeof name, "20250101%06d_t%03d", i, i);
  return name;
}

// A table, an index, a row and a ledger entry each; the pause makes the deploy last long enough
// (about 10 s) for the failover, which takes a few seconds to demote the primary, to land in it.
std::string migration_sql(int i) {
  char t[16];
  std::snprintf(t, sizeof t, "t%d", i);
  std::string sql = i == 0 ? "CREATE TABLE ledger (name text PRIMARY KEY);\n" : "";
  sql += "CREATE TABLE " + std::string(t) + " (id int PRIMARY KEY, label text NOT NULL);\n";
  sql += "CREATE INDEX " + std::string(t) + "_label ON " + t + " (label);\n";
  sql += "INSERT INTO " + std::string(t) + " VALUES (" + std::to_string(i) + ", '" + t + "');\n";
  sql += "INSERT INTO ledger VALUES ('" + migration_name(i) + "');\n";
  sql += "SELECT pg_sleep(0.08);\n";  // 16 s in all: the failover lands mid-deploy
  return sql;
}

std::vector<std::string> column(const std::string& url, const std::string& sql) {
  pg::AdminConnection connection(settings_from_url(url));
  std::vector<std::string> values;
  for (const auto& row : connection.query(sql)) values.push_back(row.at(0).value_or("<null>"));
  return values;
}

std::string value(const std::string& url, const std::string& sql) { return column(url, sql).at(0); }

// Waits until the database exists on `url`'s server (a secondary replays CREATE DATABASE a little
// after the primary commits it).
bool database_exists(const std::string& url, const std::string& database) {
  for (int i = 0; i < 100; ++i) {
    if (value(url, "SELECT count(*) FROM pg_database WHERE datname = '" + database + "'") == "1") return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

// The monitor's events since `before` (an earlier events() text): the lines that were not there.
std::string new_events(const std::string& before, const std::string& after) {
  std::string added;
  size_t start = 0;
  while (start < after.size()) {
    size_t end = after.find('\n', start);
    if (end == std::string::npos) end = after.size();
    const std::string line = after.substr(start, end - start);
    if (line.find(" | ") != std::string::npos && before.find(line) == std::string::npos) added += line + "\n";
    start = end + 1;
  }
  return added;
}

// Whether the monitor turned synchronous replication off on node 1: an event line
// (time | node | reported state | assigned state | comment) assigning it wait_primary, which the
// monitor does when it finds the secondary unhealthy, e.g. on a starved machine.
bool synchronous_replication_dropped(const std::string& events) {
  std::istringstream lines(events);
  std::string line;
  while (std::getline(lines, line)) {
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, '|');) {
      const size_t first = cell.find_first_not_of(' ');
      const size_t last = cell.find_last_not_of(' ');
      fields.push_back(first == std::string::npos ? "" : cell.substr(first, last - first + 1));
    }
    if (fields.size() >= 5 && fields[1] == "0/1" && fields[3] == "wait_primary") return true;
  }
  return false;
}

// One trial on a fresh formation. `proved` is false when the cluster turned synchronous
// replication off during the deploy: the primary then acknowledges commits the secondary never
// gets, the failover loses them whatever the client does, and the trial proves nothing.
void failover_trial(bool& proved, size_t& recorded) {
  proved = true;
  AutoFailoverFormation formation;
  ProcessResult started = formation.start();
  ASSERT_EQ(started.exit_code, 0) << started.err;
  pg::AdminConnection(settings_from_url(formation.node_url(1, "postgres"))).execute("CREATE DATABASE deploy");
  ASSERT_TRUE(database_exists(formation.node_url(2, "postgres"), "deploy"));
  // Synchronous replication: every commit the primary acknowledges has reached the secondary.
  const std::string standby_names = value(formation.node_url(1, "postgres"), "SHOW synchronous_standby_names");
  EXPECT_NE(standby_names, "") << formation.events();

  Project project;
  for (int i = 0; i < kMigrations; ++i) project.add_migration(migration_name(i), migration_sql(i));
  ProcessOptions options;
  options.cwd = project.root();
  // The secondary first: libpq passes it by for the primary.
  options.env["DATABASE_URL"] = formation.url("deploy", 2);
  const std::string events_before = formation.events();
  std::unique_ptr<BackgroundProcess> run = start_qdb({"prod", "db", "migrate"}, options);
  // The migrations travel together (each in its own transaction): the failover starts as they go.
  ASSERT_TRUE(run->wait_for_stderr("Applying ", 120)) << run->wait(5).err;
  ProcessResult failed_over = formation.failover();
  ASSERT_EQ(failed_over.exit_code, 0) << failed_over.err;
  ProcessResult r = run->wait(120);
  const std::string events = new_events(events_before, formation.events());
  if (synchronous_replication_dropped(events)) {
    std::cout << "the monitor turned synchronous replication off during the deploy: trial repeated\n"
              << events << std::flush;
    proved = false;
    return;
  }
  EXPECT_EQ(value(formation.node_url(2, "deploy"), "SELECT pg_is_in_recovery()"), "f");
  EXPECT_EQ(value(formation.node_url(1, "deploy"), "SELECT pg_is_in_recovery()"), "t");

  const std::string span = migration_name(0) + " to " + migration_name(kMigrations - 1);
  EXPECT_EQ(r.exit_code, 6) << "the failover came after the deploy?\n"
                            << r.err << "synchronous_standby_names was '" << standby_names << "'\n"
                            << events;
  EXPECT_NE(r.err.find("\nerror: lost the connection to the database"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("; " + std::to_string(kMigrations) + " migrations sent together (" + span +
                       ") were being applied; no migration applied by this run\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("\nhint: each of " + span + " ran in a transaction of its own: it is applied and recorded "
                       "together, or not at all"),
            std::string::npos)
      << r.err;

  // On the new primary: a prefix of the folder (the WAL reaches it in order; every commit but
  // the run's last one returns before its flush, and so before the secondary has it), and the
  // objects of exactly those.
  const std::string primary = formation.node_url(2, "deploy");
  std::vector<std::string> history = column(
      primary, "SELECT migration_name || CASE WHEN finished_at IS NULL THEN ' (unfinished)' ELSE '' END "
               "FROM _prisma_migrations ORDER BY finished_at, migration_name");
  std::vector<std::string> prefix;
  for (size_t i = 0; i < history.size(); ++i) prefix.push_back(migration_name(static_cast<int>(i)));
  std::cout << "failover mid-deploy: exit " << r.exit_code << ", " << history.size()
            << " recorded on the new primary" << std::endl;
  recorded = history.size();
  EXPECT_EQ(history, prefix);
  EXPECT_LT(history.size(), static_cast<size_t>(kMigrations));
  EXPECT_EQ(value(primary, "SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relname ~ '^t[0-9]+$'"),
            std::to_string(history.size()));
  if (history.empty()) {
    // The ledger is the first migration's: with nothing recorded, it does not exist either.
    EXPECT_EQ(value(primary, "SELECT to_regclass('ledger') IS NULL"), "t");
  } else {
    EXPECT_EQ(value(primary, "SELECT count(*) FROM ledger"), std::to_string(history.size()));
  }

  // The same URL with the old primary first now reaches the new one.
  options.env["DATABASE_URL"] = formation.url("deploy", 1);
  ProcessResult rerun = run_qdb({"prod", "db", "migrate"}, options);
  EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_NE(rerun.out.find("Applied " + std::to_string(kMigrations - history.size()) + " migration(s)"),
            std::string::npos)
      << rerun.out;
  EXPECT_EQ(value(primary, "SELECT count(*) || '/' || count(DISTINCT migration_name) || '/' || count(finished_at) "
                           "FROM _prisma_migrations"),
            "200/200/200");
  EXPECT_EQ(value(primary, "SELECT count(*) || '/' || count(DISTINCT name) FROM ledger"), "200/200");
  EXPECT_EQ(value(primary, "SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relname ~ '^t[0-9]+$'"), "200");
}

TEST(Failover, AFailoverMidDeployIsALostConnectionAndTheNextRunConvergesOnTheNewPrimary) {
  // Only to skip, like every database test, when run by hand without the test script.
  if (server_url_or_skip().empty()) return;
  if (!AutoFailoverFormation::available()) {
    GTEST_SKIP() << "pg_autoctl is not installed: apt-get install postgresql-15-auto-failover pg-auto-failover-cli";
  }
  // QDB_LONG=1 (scripts/long_trials.sh): five failovers, each on a fresh formation.
  const char* long_mode = std::getenv("QDB_LONG");
  const int wanted = long_mode != nullptr && std::string(long_mode) == "1" ? 5 : 1;
  const auto start = std::chrono::steady_clock::now();
  int proved_trials = 0;
  int repeated = 0;
  size_t least = kMigrations, most = 0;
  while (proved_trials < wanted && !HasFailure()) {
    bool proved = false;
    size_t recorded = 0;
    failover_trial(proved, recorded);
    if (proved) {
      ++proved_trials;
      least = std::min(least, recorded);
      most = std::max(most, recorded);
    } else if (++repeated == 3) {
      ADD_FAILURE() << "three formations turned synchronous replication off during the deploy";
    }
  }
  std::cout << "trials: failover (pg_autoctl perform failover) | " << proved_trials << " | "
            << (HasFailure() ? "FAILED" : "passed") << " | "
            << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s | recorded "
            << least << " to " << most << " of " << kMigrations << " on the new primary, " << repeated
            << " trial(s) repeated" << std::endl;
}

}  // namespace
}  // namespace qdb::test
