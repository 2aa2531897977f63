#pragma once

#include <mutex>
#include <ostream>
#include <optional>
#include <string>

namespace qdb::output {

/// Human-facing messages, on the streams clig.dev gives them: a command's result on stdout, where
/// `qdb ... > file` captures it; progress, warnings, errors and hints on stderr. With --json stdout
/// carries the one document alone, so results go to stderr too. Data (JSON, generated SQL) never
/// goes through here. Colour is used only on stderr, when it is a terminal, NO_COLOR is unset and
/// --no-color was not given; stdout stays plain.
class Console {
 public:
  enum class Level { kQuiet, kNormal, kVerbose, kDebug };

  /// `json`: stdout holds the --json document, so results are written to `err` instead of `out`.
  Console(std::ostream& err, std::ostream& out, bool json, Level level, bool color)
      : err_(err), out_(json ? err : out), results_on_stderr_(json), level_(level), color_(color) {}

  /// A command's result: the applied list and summary, the status report, the validate summary,
  /// the path written. On stdout and shown even with -q (which silences stderr but for errors);
  /// with --json on stderr, as progress.
  void result(const std::string& message);
  /// A result that is a success, green where results are coloured.
  void result_success(const std::string& message);
  /// Progress on stderr ("Waiting for the migration lock ...", "Database ..., schema ...").
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
  std::ostream& out_;
  bool results_on_stderr_;
  Level level_;
  bool color_;
};

/// Whether colour should be used on stderr: not with --no-color, a non-empty NO_COLOR or
/// TERM=dumb, otherwise when stderr is a terminal.
bool want_color(bool no_color_flag, const std::optional<std::string>& no_color_variable,
                const std::optional<std::string>& term, bool stderr_is_terminal);

}  // namespace qdb::output
