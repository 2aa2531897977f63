#pragma once

#include <string>

#include "base/error.hpp"

namespace qdb {

/// An Error at a place in a user's file, or one the server reported with a SQLSTATE. The message
/// names the place as text already; these fields carry it for --json (output::error_json).
/// Caught as Error everywhere else.
class LocatedError : public Error {
 public:
  /// `file` as messages show it; `line` and `column` 1-based, 0 when not known; `sqlstate`
  /// empty when the failure is not the server's.
  LocatedError(ErrorKind kind, std::string message, std::string hint, std::string detail, std::string file,
               int line = 0, int column = 0, std::string sqlstate = {})
      : Error(kind, std::move(message), std::move(hint), std::move(detail)), file_(std::move(file)), line_(line),
        column_(column), sqlstate_(std::move(sqlstate)) {}

  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }
  const std::string& sqlstate() const { return sqlstate_; }

 private:
  std::string file_;
  int line_ = 0;
  int column_ = 0;
  std::string sqlstate_;
};

}  // namespace qdb
