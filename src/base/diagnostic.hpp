#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace qdb {

/// A problem found in a user's file. Lines and columns are 1-based; column counts bytes.
struct Diagnostic {
  enum class Severity { kError, kWarning };

  std::string file;
  int line = 0;
  int column = 0;
  Severity severity = Severity::kError;
  std::string message;
};

/// Renders `file:line:col: error: message`, then the source line and a caret under the column
/// (the source lines are omitted when `source` is empty or the line is out of range).
std::string format_diagnostic(const Diagnostic& diagnostic, std::string_view source);

/// Renders several diagnostics against one source text, each followed by a newline.
std::string format_diagnostics(const std::vector<Diagnostic>& diagnostics, std::string_view source);

/// True when any diagnostic is an error (warnings alone are not).
bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace qdb
