#include "cli/progress.hpp"

#include <cmath>
#include <cstdio>

#include "cli/session.hpp"
#include "config/project_config.hpp"
#include "output/json_report.hpp"

namespace qdb::cli {

std::string format_ms(double ms) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, ms < 10 ? "%.1f ms" : "%.0f ms", ms);
  return buffer;
}

std::string format_seconds(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", seconds);
  std::string text = buffer;
  if (text.size() > 2 && text.substr(text.size() - 2) == ".0") text.resize(text.size() - 2);
  return text + " s";
}

ConsoleObserver::ConsoleObserver(output::Console& console, output::JsonReport& report)
    : console_(console), report_(report) {}

void ConsoleObserver::waiting_for_lock(const std::string& holder) {
  console_.info("Waiting for the migration lock" + (holder.empty() ? std::string() : ", held by " + holder) + " ...");
}

void ConsoleObserver::applying(const migrate::Migration& m, bool transactional) {
  console_.verbose("Applying " + m.name + (transactional ? "" : " (outside a transaction)"));
  transactional_ = transactional;
}

void ConsoleObserver::applied(const migrate::Migration& m, double ms) {
  console_.result("  applied " + m.name + " in " + format_ms(ms));
  report_.field("applied").push_back(
      {{"name", m.name}, {"duration_ms", std::llround(ms)}, {"transactional", transactional_}});
}

double lock_timeout(const Context& context) {
  if (context.invocation.lock_timeout) return *context.invocation.lock_timeout;
  if (context.profile.lock_timeout_seconds) return *context.profile.lock_timeout_seconds;
  return context.project.lock_timeout_seconds;
}

namespace {
migrate::Policy runner_policy(config::Policy policy) {
  return policy == config::Policy::kError ? migrate::Policy::kError : migrate::Policy::kWarn;
}
}  // namespace

migrate::RunOptions run_options(const Context& context) {
  migrate::RunOptions options;
  options.lock_timeout_seconds = lock_timeout(context);
  options.edited = runner_policy(context.profile.edited);
  options.out_of_order = runner_policy(context.profile.out_of_order);
  options.missing = runner_policy(context.profile.missing);
  options.profile = context.profile.name;
  options.migrations_label = display_path(context, context.project.migrations_path);
  return options;
}

void add_lock_timeout_option(CLI::App& command, Invocation& invocation) {
  command.add_option_function<std::string>(
             "--lock-timeout",
             [&invocation](const std::string& text) {
               const std::optional<double> seconds = config::parse_duration(text);
               if (!seconds || *seconds < 0) {
                 throw CLI::ValidationError("--lock-timeout", "expects a duration such as 30s, 500ms, 2m or plain "
                                                              "seconds, not \"" + text + "\"");
               }
               invocation.lock_timeout = *seconds;
             },
             "How long to wait for another migrator's lock: 30s, 500ms, 2m or seconds (default 10 s, or "
             "lock_timeout in qdb.toml)")
      ->type_name("DURATION");
}

}  // namespace qdb::cli
