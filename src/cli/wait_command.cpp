// `qdb <profile> db wait [--timeout SECONDS]`: exit 0 once the server accepts connections.
#include "cli/commands.hpp"
#include "cli/connect_wait.hpp"
#include "cli/progress.hpp"
#include "cli/session.hpp"
#include "base/error.hpp"
#include "output/json_report.hpp"

namespace qdb::cli {

void setup_wait(CLI::App& command, Invocation& invocation) {
  command.add_option("--timeout", invocation.timeout, "Seconds to wait at most (default 30)")
      ->type_name("SECONDS")
      ->check(CLI::NonNegativeNumber);
}

int run_wait(Context& context) {
  db::ConnectionSettings settings = connection_settings(context);
  const double timeout = context.invocation.timeout;
  bool database_missing = false;
  // The server is up when it lets us in, and also when it only says that the database does not
  // exist yet (a dev migrate creates it).
  auto attempt = [&] {
    try {
      context.connector(settings);
    } catch (const Error& e) {
      maintenance_for_missing_database(context, settings, e);
      database_missing = true;
    }
  };
  os::System& clock = context.system;
  WaitOutcome outcome = retry_connection(attempt, timeout, clock, [&](const Error&) {
    context.console.info("Waiting up to " + format_seconds(timeout) + " for " + settings.redacted_url + " ...");
  });
  context.console.result_success("The server accepts connections" +
                                 (outcome.attempts > 1 ? " (after " + format_seconds(outcome.waited_seconds) + ")" : "") +
                                 (database_missing ? "; database \"" + settings.database + "\" does not exist yet" : "") +
                                 ".");
  context.report.set("database_exists", !database_missing);
  context.report.set("attempts", outcome.attempts);
  context.report.set("waited_seconds", outcome.waited_seconds);
  return exit_code::kOk;
}

}  // namespace qdb::cli
