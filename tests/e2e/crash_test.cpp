// Crash trials: a deploy of 200 migrations whose server is killed (SIGKILL of the postmaster),
// whose connection is ended (pg_terminate_backend) or whose qdb is killed (SIGKILL) at a random
// moment. After each trial the history is a prefix of the folder holding everything qdb had
// finished, the recorded migrations' objects exist and no other's do, no lock is held, and a
// second run converges to the schema of an uninterrupted deploy. And 16 runs of the same deploy
// at once apply each migration once.
//
// A few trials of each kind by default; QDB_LONG=1 runs the long mode (20 server crashes, 20
// terminated sessions, 50 killed qdb processes, 20 rounds of 16 runners; scripts/long_trials.sh).
// Each test prints a "trials:" line for that script's table. The seed is printed;
// QDB_CRASH_SEED=N replays its choices (when the blow lands still depends on the machine's timing).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <csignal>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <random>
#include <sstream>
#include <thread>

#include "pg/admin.hpp"
#include "support/pg/test_database.hpp"
#include "support/pg/throwaway_server.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kMigrations = 200;

std::string migration_name(int i) {
  char name[32];
  std::snprintf(name, sizeof name, "20250101%06d_t%03d", i, i);
  return name;
}

std::string table_name(int i) {
  char name[16];
  std::snprintf(name, sizeof name, "t%03d", i);
  return name;
}

// A table, an index and a row each, and the migration's name in a ledger that the first one
// creates: a migration applied twice, or half, shows there.
std::string migration_sql(int i) {
  const std::string t = table_name(i);
  std::string sql = i == 0 ? "CREATE TABLE ledger (name text PRIMARY KEY);\n" : "";
  sql += "CREATE TABLE " + t + " (id int PRIMARY KEY, label text NOT NULL);\n";
  sql += "CREATE INDEX " + t + "_label ON " + t + " (label);\n";
  sql += "INSERT INTO " + t + " VALUES (" + std::to_string(i) + ", '" + t + "');\n";
  sql += "INSERT INTO ledger VALUES ('" + migration_name(i) + "');\n";
  return sql;
}

bool long_mode() {
  const char* value = std::getenv("QDB_LONG");
  return value != nullptr && std::string(value) == "1";
}

std::uint64_t seed() {
  if (const char* value = std::getenv("QDB_CRASH_SEED")) return std::stoull(value);
  std::random_device device;
  return (static_cast<std::uint64_t>(device()) << 32) | device();
}

std::string pg_bindir() {
  if (const char* value = std::getenv("QDB_TEST_PG_BINDIR")) return value;
  std::string dir = run_common_sh("pg_bindir").out;
  while (!dir.empty() && dir.back() == '\n') dir.pop_back();
  return dir;
}

// The dump without pg_dump's \restrict and \unrestrict lines, whose key is new on every run.
std::string without_restrict_keys(const std::string& dump) {
  std::string kept;
  size_t at = 0;
  while (at < dump.size()) {
    size_t end = dump.find('\n', at);
    end = end == std::string::npos ? dump.size() : end + 1;
    const std::string line = dump.substr(at, end - at);
    if (line.rfind("\\restrict ", 0) != 0 && line.rfind("\\unrestrict ", 0) != 0) kept += line;
    at = end;
  }
  return kept;
}

// Empty when the texts are equal, else their first differing line in each: a schema dump is
// thousands of lines long.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream a(expected), b(actual);
  std::string line_a, line_b;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, line_a));
    const bool more_b = static_cast<bool>(std::getline(b, line_b));
    if (!more_a && !more_b) return {};
    if (more_a != more_b || line_a != line_b) {
      return "line " + std::to_string(line) + ": expected \"" + (more_a ? line_a : "<end>") + "\", got \"" +
             (more_b ? line_b : "<end>") + "\"";
    }
  }
}

// qdb's "error:" and "hint:" lines, for the trial's report.
std::string error_lines(const std::string& err) {
  std::string lines;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("error: ", 0) == 0 || line.rfind("hint: ", 0) == 0) lines += "  " + line + "\n";
  }
  return lines;
}

std::vector<std::string> column(const pg::Rows& rows) {
  std::vector<std::string> values;
  for (const auto& row : rows) values.push_back(row.at(0).value_or("<null>"));
  return values;
}

enum class Blow { kPostmasterKilled, kBackendTerminated, kQdbKilled };

const char* describe(Blow blow) {
  switch (blow) {
    case Blow::kPostmasterKilled:
      return "SIGKILL of the postmaster";
    case Blow::kBackendTerminated:
      return "pg_terminate_backend of qdb's backend";
    case Blow::kQdbKilled:
      return "SIGKILL of qdb";
  }
  return "";
}

int trials_of(Blow blow) {
  if (blow == Blow::kQdbKilled) return long_mode() ? 50 : 5;
  return long_mode() ? 20 : 3;
}

class CrashTrials : public ::testing::Test {
 protected:
  // Starts the server and deploys the reference database; false when the test is to end.
  bool prepare() {
    if (server_url_or_skip().empty()) return false;
    ProcessResult started = server_.start_durable();
    EXPECT_EQ(started.exit_code, 0) << started.err;
    if (started.exit_code != 0) return false;
    for (int i = 0; i < kMigrations; ++i) project_.add_migration(migration_name(i), migration_sql(i));

    admin().execute("CREATE DATABASE reference");
    const auto start = Clock::now();
    ProcessResult deployed = migrate("reference");
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    EXPECT_EQ(deployed.exit_code, 0) << deployed.err;
    if (deployed.exit_code != 0) return false;
    reference_dump_ = schema_dump("reference");
    EXPECT_NE(reference_dump_.find("CREATE TABLE public.t199"), std::string::npos) << reference_dump_;
    deploy_ms_ = seconds * 1000;
    std::cout << "uninterrupted deploy of " << kMigrations << " migrations: " << seconds << " s; seed " << seed_
              << " (QDB_CRASH_SEED=" << seed_ << " replays it)" << std::endl;
    return true;
  }

  // One trial: a fresh database, a deploy struck by `blow` at a random moment, the checks, a rerun.
  void trial(Blow blow, int number) {
    const std::string database = "trial_" + std::to_string(number);
    SCOPED_TRACE(std::string(describe(blow)) + ", " + database + ", seed " + std::to_string(seed_));
    admin().execute("CREATE DATABASE " + database);

    // The migrations travel together, each in its own transaction, so the blow lands after the
    // first "Applying" line at a random moment of the deploy's usual length: on any migration's
    // SQL, its history row or its COMMIT, or between two.
    const double pause_ms = std::uniform_real_distribution<double>(0, 0.9 * deploy_ms_)(random_);
    std::unique_ptr<BackgroundProcess> run = start_qdb({"prod", "db", "migrate"}, options(database));
    ASSERT_TRUE(run->wait_for_stderr("Applying ", 120)) << run->wait(5).err;
    std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(pause_ms));
    const bool struck = blow == Blow::kQdbKilled ? true : strike(blow, database);
    if (blow == Blow::kQdbKilled) run->signal(SIGKILL);
    ProcessResult r = run->wait(60);
    if (blow == Blow::kPostmasterKilled) {
      ProcessResult restarted = server_.restart();
      ASSERT_EQ(restarted.exit_code, 0) << restarted.err;
      admin_.reset();
    }
    // A killed qdb leaves its backend running the migrations it sent until it finds the client
    // gone: the history settles, and the lock is freed, once that backend has ended.
    if (blow == Blow::kQdbKilled) {
      ASSERT_TRUE(backend_ended(database)) << "qdb's backend still runs after 60 s";
    }

    const int reported = reported_applied(r.err);
    const int recorded = check_history(database, reported);
    min_recorded_ = std::min(min_recorded_, recorded);
    max_recorded_ = std::max(max_recorded_, recorded);
    std::cout << "trial " << number << ": " << describe(blow) << " " << pause_ms << " ms after the first Applying"
              << ": exit " << r.exit_code << ", " << reported << " reported applied, " << recorded << " recorded\n"
              << error_lines(r.err) << std::flush;
    if (r.exit_code == 0) {
      // The blow came after the deploy had ended (a stalled test process): nothing to recover.
      EXPECT_EQ(recorded, kMigrations) << r.err;
      std::cout << "  the blow came after the deploy had ended" << std::endl;
      ++after_the_end_;
    } else if (blow == Blow::kQdbKilled) {
      EXPECT_EQ(r.exit_code, -9) << r.err;
    } else {
      EXPECT_TRUE(struck);
      EXPECT_EQ(r.exit_code, 6) << r.err;
      check_message(r.err);
    }
    check_objects(database, recorded);
    EXPECT_EQ(value(database, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"), "0");

    ProcessResult rerun = migrate(database);
    EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
    EXPECT_NE(rerun.out.find(recorded == kMigrations
                                 ? "Already up to date: " + std::to_string(kMigrations) + " migration(s) applied"
                                 : "Applied " + std::to_string(kMigrations - recorded) + " migration(s)"),
              std::string::npos)
        << rerun.out;
    check_complete_and_drop(database);
  }

  // Every migration applied and recorded once, the schema that of an uninterrupted deploy; then
  // the database goes.
  void check_complete_and_drop(const std::string& database) {
    EXPECT_EQ(value(database, "SELECT count(*) || '/' || count(DISTINCT migration_name) || '/' || count(finished_at) "
                              "FROM _prisma_migrations"),
              "200/200/200");
    EXPECT_EQ(value(database, "SELECT count(*) || '/' || count(DISTINCT name) FROM ledger"), "200/200");
    EXPECT_EQ(first_difference(reference_dump_, schema_dump(database)), "");
    admin().execute("DROP DATABASE " + database + " WITH (FORCE)");
  }

  // Whether no backend of qdb's is left on `database` (the test's own connections excluded),
  // waiting up to 60 s.
  bool backend_ended(const std::string& database) {
    for (int i = 0; i < 600; ++i) {
      if (value(database, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
                          "application_name = 'qdb' AND pid <> pg_backend_pid()") == "0") {
        return true;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
  }

  // Runs trials_of(blow) trials and prints the "trials:" line.
  void trials(Blow blow, const std::string& kind) {
    const auto start = Clock::now();
    int done = 0;
    for (int i = 1; i <= trials_of(blow) && !HasFatalFailure(); ++i, ++done) trial(blow, i);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::cout << "trials: " << kind << " | " << done << " | " << (HasFailure() ? "FAILED" : "passed") << " | "
              << seconds << " s | recorded " << min_recorded_ << " to " << max_recorded_ << " of " << kMigrations
              << ", " << after_the_end_ << " after the deploy had ended" << std::endl;
  }

  // Returns whether the blow fell: false when qdb's backend was already gone.
  bool strike(Blow blow, const std::string& database) {
    if (blow == Blow::kPostmasterKilled) return server_.kill_postmaster();
    // With a timeout, pg_terminate_backend returns once the backend has exited, its locks released.
    pg::Rows rows = admin().query(
        "SELECT pg_terminate_backend(pid, 30000) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'qdb'",
        {database});
    return rows.size() == 1 && rows[0][0] == "t";
  }

  // The history holds at least the migrations qdb reported applied, each complete: a prefix of
  // the folder. Returns its length.
  int check_history(const std::string& database, int reported) {
    std::vector<std::string> rows = column(query(
        database, "SELECT migration_name || CASE WHEN finished_at IS NULL THEN ' (unfinished)' ELSE '' END "
                  "FROM _prisma_migrations ORDER BY finished_at, migration_name"));
    std::vector<std::string> prefix;
    for (int i = 0; i < static_cast<int>(rows.size()) && i < kMigrations; ++i) prefix.push_back(migration_name(i));
    EXPECT_EQ(rows, prefix);
    EXPECT_GE(static_cast<int>(rows.size()), reported) << "a migration reported applied was lost";
    return static_cast<int>(rows.size());
  }

  // "N migrations applied by this run" in qdb's message, or 0.
  static int reported_applied(const std::string& err) {
    const size_t at = err.find(" applied by this run");
    if (at == std::string::npos) return 0;
    const size_t start = err.rfind("; ", at);
    if (start == std::string::npos) return 0;
    const std::string words = err.substr(start + 2, at - start - 2);  // "no migration", "1 migration", "12 migrations"
    return std::isdigit(static_cast<unsigned char>(words[0])) ? std::stoi(words) : 0;
  }

  // One line names what was being applied (the migrations sent together, or the one file) and
  // what the run applied; the hint says where they stand and what to run next.
  void check_message(const std::string& err) {
    EXPECT_NE(err.find("\nerror: lost the connection to the database"), std::string::npos) << err;
    const std::string what = "; " + std::to_string(kMigrations) + " migrations sent together (" + migration_name(0) +
                             " to " + migration_name(kMigrations - 1) + ") were being applied; ";
    EXPECT_NE(err.find(what + "no migration applied by this run\n"), std::string::npos) << err;
    EXPECT_NE(err.find("\nhint: each of " + migration_name(0) + " to " + migration_name(kMigrations - 1) +
                       " ran in a transaction of its own: it is applied and recorded together, or not at all, as "
                       "far as its COMMIT reached the server; once the server is back, `qdb prod db status` says "
                       "which, and `qdb prod db migrate` applies what is pending\n"),
              std::string::npos)
        << err;
  }

  // Exactly the first `recorded` migrations' tables, indexes, rows and ledger entries exist.
  void check_objects(const std::string& database, int recorded) {
    std::vector<std::string> tables, indexes, ledger;
    std::string rows = "SELECT 0";
    for (int i = 0; i < recorded; ++i) {
      tables.push_back(table_name(i));
      indexes.push_back(table_name(i) + "_label");
      ledger.push_back(migration_name(i));
      rows += " + (SELECT count(*) FROM " + table_name(i) + ")";
    }
    EXPECT_EQ(column(query(database, "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND "
                                     "relkind = 'r' AND relname ~ '^t[0-9]+$' ORDER BY 1")),
              tables);
    EXPECT_EQ(column(query(database, "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND "
                                     "relkind = 'i' AND relname ~ '^t[0-9]+_label$' ORDER BY 1")),
              indexes);
    if (recorded == 0) {
      EXPECT_EQ(value(database, "SELECT to_regclass('ledger') IS NULL"), "t");
      return;
    }
    EXPECT_EQ(column(query(database, "SELECT name FROM ledger ORDER BY 1")), ledger);
    EXPECT_EQ(value(database, rows), std::to_string(recorded));
  }

  ProcessOptions options(const std::string& database) const {
    ProcessOptions o;
    o.cwd = project_.root();
    o.env["DATABASE_URL"] = server_.url(database);
    return o;
  }
  ProcessResult migrate(const std::string& database) const {
    return run_qdb({"prod", "db", "migrate"}, options(database));
  }
  std::string schema_dump(const std::string& database) const {
    ProcessResult dump = run_process(pg_bindir() + "/pg_dump", {"--schema-only", server_.url(database)});
    EXPECT_EQ(dump.exit_code, 0) << dump.err;
    return without_restrict_keys(dump.out);
  }
  pg::Rows query(const std::string& database, const std::string& sql) const {
    pg::AdminConnection connection(settings_from_url(server_.url(database)));
    return connection.query(sql);
  }
  std::string value(const std::string& database, const std::string& sql) const {
    return query(database, sql).at(0).at(0).value_or("<null>");
  }
  // A connection to the server's postgres database, opened again after a restart.
  pg::AdminConnection& admin() {
    if (!admin_) admin_ = std::make_unique<pg::AdminConnection>(settings_from_url(server_.url()));
    return *admin_;
  }

  ThrowawayServer server_;
  Project project_;
  std::unique_ptr<pg::AdminConnection> admin_;
  std::string reference_dump_;
  double deploy_ms_ = 0;  // of the uninterrupted deploy
  int min_recorded_ = kMigrations;
  int max_recorded_ = 0;
  int after_the_end_ = 0;  // trials whose blow came after the deploy had ended
  const std::uint64_t seed_ = seed();
  std::mt19937_64 random_{seed_};
};

TEST_F(CrashTrials, PostmasterKilledMidDeploy) {
  if (!prepare()) return;
  trials(Blow::kPostmasterKilled, "server crash (SIGKILL of every server process)");
}

TEST_F(CrashTrials, BackendTerminatedMidDeploy) {
  if (!prepare()) return;
  trials(Blow::kBackendTerminated, "session ended (pg_terminate_backend)");
}

TEST_F(CrashTrials, QdbKilledMidDeploy) {
  if (!prepare()) return;
  trials(Blow::kQdbKilled, "qdb killed (SIGKILL)");
}

// 16 deploys of the same folder into the same database at once: one applies everything under
// the lock, the others wait for it and find nothing pending; each migration is applied once.
TEST_F(CrashTrials, SixteenRunnersAtOnceApplyEachMigrationOnce) {
  if (!prepare()) return;
  constexpr int kRunners = 16;
  const int rounds = long_mode() ? 20 : 2;
  const auto start = Clock::now();
  int done = 0;
  for (int round = 1; round <= rounds && !HasFailure(); ++round, ++done) {
    const std::string database = "runners_" + std::to_string(round);
    admin().execute("CREATE DATABASE " + database);
    ProcessOptions o = options(database);
    std::vector<std::unique_ptr<BackgroundProcess>> runs;
    for (int i = 0; i < kRunners; ++i) runs.push_back(start_qdb({"prod", "db", "migrate", "--lock-timeout", "120"}, o));
    int applied = 0;
    for (auto& run : runs) {
      ProcessResult r = run->wait(180);
      EXPECT_EQ(r.exit_code, 0) << r.err;
      const size_t at = r.out.find("Applied ");
      if (at != std::string::npos) applied += std::stoi(r.out.substr(at + 8));
    }
    EXPECT_EQ(applied, kMigrations) << "round " << round;
    check_complete_and_drop(database);
  }
  std::cout << "trials: " << kRunners << " runners at once | " << done << " | " << (HasFailure() ? "FAILED" : "passed")
            << " | " << std::chrono::duration<double>(Clock::now() - start).count()
            << " s | each round: one run applied 200, the others found nothing pending" << std::endl;
}

// The session ends while the history row and COMMIT are in flight (a trigger terminates its own
// backend under the INSERT): a lost connection, exit 6, not a refusal of the history table.
TEST(LostConnection, TheSessionEndingUnderTheHistoryRowIsALostConnection) {
  TestDatabase db;
  if (!db.ok()) return;
  Project project;
  project.add_migration("001_a", "CREATE TABLE a (id int);\n");
  ProcessOptions options;
  options.cwd = project.root();
  options.env["DATABASE_URL"] = db.url();
  ProcessResult first = run_qdb({"prod", "db", "migrate"}, options);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  db.execute("CREATE FUNCTION end_session() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
             "IF NEW.migration_name = '003_c' THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; "
             "RETURN NEW; END $$; "
             "CREATE TRIGGER end_session BEFORE INSERT ON _prisma_migrations FOR EACH ROW EXECUTE FUNCTION end_session()");
  project.add_migration("002_b", "CREATE TABLE b (id int);\n");
  project.add_migration("003_c", "CREATE TABLE c (id int);\n");

  ProcessResult r = run_qdb({"prod", "db", "migrate"}, options);
  EXPECT_EQ(r.exit_code, 6) << r.err;
  // 002_b and 003_c travel together: 002_b committed with its row before the session ended.
  EXPECT_NE(r.err.find("error: lost the connection to the database while running migration SQL: terminating "
                       "connection due to administrator command; 2 migrations sent together (002_b to 003_c) were "
                       "being applied; no migration applied by this run\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("hint: each of 002_b to 003_c ran in a transaction of its own: it is applied and recorded "
                       "together, or not at all"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(db.rows("SELECT migration_name FROM _prisma_migrations ORDER BY 1"),
            (std::vector<std::string>{"001_a", "002_b"}));
  EXPECT_EQ(db.value("SELECT to_regclass('c') IS NULL"), "t");

  db.execute("DROP TRIGGER end_session ON _prisma_migrations");
  ProcessResult rerun = run_qdb({"prod", "db", "migrate"}, options);
  EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_EQ(db.rows("SELECT migration_name FROM _prisma_migrations ORDER BY 1"),
            (std::vector<std::string>{"001_a", "002_b", "003_c"}));
}

// The same for a migration sent alone: its history row and COMMIT travel in one pipeline.
TEST(LostConnection, TheSessionEndingUnderTheHistoryRowOfALoneMigrationIsALostConnection) {
  TestDatabase db;
  if (!db.ok()) return;
  Project project;
  project.add_migration("001_a", "CREATE TABLE a (id int);\n");
  ProcessOptions options;
  options.cwd = project.root();
  options.env["DATABASE_URL"] = db.url();
  ASSERT_EQ(run_qdb({"prod", "db", "migrate"}, options).exit_code, 0);
  db.execute("CREATE FUNCTION end_session() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
             "IF NEW.migration_name = '002_b' THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; "
             "RETURN NEW; END $$; "
             "CREATE TRIGGER end_session BEFORE INSERT ON _prisma_migrations FOR EACH ROW EXECUTE FUNCTION end_session()");
  project.add_migration("002_b", "CREATE TABLE b (id int);\n");

  ProcessResult r = run_qdb({"prod", "db", "migrate"}, options);
  EXPECT_EQ(r.exit_code, 6) << r.err;
  EXPECT_NE(r.err.find("error: lost the connection to the database: terminating connection due to administrator "
                       "command; 002_b was being applied; no migration applied by this run\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("hint: 002_b ran in one transaction: it is applied and recorded together, or not at all"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(db.rows("SELECT migration_name FROM _prisma_migrations ORDER BY 1"), (std::vector<std::string>{"001_a"}));
  EXPECT_EQ(db.value("SELECT to_regclass('b') IS NULL"), "t");
}

// The session ends while qdb polls for the lock another session holds: a lost connection with
// libpq's reason, not libpqxx's report of what it tried next ("Could not obtain client encoding").
TEST(LostConnection, TheSessionEndingWhileWaitingForTheLockIsALostConnection) {
  TestDatabase db;
  if (!db.ok()) return;
  Project project;
  project.add_migration("001_a", "CREATE TABLE a (id int);\n");
  pg::AdminConnection holder(db.settings());
  holder.execute("SELECT pg_advisory_lock(72707369)");
  ProcessOptions options;
  options.cwd = project.root();
  options.env["DATABASE_URL"] = db.url();
  std::unique_ptr<BackgroundProcess> run = start_qdb({"prod", "db", "migrate", "--lock-timeout", "60"}, options);
  ASSERT_TRUE(run->wait_for_stderr("Waiting for the migration lock", 30)) << run->wait(5).err;
  // The test's connections are named qdb too (their URLs are parsed as qdb parses them).
  const std::string holder_pid = holder.query("SELECT pg_backend_pid()").at(0).at(0).value_or("");
  EXPECT_EQ(db.value("SELECT count(*) FROM (SELECT pg_terminate_backend(pid, 30000) FROM pg_stat_activity WHERE "
                     "datname = current_database() AND application_name = 'qdb' AND pid NOT IN (pg_backend_pid(), " +
                     holder_pid + ")) AS terminated"),
            "1");
  ProcessResult r = run->wait(30);
  EXPECT_EQ(r.exit_code, 6) << r.err;
  EXPECT_NE(r.err.find("\nerror: lost the connection to the database: "), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("client encoding"), std::string::npos) << r.err;
  EXPECT_EQ(db.value("SELECT to_regclass('a') IS NULL"), "t");

  holder.execute("SELECT pg_advisory_unlock(72707369)");
  ProcessResult rerun = run_qdb({"prod", "db", "migrate"}, options);
  EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
}

}  // namespace
}  // namespace qdb::test
