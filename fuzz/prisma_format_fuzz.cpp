// `qdb db format`: prisma::format_schema_text on any text, valid schema or not. Promises checked:
// no crash or exception; the result ends with exactly one newline; a second run reaches the
// layout, which a third keeps (format.hpp: one run is not always a fixed point). What the text
// holds is not checked: Prisma's formatter drops some commas and comments, and so does qdb's.
#include <string>

#include "check.hpp"
#include "prisma/format.hpp"

using qdb::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const std::string_view text = qdb::fuzz::as_text(data, size);
  const std::string formatted = qdb::prisma::format_schema_text(text);
  check(!formatted.empty() && formatted.back() == '\n', "the result does not end with a newline");
  check(formatted.size() < 2 || formatted[formatted.size() - 2] != '\n', "the result ends with a blank line");
  const std::string twice = qdb::prisma::format_schema_text(formatted);
  check(qdb::prisma::format_schema_text(twice) == twice, "a third run changes what the second wrote");
  return 0;
}
