#include "output/console.hpp"

namespace qdb::output {

void Console::result(const std::string& message) {
  if (results_on_stderr_) {
    info(message);
  } else {
    out_ << message << '\n' << std::flush;
  }
}

void Console::result_success(const std::string& message) {
  if (results_on_stderr_) {
    success(message);
  } else {
    out_ << message << '\n' << std::flush;
  }
}

void Console::info(const std::string& message) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (level_ >= Level::kNormal) err_ << message << '\n' << std::flush;
}

void Console::success(const std::string& message) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (level_ >= Level::kNormal) err_ << paint("32", message) << '\n' << std::flush;
}

void Console::warn(const std::string& message) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (level_ >= Level::kNormal) err_ << paint("33", "warning: ") << message << '\n' << std::flush;
}

void Console::error(const std::string& message, const std::string& hint, const std::string& detail) {
  std::lock_guard<std::mutex> lock(mutex_);
  err_ << paint("1;31", "error: ") << message << '\n';
  if (!detail.empty()) {
    err_ << detail;
    if (detail.back() != '\n') err_ << '\n';
  }
  if (!hint.empty()) err_ << paint("36", "hint: ") << hint << '\n';
  err_ << std::flush;
}

void Console::ask(const std::string& question) {
  std::lock_guard<std::mutex> lock(mutex_);
  err_ << question << std::flush;
}

void Console::verbose(const std::string& message) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (level_ >= Level::kVerbose) err_ << paint("2", message) << '\n' << std::flush;
}

// Carriage return and "erase to the end of the line" (ECMA-48 EL): the cursor stays on the line.
void Console::live(const std::string& text) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (level_ >= Level::kNormal) err_ << "\r\033[K" << text << std::flush;
}

void Console::clear_live() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (level_ >= Level::kNormal) err_ << "\r\033[K" << std::flush;
}

std::string Console::bold(const std::string& text) const { return paint("1", text); }

std::string Console::paint(const char* code, const std::string& text) const {
  if (!color_) return text;
  return std::string("\033[") + code + "m" + text + "\033[0m";
}

bool want_color(bool no_color_flag, const std::optional<std::string>& no_color_variable,
                const std::optional<std::string>& term, bool stderr_is_terminal) {
  if (no_color_flag) return false;
  if (no_color_variable && !no_color_variable->empty()) return false;
  if (term && *term == "dumb") return false;
  return stderr_is_terminal;
}

}  // namespace qdb::output
