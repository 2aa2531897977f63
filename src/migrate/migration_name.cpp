#include "migrate/migration_name.hpp"

#include <algorithm>
#include <ctime>
#include <regex>
#include <string_view>
#include <utility>

namespace qdb::migrate {
namespace {

// Prisma's transliteration, for the characters a migration name written in a Latin script is
// likely to hold: its custom table (German spelt out) first, then accents dropped (NFD without
// the combining marks). UTF-8 sequences → ASCII.
const std::pair<std::string_view, std::string_view> kTransliterations[] = {
    {"&", " and "}, {"\u2665", " love "}, {"\U0001F984", " unicorn "},
    {"ß", "ss"}, {"ẞ", "Ss"}, {"ä", "ae"}, {"Ä", "Ae"}, {"ö", "oe"}, {"Ö", "Oe"}, {"ü", "ue"}, {"Ü", "Ue"},
    {"À", "A"}, {"Á", "A"}, {"Â", "A"}, {"Ã", "A"}, {"Å", "A"}, {"Æ", "AE"}, {"Ç", "C"}, {"È", "E"}, {"É", "E"},
    {"Ê", "E"}, {"Ë", "E"}, {"Ì", "I"}, {"Í", "I"}, {"Î", "I"}, {"Ï", "I"}, {"Ð", "D"}, {"Ñ", "N"}, {"Ò", "O"},
    {"Ó", "O"}, {"Ô", "O"}, {"Õ", "O"}, {"Ø", "O"}, {"Ù", "U"}, {"Ú", "U"}, {"Û", "U"}, {"Ý", "Y"}, {"Þ", "TH"},
    {"à", "a"}, {"á", "a"}, {"â", "a"}, {"ã", "a"}, {"å", "a"}, {"æ", "ae"}, {"ç", "c"}, {"è", "e"}, {"é", "e"},
    {"ê", "e"}, {"ë", "e"}, {"ì", "i"}, {"í", "i"}, {"î", "i"}, {"ï", "i"}, {"ð", "d"}, {"ñ", "n"}, {"ò", "o"},
    {"ó", "o"}, {"ô", "o"}, {"õ", "o"}, {"ø", "o"}, {"ù", "u"}, {"ú", "u"}, {"û", "u"}, {"ý", "y"}, {"ÿ", "y"},
    {"þ", "th"}, {"œ", "oe"}, {"Œ", "OE"}, {"š", "s"}, {"Š", "S"}, {"ž", "z"}, {"Ž", "Z"}, {"č", "c"}, {"Č", "C"},
    {"ł", "l"}, {"Ł", "L"}, {"ń", "n"}, {"ś", "s"}, {"ź", "z"}, {"ż", "z"}, {"ą", "a"}, {"ę", "e"}, {"ő", "o"},
    {"ű", "u"}, {"ř", "r"}, {"ě", "e"}, {"ů", "u"}, {"ğ", "g"}, {"ı", "i"}, {"İ", "I"}, {"ş", "s"}, {"Ş", "S"},
};

std::string transliterate(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kTransliterations) {
      if (std::string_view(text).substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

// slugify's decamelize step, its four expressions in its order.
std::string decamelize(std::string text) {
  static const std::regex kAcronymDigits("([A-Z]{2,})(\\d+)");
  static const std::regex kWordAcronym("([a-z\\d]+)([A-Z]{2,})");
  static const std::regex kLowerUpper("([a-z\\d])([A-Z])");
  static const std::regex kAcronymWord("([A-Z]+)([A-Z][a-rt-z\\d]+)");
  for (const std::regex* pattern : {&kAcronymDigits, &kWordAcronym, &kLowerUpper, &kAcronymWord}) {
    text = std::regex_replace(text, *pattern, "$1 $2");
  }
  return text;
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// The first time whose YYYYMMDDHHMMSS sorts after the 14 digits `stamp` starts with. A stamp
// that is a real time gives the next second. One that is not (a hand-made "20250100000000_x")
// would go backwards if timegm normalised it (day 0 is the last day of the month before), so
// its first field out of range moves up to the next value that exists instead: month 00 to
// January, day 00 to the 1st, day 32 to the 1st of the next month, hour 24 to the next day.
long long first_time_after(const std::string& stamp) {
  auto digits = [&](size_t at, size_t n) { return std::stoi(stamp.substr(at, n)); };
  const int year = digits(0, 4), month = digits(4, 2), day = digits(6, 2);
  const int hour = digits(8, 2), minute = digits(10, 2), second = digits(12, 2);
  // timegm carries a field past its end into the next one: month 12 (0-based) is next January.
  auto utc = [](int y, int month0, int d, int h = 0, int m = 0, int s = 0) {
    std::tm t{};
    t.tm_year = y - 1900;
    t.tm_mon = month0;
    t.tm_mday = d;
    t.tm_hour = h;
    t.tm_min = m;
    t.tm_sec = s;
    return static_cast<long long>(timegm(&t));
  };
  if (month < 1) return utc(year, 0, 1);
  if (month > 12) return utc(year + 1, 0, 1);
  if (day < 1) return utc(year, month - 1, 1);
  if (day > days_in_month(year, month)) return utc(year, month, 1);
  if (hour > 23) return utc(year, month - 1, day + 1);
  if (minute > 59) return utc(year, month - 1, day, hour + 1);
  // Second 60 (a leap second) and above: the next minute, as after second 59.
  return utc(year, month - 1, day, hour, minute, std::min(second, 59) + 1);
}

}  // namespace

std::string normalize_migration_name(const std::string& name) {
  std::string text = decamelize(transliterate(name));
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  static const std::regex kContraction("([a-zA-Z\\d]+)'([ts])(\\s|$)");
  text = std::regex_replace(text, kContraction, "$1$2$3");
  std::string out;
  for (char c : text) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) {
      out += c;
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  if (out.size() > 200) out.resize(200);
  return out;
}

std::string migration_folder_name(long long unix_seconds, const std::string& normalized_name) {
  const std::time_t seconds = static_cast<std::time_t>(unix_seconds);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d%H%M%S", &utc);
  return normalized_name.empty() ? std::string(stamp) : std::string(stamp) + "_" + normalized_name;
}

long long next_migration_time(long long unix_seconds, const std::string& last_name) {
  if (last_name.size() < 14) return unix_seconds;
  for (size_t i = 0; i < 14; ++i) {
    if (last_name[i] < '0' || last_name[i] > '9') return unix_seconds;
  }
  return std::max(unix_seconds, first_time_after(last_name));
}

}  // namespace qdb::migrate
