#include "output/json_report.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "base/located_error.hpp"

namespace qdb::output {
namespace {

TEST(JsonReport, EnvelopeFirstThenTheCommandsFieldsInTheOrderSet) {
  JsonReport report;
  report.set("dry_run", false);
  report.field("applied").push_back({{"name", "001_init"}});
  report.set("warnings", std::vector<std::string>{"w"});
  report.set("dry_run", true);  // replaced where it was first set
  report.set_database("postgresql://app:****@db/app", "public");
  RunOutcome outcome;
  outcome.command = "migrate";
  outcome.profile = "prod";
  outcome.duration_ms = 31;
  EXPECT_EQ(report.document(outcome).dump(),
            "{\"command\":\"migrate\",\"profile\":\"prod\",\"ok\":true,\"exit_code\":0,\"duration_ms\":31,"
            "\"database\":{\"url\":\"postgresql://app:****@db/app\",\"schema\":\"public\"},\"error\":null,"
            "\"dry_run\":true,\"applied\":[{\"name\":\"001_init\"}],\"warnings\":[\"w\"]}");
}

TEST(JsonReport, NothingKnownIsNullAndANonZeroExitIsNotOk) {
  JsonReport report;
  RunOutcome outcome;
  outcome.exit_code = 12;
  EXPECT_EQ(report.document(outcome).dump(),
            "{\"command\":null,\"profile\":null,\"ok\":false,\"exit_code\":12,\"duration_ms\":0,\"database\":null,"
            "\"error\":null}");
}

TEST(JsonReport, EnvelopeKeysAreNotTheCommandsToSet) {
  JsonReport report;
  for (const char* key : {"command", "profile", "ok", "exit_code", "duration_ms", "database", "error"}) {
    EXPECT_THROW(report.set(key, 1), std::logic_error) << key;
    EXPECT_THROW(report.field(key), std::logic_error) << key;
  }
}

TEST(JsonReport, ErrorHasItsFourKeysAndNullsForWhatIsMissing) {
  EXPECT_EQ(error_json(Error(ErrorKind::kUsage, "unknown command \"x\"")).dump(),
            "{\"kind\":\"usage\",\"message\":\"unknown command \\\"x\\\"\",\"hint\":null,\"detail\":null}");
  EXPECT_EQ(error_json(Error(ErrorKind::kConnection, "m", "h", "d")).dump(),
            "{\"kind\":\"connection\",\"message\":\"m\",\"hint\":\"h\",\"detail\":\"d\"}");
}

TEST(JsonReport, LocatedErrorAddsFileLineColumnAndSqlstate) {
  LocatedError failed(ErrorKind::kMigrationFailed, "migration 002 failed", "fix it", "ERROR 42P01: ...",
                      "migrations/002/migration.sql", 3, 16, "42P01");
  EXPECT_EQ(error_json(failed).dump(),
            "{\"kind\":\"migration_failed\",\"message\":\"migration 002 failed\",\"hint\":\"fix it\","
            "\"detail\":\"ERROR 42P01: ...\",\"file\":\"migrations/002/migration.sql\",\"line\":3,\"column\":16,"
            "\"sqlstate\":\"42P01\"}");
  // A file without a known place, and no server involved: only the file.
  LocatedError unplaced(ErrorKind::kSchema, "bad", "", "", "schema.prisma");
  const Error& as_error = unplaced;
  EXPECT_EQ(error_json(as_error).dump(),
            "{\"kind\":\"schema\",\"message\":\"bad\",\"hint\":null,\"detail\":null,\"file\":\"schema.prisma\"}");
}

TEST(JsonReport, DiagnosticsAreAnArrayOfPlaces) {
  JsonReport report;
  report.set_diagnostics({{"schema.prisma", 8, 8, Diagnostic::Severity::kError, "unknown type \"Strin\""},
                          {"schema.prisma", 2, 1, Diagnostic::Severity::kWarning, "w"}});
  Json doc = report.document({});
  EXPECT_EQ(doc["diagnostics"].dump(),
            "[{\"file\":\"schema.prisma\",\"line\":8,\"column\":8,\"severity\":\"error\",\"message\":\"unknown type "
            "\\\"Strin\\\"\"},{\"file\":\"schema.prisma\",\"line\":2,\"column\":1,\"severity\":\"warning\","
            "\"message\":\"w\"}]");
  report.set_diagnostics({});
  EXPECT_EQ(report.document({})["diagnostics"], Json::array());
}

}  // namespace
}  // namespace qdb::output
