#include "prisma/parser.hpp"

#include <gtest/gtest.h>

namespace qdb::prisma {
namespace {

TEST(Parser, ReadsBlocksFieldsAttributesAndDocs) {
  // The tree views the source, so the source must outlive it: a named SourceFile, never a
  // temporary.
  const SourceFile source{"s.prisma",
                          "/// People\nmodel User {\n"
                          "  /// Primary key\n"
                          "  id   Int     @id @default(autoincrement())\n"
                          "  /// Tags\n"
                          "  tags String[] @default([\"a\", \"b\"]) /// and more\n"
                          "  blob Unsupported(\"circle\")?\n"
                          "  @@index([id(sort: Desc)], type: Hash)\n"
                          "}\n"};
  ParseResult result = parse_file(0, source);
  ASSERT_TRUE(result.diagnostics.empty());
  ASSERT_EQ(result.file.blocks.size(), 1u);
  const ast::Block& block = result.file.blocks[0];
  EXPECT_EQ(block.documentation, "People");
  ASSERT_EQ(block.fields.size(), 3u);
  EXPECT_EQ(block.fields[0].documentation, "Primary key");
  EXPECT_EQ(block.fields[1].documentation, "Tags\nand more");
  EXPECT_EQ(block.fields[0].attributes[1].arguments[0].value.kind, ast::Expression::Kind::kFunction);
  EXPECT_TRUE(block.fields[1].type.list);
  EXPECT_EQ(block.fields[1].attributes[0].arguments[0].value.items.size(), 2u);
  EXPECT_EQ(block.fields[2].type.unsupported, "circle");
  EXPECT_TRUE(block.fields[2].type.optional);
  ASSERT_EQ(block.attributes.size(), 1u);
  EXPECT_EQ(block.attributes[0].arguments[1].name, "type");
  EXPECT_EQ(block.attributes[0].arguments[0].value.items[0].arguments[0].value.text, "Desc");
}

TEST(Parser, NamesAndValuesNotWrittenAsOnePieceOutliveTheParserAndMoves) {
  SourceFile source{"s.prisma",
                    "model A {\n"
                    "  b String @db . VarChar(3) @default(\"x\\\"y\") @map(\"plain\")\n"
                    "  c String @db.Text\n"
                    "}\n"};
  ParseResult result = parse_file(0, source);
  ASSERT_TRUE(result.diagnostics.empty());
  // The tree's views must stay valid when the File moves (as into load_schema's list).
  std::vector<ast::File> files;
  files.push_back(std::move(result.file));
  const ast::Block& block = files[0].blocks[0];
  EXPECT_EQ(block.fields[0].attributes[0].name, "db.VarChar");         // owned: blanks around "."
  EXPECT_EQ(block.fields[0].attributes[1].arguments[0].value.text, "x\"y");  // owned: escape
  EXPECT_EQ(block.fields[0].attributes[2].arguments[0].value.text, "plain");
  EXPECT_EQ(block.fields[1].attributes[0].name, "db.Text");            // a view of the source
  auto in_source = [&](std::string_view text) {
    return text.data() >= source.text.data() && text.data() < source.text.data() + source.text.size();
  };
  EXPECT_FALSE(in_source(block.fields[0].attributes[0].name));
  EXPECT_FALSE(in_source(block.fields[0].attributes[1].arguments[0].value.text));
  EXPECT_TRUE(in_source(block.fields[0].attributes[2].arguments[0].value.text));
  EXPECT_TRUE(in_source(block.fields[1].attributes[0].name));
}

TEST(Parser, ReadsDatasourceProperties) {
  const SourceFile source{"s.prisma", "datasource db {\n  provider = \"postgresql\"\n"
                                      "  url = env(\"DATABASE_URL\")\n}\n"};
  ParseResult result = parse_file(0, source);
  ASSERT_TRUE(result.diagnostics.empty());
  const auto& properties = result.file.blocks[0].properties;
  ASSERT_EQ(properties.size(), 2u);
  EXPECT_EQ(properties[1].value.arguments[0].value.text, "DATABASE_URL");
}

TEST(Parser, RecoversAndReportsSeveralErrors) {
  const SourceFile source{"s.prisma", "model A {\n  id Int @id @@x\n  x\n  y Int\n}\n"
                                      "junk\nmodel B {\n  id Int @id\n}\n"};
  ParseResult result = parse_file(0, source);
  ASSERT_EQ(result.diagnostics.size(), 3u);
  EXPECT_EQ(result.diagnostics[0].message, "block attributes (@@) must be on their own line");
  EXPECT_EQ(result.diagnostics[1].message, "expected a type for field \"x\", found the end of the line");
  EXPECT_EQ(result.diagnostics[2].message,
            "unknown block type \"junk\"; expected model, enum, view, datasource or generator");
  ASSERT_EQ(result.file.blocks.size(), 2u);
  EXPECT_EQ(result.file.blocks[1].name, "B");
}

TEST(Parser, AStrayByteAtTheEndOfALineDoesNotHideTheNextLine) {
  const SourceFile source{"s.prisma", "model A {\n  id Int @id \xC3\n  b Int??\n}\n"};
  ParseResult result = parse_file(0, source);
  ASSERT_EQ(result.diagnostics.size(), 2u);
  EXPECT_EQ(result.diagnostics[0].message, "unexpected character \"\\xc3\"");
  EXPECT_EQ(result.diagnostics[0].line, 2);
  EXPECT_EQ(result.diagnostics[1].message, "expected the end of the line, found \"?\"");
  EXPECT_EQ(result.diagnostics[1].line, 3);
  EXPECT_EQ(result.diagnostics[1].column, 9);
}

}  // namespace
}  // namespace qdb::prisma
