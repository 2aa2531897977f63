#include "pg/redact.hpp"

namespace qdb::pg {

std::string redact_password(const std::string& text, const std::string& password) {
  if (password.empty()) return text;
  std::string out;
  size_t start = 0;
  for (size_t at = text.find(password); at != std::string::npos; at = text.find(password, start)) {
    out.append(text, start, at - start);
    out += "****";
    start = at + password.size();
  }
  out.append(text, start, std::string::npos);
  return out;
}

}  // namespace qdb::pg
