#include "base/diagnostic.hpp"

#include <gtest/gtest.h>

namespace qdb {
namespace {

TEST(Diagnostic, PrintsLocationSourceLineAndCaret) {
  Diagnostic d{"schema.prisma", 2, 5, Diagnostic::Severity::kError, "unknown type \"Strin\""};
  EXPECT_EQ(format_diagnostic(d, "model A {\n  x Strin\n}\n"),
            "schema.prisma:2:5: error: unknown type \"Strin\"\n"
            "  x Strin\n"
            "    ^");
}

TEST(Diagnostic, CaretFollowsTabs) {
  Diagnostic d{"f", 1, 3, Diagnostic::Severity::kWarning, "w"};
  EXPECT_EQ(format_diagnostic(d, "\tab"), "f:1:3: warning: w\n\tab\n\t ^");
}

TEST(Diagnostic, OmitsSourceWhenLineIsOutOfRange) {
  Diagnostic d{"f", 9, 1, Diagnostic::Severity::kError, "m"};
  EXPECT_EQ(format_diagnostic(d, "one line"), "f:9:1: error: m");
}

TEST(Diagnostic, LineWithoutColumn) {
  Diagnostic d{".env", 3, 0, Diagnostic::Severity::kError, "bad"};
  EXPECT_EQ(format_diagnostic(d, ""), ".env:3: error: bad");
}

}  // namespace
}  // namespace qdb
