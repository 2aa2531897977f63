#include "migrate/migration_name.hpp"

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
  std::tm utc{};
  auto digits = [&](size_t at, size_t n) { return std::stoi(last_name.substr(at, n)); };
  utc.tm_year = digits(0, 4) - 1900;
  utc.tm_mon = digits(4, 2) - 1;
  utc.tm_mday = digits(6, 2);
  utc.tm_hour = digits(8, 2);
  utc.tm_min = digits(10, 2);
  utc.tm_sec = digits(12, 2);
  const long long last = static_cast<long long>(timegm(&utc));
  return last >= unix_seconds ? last + 1 : unix_seconds;
}

}  // namespace qdb::migrate
