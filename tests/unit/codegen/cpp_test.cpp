#include "codegen/cpp.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "unit/prisma/golden.hpp"

namespace qdb::codegen {
namespace {

TEST(CppGolden, GeneratedHeadersMatchGolden) {
  struct Case {
    const char* schema;
    const char* label;
    const char* golden;
  };
  for (const Case& c : {Case{"prisma-reference/builtin_schema_indexed.prisma", "schema.prisma", "builtin.hpp"},
                        Case{"prisma/valid/everything.prisma", "everything.prisma", "everything.hpp"},
                        Case{"prisma/valid/multi_schema.prisma", "multi_schema.prisma", "multi_schema.hpp"}}) {
    SCOPED_TRACE(c.golden);
    prisma::LoadResult loaded = test::load_valid(c.schema);
    CppOptions options;
    options.source_label = c.label;
    options.namespace_name = "app::db";
    test::expect_golden(std::string("codegen/") + c.golden, generate_cpp(loaded.schema, options));
  }
}

// The generated headers must build as C++17 with warnings as errors, including a use of
// every kind of declaration.
TEST(CppCompile, GeneratedHeadersCompileWithGxxAsCxx17) {
  if (std::system("g++ --version > /dev/null 2>&1") != 0) GTEST_SKIP() << "g++ is not installed";
  test::TempDir dir;
  for (const char* name : {"builtin", "everything", "multi_schema"}) {
    SCOPED_TRACE(name);
    prisma::LoadResult loaded = test::load_valid(std::string(name == std::string("builtin")
                                                                 ? "prisma-reference/builtin_schema_indexed.prisma"
                                                                 : "prisma/valid/" + std::string(name) + ".prisma"));
    CppOptions options;
    options.namespace_name = std::string(name) + "::db";
    dir.write(std::string(name) + ".hpp", generate_cpp(loaded.schema, options));
  }
  auto source = dir.write("use.cpp",
                          "#include \"builtin.hpp\"\n#include \"everything.hpp\"\n#include \"multi_schema.hpp\"\n"
                          "namespace b = builtin::db;\nnamespace e = everything::db;\nnamespace m = multi_schema::db;\n"
                          "static_assert(b::User::kTable == \"users\");\n"
                          "static_assert(b::Setting::Column::createdAt == \"createdAt\");\n"
                          "static_assert(e::to_string(e::Role::MODERATOR) == \"moderator\");\n"
                          "static_assert(e::NativeTypes::Column::double_ == \"double\");\n"
                          "static_assert(m::Account::kSchema == \"auth\");\n"
                          "int main() {\n"
                          "  e::NativeTypes row;\n  row.double_ = 1.5;\n  row.class_ = std::string(\"x\");\n"
                          "  auto state = e::task_state_from_string(\"in-progress\");\n"
                          "  m::Account account;\n  account.plan = m::Plan::PRO;\n"
                          "  b::WorkerJob job;\n  job.due = std::chrono::system_clock::now();\n"
                          "  return state == e::TaskState::IN_PROGRESS && row.states.empty() && !job.started ? 0 : 1;\n}\n");
  std::string command = "g++ -std=c++17 -Wall -Wextra -Werror -fsyntax-only " + source.string() + " 2>&1";
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char buffer[4096];
  while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  EXPECT_EQ(pclose(pipe), 0) << output;
  EXPECT_EQ(output, "");
}

TEST(Cpp, EscapesKeywordsAndReservedNames) {
  EXPECT_EQ(cpp_identifier("class"), "class_");
  EXPECT_EQ(cpp_identifier("NULL"), "NULL_");
  EXPECT_EQ(cpp_identifier("a__b"), "a__b_");
  EXPECT_EQ(cpp_identifier("_Upper"), "_Upper_");
  EXPECT_EQ(cpp_identifier("email"), "email");
}

}  // namespace
}  // namespace qdb::codegen
