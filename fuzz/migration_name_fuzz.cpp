// The folder name `migrate dev --name NAME` gives a new migration: the name slugified as Prisma
// does (migrate::normalize_migration_name), the timestamp made to sort after the folder that
// sorts last (next_migration_time), and the two put together (migration_folder_name). The input
// is "NAME\nLAST_FOLDER\nSECONDS". Promises checked: no crash or exception; a normalized name
// holds only a-z, 0-9 and single '_' between words, at most 200 bytes, and normalizing it again
// changes nothing (unless the cut at 200 bytes left a trailing '_', as Prisma's does); the folder
// is YYYYMMDDHHMMSS[_name]; a new folder sorts after the last one.
#include <string>

#include "check.hpp"
#include "migrate/migration_name.hpp"

using qdb::fuzz::check;

namespace {

std::string_view next_line(std::string_view& text) {
  const std::size_t newline = text.find('\n');
  const std::string_view line = text.substr(0, newline);
  text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
  return line;
}

bool all_digits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  std::string_view input = qdb::fuzz::as_text(data, size);
  const std::string given(next_line(input));
  const std::string last(next_line(input));
  // Now: any time from 1970 to 9999-12-31, from the third line's digits.
  long long now = 0;
  for (char c : next_line(input)) {
    if (c >= '0' && c <= '9') now = (now * 10 + (c - '0')) % 253402300800LL;  // up to 9999-12-31T23:59:59Z
  }

  const std::string name = qdb::migrate::normalize_migration_name(given);
  check(name.size() <= 200, "a name longer than 200 bytes");
  check(name.empty() || name.front() != '_', "a name that starts with '_'");
  check(name.find("__") == std::string::npos, "a name with '__'");
  for (char c : name) {
    check((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_', "a name with a byte outside a-z 0-9 _");
  }
  // Prisma cuts the name after dropping the trailing '_', so a cut name may end with one.
  if (name.size() < 200) {
    check(name.empty() || name.back() != '_', "a name that ends with '_'");
    check(qdb::migrate::normalize_migration_name(name) == name, "normalizing a normalized name changes it");
  }

  const long long time = qdb::migrate::next_migration_time(now, last);
  check(time >= now, "a new migration named for a time before now");
  // After 99991231235959 (or a stamp such as 99991300000000) no 14-digit stamp sorts later.
  constexpr long long kYear10000 = 253402300800LL;
  if (time >= kYear10000) return 0;
  const std::string folder = qdb::migrate::migration_folder_name(time, name);
  const std::string_view stamp = std::string_view(folder).substr(0, 14);
  check(stamp.size() == 14 && all_digits(stamp), "a folder that does not start with YYYYMMDDHHMMSS");
  check(folder.size() == 14 ? name.empty() : folder.substr(14) == "_" + name, "a folder that is not stamp_name");
  if (last.size() >= 14 && all_digits(std::string_view(last).substr(0, 14))) {
    check(stamp > std::string_view(last).substr(0, 14), "a new folder does not sort after the last one");
  }
  return 0;
}
