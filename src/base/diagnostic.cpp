#include "base/diagnostic.hpp"

namespace qdb {
namespace {

std::string_view nth_line(std::string_view text, int line) {
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  if (start > text.size()) return {};
  size_t end = text.find('\n', start);
  std::string_view result = text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d, std::string_view source) {
  std::string out = d.file;
  if (d.line > 0) {
    out += ':' + std::to_string(d.line);
    if (d.column > 0) out += ':' + std::to_string(d.column);
  }
  out += d.severity == Diagnostic::Severity::kError ? ": error: " : ": warning: ";
  out += d.message;
  if (d.line <= 0 || source.empty()) return out;
  std::string_view text = nth_line(source, d.line);
  if (text.empty() && d.column <= 1) return out;
  out += '\n';
  out += text;
  out += '\n';
  // Keep tabs so the caret lines up under the same column in a terminal.
  for (int i = 1; i < d.column && static_cast<size_t>(i - 1) < text.size(); ++i) {
    out += text[static_cast<size_t>(i - 1)] == '\t' ? '\t' : ' ';
  }
  out += '^';
  return out;
}

std::string format_diagnostics(const std::vector<Diagnostic>& diagnostics, std::string_view source) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += format_diagnostic(d, source);
    out += '\n';
  }
  return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) {
    if (d.severity == Diagnostic::Severity::kError) return true;
  }
  return false;
}

}  // namespace qdb
