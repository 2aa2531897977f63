// The formatter against `prisma format`. Every tests/golden/format/<name>.prisma is a messy but
// valid schema; <name>.formatted.prisma beside it is what `prisma format` (Prisma 6) writes for
// it, byte for byte (tests/format/check_prisma_format.sh runs the real Prisma on them too).
// The small cases below pin down one rule each.
#include <gtest/gtest.h>

#include <random>

#include "prisma/format.hpp"
#include "prisma/load.hpp"
#include "unit/prisma/golden.hpp"

namespace qdb::prisma {
namespace {

std::vector<std::string> golden_cases() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(test::golden_path("format"))) {
    const std::string file = entry.path().filename().string();
    if (entry.path().extension() == ".prisma" && file.find(".formatted.") == std::string::npos) {
      names.push_back(entry.path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

TEST(FormatGolden, EveryMessySchemaIsLaidOutAsPrismaFormatDoes) {
  const auto names = golden_cases();
  EXPECT_GE(names.size(), 5u);
  for (const std::string& name : names) {
    SCOPED_TRACE(name);
    const std::string input = test::read_file(test::golden_path("format/" + name + ".prisma"));
    LoadResult loaded = load_schema({{name, input}});
    EXPECT_TRUE(loaded.ok()) << "golden inputs are valid schemas\n" << loaded.format_diagnostics();
    const std::string formatted = format_schema_text(input);
    test::expect_golden("format/" + name + ".formatted.prisma", formatted);
    EXPECT_EQ(format_schema_text(formatted), formatted) << "formatting twice changes the text";
  }
}

TEST(Format, BlankLinesStartNewColumnGroupsButCommentLinesDoNot) {
  EXPECT_EQ(format_schema_text("model A {\n  id Int @id\n  // c\n  longName String\n\n  x Int\n}\n"),
            "model A {\n  id       Int    @id\n  // c\n  longName String\n\n  x Int\n}\n");
}

TEST(Format, BlockAttributesGoLastInPrismasOrderWithTheCommentAboveThem) {
  EXPECT_EQ(format_schema_text("model A {\n  @@map(\"a\")\n  id Int\n  // why\n  @@id([id])\n  b Int\n}\n"),
            "model A {\n  id Int\n  b  Int\n\n  // why\n  @@id([id])\n  @@map(\"a\")\n}\n");
}

TEST(Format, FieldAttributesAreSortedAndArgumentsNormalised) {
  EXPECT_EQ(format_schema_text("model A {\n  a String @db.Text @default( \"x\" ,) @unique\n"
                               "  b Int @relation(fields:[c ,d],references : [e])\n}\n"),
            "model A {\n  a String @unique @default(\"x\") @db.Text\n"
            "  b Int    @relation(fields: [c, d], references: [e])\n}\n");
}

TEST(Format, PropertiesAlignOnTheEqualsSign) {
  EXPECT_EQ(format_schema_text("generator c {\nprovider=\"x\"\n  previewFeatures = [ \"a\",\"b\" ] // on\n}"),
            "generator c {\n  provider        = \"x\"\n  previewFeatures = [\"a\", \"b\"] // on\n}\n");
}

TEST(Format, BlocksAreSeparatedByOneBlankLineAndTheFileEndsWithOneNewline) {
  EXPECT_EQ(format_schema_text("\n\nenum E {\r\n  A\r\n}\r\nenum F {\n  B\n}\n\n\n\nenum G {\n  C\n}\n\n\n"),
            "enum E {\n  A\n}\n\nenum F {\n  B\n}\n\nenum G {\n  C\n}\n");
  EXPECT_EQ(format_schema_text(""), "\n");
}

TEST(Format, TextAfterTheOpeningBraceIsDroppedAndCommentsKeepTheirText) {
  EXPECT_EQ(format_schema_text("model A { // gone\n\tid Int @id ///  kept as written  \n}\n"),
            "model A {\n  id Int @id ///  kept as written  \n}\n");
}

TEST(Format, ACommentAfterAClosingBraceNeedsASecondRunAsInPrisma) {
  const std::string once = format_schema_text("enum E {\n  A\n} // c\nenum F {\n  B\n}\n");
  EXPECT_EQ(once, "enum E {\n  A\n}\n// c\nenum F {\n  B\n}\n");
  EXPECT_EQ(format_schema_text(once), "enum E {\n  A\n}\n\n// c\nenum F {\n  B\n}\n");
}

TEST(Format, LinesTheGrammarDoesNotReadAreKeptAsWritten) {
  // `_x` is not a name to Prisma's formatter; an unclosed block is not a block.
  EXPECT_EQ(format_schema_text("model A {\n  id Int @id\n     _x   Int\n  b Int\n}\n"),
            "model A {\n  id Int @id\n  _x   Int\n  b  Int\n}\n");
  EXPECT_EQ(format_schema_text("model A {\n    id   Int\n"), "model A {\nid   Int\n");
}

TEST(Format, WhatFollowsATypeAliasOnItsLineStaysAsWritten) {
  // Found by fuzzing: read as a separate item, the rest of the line lost its blanks, and each
  // run glued one more word to the alias's attribute.
  const std::string messy = "datas= \"postgresql\"\r\n type url = x   @uniqueC  lug Str  }";
  const std::string once = format_schema_text(messy);
  EXPECT_EQ(once, "datas= \"postgresql\"\r\ntype url = x   @uniqueC  lug Str  }\n");
  EXPECT_EQ(format_schema_text(once), once);
  EXPECT_EQ(format_schema_text("type A = Int @x // c\ntype B = String   @db.Text  \n"),
            "type A = Int @x // c\ntype B = String   @db.Text\n");
}

TEST(Format, EnumValueAttributesAreWrittenWithoutBlanksBetweenThem) {
  // Prisma's formatter does this; qdb follows it byte for byte.
  EXPECT_EQ(format_schema_text("enum E {\n  A @map(\"a\") @deprecated\n  LONGER\n}\n"),
            "enum E {\n  A      @map(\"a\")@deprecated\n  LONGER\n}\n");
}

// Random byte edits of the golden inputs: the formatter never crashes or hangs.
TEST(Format, MutatedInputNeverCrashes) {
  std::mt19937 random(4242);
  const std::string alphabet = "{}()[]@.,:=?!\"/\n\r\t \\abcXYZ019-_";
  for (const std::string& name : golden_cases()) {
    const std::string base = test::read_file(test::golden_path("format/" + name + ".prisma"));
    for (int round = 0; round < 200; ++round) {
      std::string text = base;
      for (int edits = 0; edits < 6; ++edits) {
        size_t at = random() % (text.size() + 1);
        if (random() % 2 == 0 || text.empty()) {
          text.insert(at, 1, alphabet[random() % alphabet.size()]);
        } else {
          text.erase(std::min(at, text.size() - 1), 1);
        }
      }
      std::string formatted = format_schema_text(text);
      EXPECT_FALSE(formatted.empty());
      EXPECT_EQ(formatted.back(), '\n');
    }
  }
  EXPECT_EQ(format_schema_text(std::string(100000, '[')), std::string(100000, '[') + "\n");
  EXPECT_EQ(format_schema_text("model A {\n  a Int @d(" + std::string(5000, '[') + ")\n}\n").substr(0, 11), "model A {\n ");
}

}  // namespace
}  // namespace qdb::prisma
