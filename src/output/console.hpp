#pragma once

#include <mutex>
#include <ostream>
#include <optional>
#include <string>

namespace qdb::output {

/// Human-facing messages on stderr. Data (JSON, generated SQL) never goes through here.
/// Colour is used only when stderr is a terminal, NO_COLOR is unset and --no-color was not given.
class Console {
 public:
  enum class Level { kQuiet, kNormal, kVerbose, kDebug };

  Console(std::ostream& err, Level level, bool color) : err_(err), level_(level), color_(color) {}

  /// Progress and results ("Applied 20240101_init in 12 ms").
  void info(const std::string& message);
  /// A success line, highlighted in green.
  void success(const std::string& message);
  /// Something the user should look at, never fatal by itself.
  void warn(const std::string& message);
  /// A failure: first line what failed, then optional hint and detail lines. Shown even with -q.
  void error(const std::string& message, const std::string& hint = {}, const std::string& detail = {});
  /// A question, left open on its line for the answer; shown even with -q.
  void ask(const std::string& question);
  /// Extra detail shown with -v.
  void verbose(const std::string& message);
  /// A line redrawn in place, for a terminal: `text` replaces what the last live() wrote, and
  /// stays without a newline until clear_live() or the next live(). Silenced by -q.
  void live(const std::string& text);
  /// Erases the line live() wrote.
  void clear_live();

  Level level() const { return level_; }
  bool color() const { return color_; }
  /// `text` in bold when colour is on.
  std::string bold(const std::string& text) const;

 private:
  std::string paint(const char* code, const std::string& text) const;
  // Progress is written from a thread of its own (cli::ProgressTicker) while the command's
  // thread may write too: each message goes out whole.
  std::mutex mutex_;
  std::ostream& err_;
  Level level_;
  bool color_;
};

/// Whether colour should be used on stderr: not with --no-color, a non-empty NO_COLOR or
/// TERM=dumb, otherwise when stderr is a terminal.
bool want_color(bool no_color_flag, const std::optional<std::string>& no_color_variable,
                const std::optional<std::string>& term, bool stderr_is_terminal);

}  // namespace qdb::output
