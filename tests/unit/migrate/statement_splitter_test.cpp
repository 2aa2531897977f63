#include "migrate/statement_splitter.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace qdb::migrate {
namespace {

// "line:col@offset|sql" for every statement.
std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  for (const Statement& s : split_statements("m.sql", text).statements) {
    out.push_back(std::to_string(s.line) + ":" + std::to_string(s.column) + "@" + std::to_string(s.offset) + "|" + s.sql);
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST(StatementSplitter, SplitsOnSemicolons) {
  EXPECT_EQ(split("CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n"),
            (Lines{"1:1@0|CREATE TABLE a (id int)", "2:1@25|CREATE TABLE b (id int)"}));
}

TEST(StatementSplitter, KeepsLastStatementWithoutSemicolon) {
  EXPECT_EQ(split("SELECT 1;\n  SELECT 2\n"), (Lines{"1:1@0|SELECT 1", "2:3@12|SELECT 2"}));
}

TEST(StatementSplitter, CommentOnlyTailIsNotAStatement) {
  EXPECT_EQ(split("SELECT 1;\n-- done\n/* really */\n  \n"), (Lines{"1:1@0|SELECT 1"}));
}

TEST(StatementSplitter, EmptyAndCommentOnlyFiles) {
  EXPECT_EQ(split(""), Lines{});
  EXPECT_EQ(split("  \n\t"), Lines{});
  EXPECT_EQ(split("-- This is an empty migration."), Lines{});
  EXPECT_EQ(split(";;\n;"), Lines{});
}

TEST(StatementSplitter, LeadingCommentsAreNotPartOfTheStatement) {
  EXPECT_EQ(split("-- CreateTable\nCREATE TABLE \"User\" (\"id\" SERIAL);"),
            (Lines{"2:1@15|CREATE TABLE \"User\" (\"id\" SERIAL)"}));
}

TEST(StatementSplitter, CommentsInsideAreKept) {
  EXPECT_EQ(split("SELECT /* ; */ 1 -- ;\n + 2;"), (Lines{"1:1@0|SELECT /* ; */ 1 -- ;\n + 2"}));
}

TEST(StatementSplitter, SemicolonsInsideQuotesDoNotSplit) {
  EXPECT_EQ(split("INSERT INTO t VALUES ('a;b', E'c\\';d', U&'e;f', \"g;h\");SELECT 1"),
            (Lines{"1:1@0|INSERT INTO t VALUES ('a;b', E'c\\';d', U&'e;f', \"g;h\")", "1:56@55|SELECT 1"}));
}

TEST(StatementSplitter, DoBlockIsOneStatement) {
  EXPECT_EQ(split("DO $$ BEGIN\n  PERFORM 1;\nEND $$;\nCOMMIT;"),
            (Lines{"1:1@0|DO $$ BEGIN\n  PERFORM 1;\nEND $$", "4:1@33|COMMIT"}));
}

TEST(StatementSplitter, FunctionWithTaggedDollarBody) {
  std::string sql =
      "CREATE FUNCTION f() RETURNS trigger AS $fn$\nBEGIN\n  NEW.x := $$a;b$$;\n  RETURN NEW;\nEND;\n$fn$ "
      "LANGUAGE plpgsql;\nSELECT 2;";
  Lines got = split(sql);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1], "7:1@112|SELECT 2");
}

TEST(StatementSplitter, SemicolonInsideParenthesesDoesNotSplit) {
  // psql keeps going until the parentheses close; the server then reports the syntax error.
  EXPECT_EQ(split("SELECT (1;2);SELECT 3"), (Lines{"1:1@0|SELECT (1;2)", "1:14@13|SELECT 3"}));
}

TEST(StatementSplitter, StrayClosingParenthesisDoesNotSwallowTheFile) {
  EXPECT_EQ(split("SELECT 1);SELECT 2"), (Lines{"1:1@0|SELECT 1)", "1:11@10|SELECT 2"}));
}

TEST(StatementSplitter, SqlStandardFunctionBody) {
  EXPECT_EQ(split("CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN true "
                  "THEN 1 ELSE 2 END;\n  SELECT 1;\nEND;\nSELECT 9;"),
            (Lines{"1:1@0|CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE "
                   "WHEN true THEN 1 ELSE 2 END;\n  SELECT 1;\nEND",
                   "6:1@129|SELECT 9"}));
}

TEST(StatementSplitter, ProcedureBodyToo) {
  EXPECT_EQ(split("create procedure p() begin atomic insert into t values (1); end; begin;"),
            (Lines{"1:1@0|create procedure p() begin atomic insert into t values (1); end", "1:66@65|begin"}));
}

TEST(StatementSplitter, BeginOutsideRoutineIsATransactionStatement) {
  EXPECT_EQ(split("BEGIN;\nCREATE TABLE t (id int);\nEND;"),
            (Lines{"1:1@0|BEGIN", "2:1@7|CREATE TABLE t (id int)", "3:1@32|END"}));
}

TEST(StatementSplitter, TokensCarryFilePositions) {
  SplitResult result = split_statements("m.sql", "SELECT 1;\n  DROP  TABLE x;");
  ASSERT_EQ(result.statements.size(), 2u);
  const Statement& drop = result.statements[1];
  ASSERT_EQ(drop.tokens.size(), 3u);
  EXPECT_EQ(drop.tokens[2].offset, 24u);
  EXPECT_EQ(drop.tokens[2].line, 2);
  EXPECT_EQ(drop.tokens[2].column, 15);
}

TEST(StatementSplitter, CrlfLineEndings) {
  EXPECT_EQ(split("SELECT 1;\r\nSELECT 2;\r\n"), (Lines{"1:1@0|SELECT 1", "2:1@11|SELECT 2"}));
}

TEST(StatementSplitter, UnterminatedStringRunsToEndAndIsReported) {
  SplitResult result = split_statements("m.sql", "SELECT 1;\nSELECT 'x;\nSELECT 3;");
  ASSERT_EQ(result.statements.size(), 2u);
  EXPECT_EQ(result.statements[1].sql, "SELECT 'x;\nSELECT 3;");
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(format_diagnostic(result.diagnostics[0], ""), "m.sql:2:8: error: unterminated quoted string");
}

TEST(StatementSplitter, UnterminatedCommentAtEnd) {
  SplitResult result = split_statements("m.sql", "SELECT 1;\n/* /* */");
  ASSERT_EQ(result.statements.size(), 1u);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(format_diagnostic(result.diagnostics[0], ""), "m.sql:2:1: error: unterminated /* comment");
}

}  // namespace
}  // namespace qdb::migrate
