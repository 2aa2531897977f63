#include "cli/progress.hpp"

#include <chrono>
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

ProgressTicker::ProgressTicker(output::Console& console, os::System& clock, bool terminal)
    : console_(console), clock_(clock), terminal_(terminal) {}

ProgressTicker::~ProgressTicker() { stop(); }

void ProgressTicker::start(const std::string& what) {
  stop();
  if (console_.level() < output::Console::Level::kNormal) return;
  running_ = true;
  thread_ = std::thread([this, what, started = clock_.now()] { tick(what, started); });
}

void ProgressTicker::stop() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    running_ = false;
  }
  changed_.notify_all();
  thread_.join();
  if (drawn_) console_.clear_live();
  drawn_ = false;
}

void ProgressTicker::tick(const std::string& what, double started) {
  int shown = 0;
  std::unique_lock<std::mutex> lock(mutex_);
  while (!changed_.wait_for(lock, std::chrono::milliseconds(250), [this] { return !running_; })) {
    std::optional<std::string> line = line_at(what, clock_.now() - started, terminal_, shown);
    if (!line) continue;
    if (terminal_) {
      console_.live(*line);
      drawn_ = true;
    } else {
      console_.info(*line);
    }
  }
}

std::optional<std::string> ProgressTicker::line_at(const std::string& what, double elapsed, bool terminal,
                                                   int& shown) {
  const int seconds = static_cast<int>(elapsed);
  if (terminal) {
    if (seconds < 2 || seconds <= shown) return std::nullopt;
    shown = seconds;
    return what + ": " + std::to_string(seconds) + " s";
  }
  const int tens = seconds / 10 * 10;
  if (tens < 10 || tens <= shown) return std::nullopt;
  shown = tens;
  return "  " + what + " still running after " + std::to_string(tens) + " s";
}

ConsoleObserver::ConsoleObserver(output::Console& console, output::JsonReport& report, os::System* system)
    : console_(console), report_(report) {
  if (system != nullptr) ticker_.emplace(console, *system, system->stderr_is_terminal());
}

void ConsoleObserver::waiting_for_lock(const std::string& holder) {
  console_.info("Waiting for the migration lock" + (holder.empty() ? std::string() : ", held by " + holder) + " ...");
}

void ConsoleObserver::applying(const migrate::Migration& m, bool transactional) {
  console_.info("Applying " + m.name + (transactional ? "" : " (outside a transaction)") + " ...");
  transactional_ = transactional;
  if (ticker_) ticker_->start(m.name);
}

void ConsoleObserver::applying_together(const std::vector<const migrate::Migration*>& migrations) {
  const std::string span = migrations.front()->name + " to " + migrations.back()->name;
  console_.info("Applying " + std::to_string(migrations.size()) + " migrations together, " + span +
                ", each in its own transaction ...");
  transactional_ = true;
  if (ticker_) ticker_->start(std::to_string(migrations.size()) + " migrations (" + span + ")");
}

void ConsoleObserver::applied(const migrate::Migration& m, double ms) {
  if (ticker_) ticker_->stop();
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
