#include "prisma/datetime_literal.hpp"

namespace qdb::prisma {
namespace {

bool digits(std::string_view text, size_t at, size_t count, int& value) {
  if (at + count > text.size()) return false;
  value = 0;
  for (size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  return true;
}

}  // namespace

std::optional<std::string> datetime_literal_sql(std::string_view text) {
  int year, month, day, hour, minute, second;
  if (text.size() < 20 || !digits(text, 0, 4, year) || text[4] != '-' || !digits(text, 5, 2, month) ||
      text[7] != '-' || !digits(text, 8, 2, day) || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') ||
      !digits(text, 11, 2, hour) || text[13] != ':' || !digits(text, 14, 2, minute) || text[16] != ':' ||
      !digits(text, 17, 2, second)) {
    return std::nullopt;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return std::nullopt;
  }
  size_t at = 19;
  std::string fraction;
  if (at < text.size() && text[at] == '.') {
    ++at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') fraction += text[at++];
    if (fraction.empty() || fraction.size() > 9) return std::nullopt;
  }
  std::string offset;
  if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
    offset = "+00:00";
    ++at;
  } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
    int hours, minutes;
    if (!digits(text, at + 1, 2, hours) || at + 3 >= text.size() || text[at + 3] != ':' ||
        !digits(text, at + 4, 2, minutes) || hours > 23 || minutes > 59) {
      return std::nullopt;
    }
    offset = std::string(text.substr(at, 6));
    at += 6;
  } else {
    return std::nullopt;
  }
  if (at != text.size()) return std::nullopt;
  // Like chrono's `%.f`: no fraction when zero, else 3, 6 or 9 digits.
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  if (!fraction.empty()) fraction.resize(fraction.size() <= 3 ? 3 : fraction.size() <= 6 ? 6 : 9, '0');
  std::string out(text.substr(0, 10));
  out += ' ';
  out += text.substr(11, 8);
  if (!fraction.empty()) out += "." + fraction;
  out += ' ';
  out += offset;
  return out;
}

}  // namespace qdb::prisma
