#pragma once
// What every fuzz target shares: a check that stops the run with the broken promise in words
// (libFuzzer then saves the input), and the promise all parsers make about where they point.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"

namespace qdb::fuzz {

/// Ends the process with `what` on stderr when `condition` is false.
inline void check(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz check failed: %s\n", what);
  std::abort();
}

/// The bytes libFuzzer gives, as text.
inline std::string_view as_text(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// True when (line, column) is a place in `text`: a line that exists and a byte column on it,
/// one past its last byte included (the end of a line or of the text).
inline bool inside(std::string_view text, int line, int column) {
  if (line < 1 || column < 1) return false;
  std::size_t begin = 0;
  for (int l = 1; l < line; ++l) {
    const std::size_t newline = text.find('\n', begin);
    if (newline == std::string_view::npos) return false;
    begin = newline + 1;
  }
  const std::size_t end = std::min(text.find('\n', begin), text.size());
  return static_cast<std::size_t>(column) <= end - begin + 1;
}

/// Checks that every diagnostic names `file` and a place inside `text`, and that they all print.
inline void check_diagnostics(const std::vector<Diagnostic>& diagnostics, std::string_view file,
                              std::string_view text) {
  for (const Diagnostic& d : diagnostics) {
    check(d.file == file, "a diagnostic names another file");
    check(inside(text, d.line, d.column), "a diagnostic points outside the text");
    check(!format_diagnostic(d, text).empty(), "a diagnostic prints as nothing");
  }
}

}  // namespace qdb::fuzz
