#include "diagram/diagram.hpp"

#include <gtest/gtest.h>

#include "prisma/load.hpp"
#include "prisma/lower.hpp"
#include "unit/prisma/golden.hpp"

namespace qdb::diagram {
namespace {

Diagram diagram_of(const std::string& golden_schema) {
  prisma::LoadResult loaded = test::load_valid(golden_schema);
  return build_diagram(prisma::lower(loaded.schema));
}

Diagram diagram_of_text(const std::string& text) {
  prisma::LoadResult loaded = prisma::load_schema({{"schema.prisma", text}});
  EXPECT_TRUE(loaded.ok()) << loaded.format_diagnostics();
  return build_diagram(prisma::lower(loaded.schema));
}

// Reviewed as documents: the Mermaid and DOT of the schema with every feature, and of the
// repository's own schema (the one README shows).
TEST(DiagramGolden, MermaidAndDotMatchGolden) {
  Diagram everything = diagram_of("prisma/valid/everything.prisma");
  test::expect_golden("diagram/everything.mmd", render_mermaid(everything));
  test::expect_golden("diagram/everything.dot", render_dot(everything));
  Diagram builtin = diagram_of("prisma-reference/builtin_schema_indexed.prisma");
  test::expect_golden("diagram/builtin.mmd", render_mermaid(builtin));
}

const char* kBlog = R"(datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
model User {
  id      Int      @id
  email   String   @unique
  name    String?
  posts   Post[]
  profile Profile?
}
model Profile {
  id     Int  @id
  userId Int  @unique
  user   User @relation(fields: [userId], references: [id])
}
model Post {
  id         Int   @id
  authorId   Int
  author     User  @relation(fields: [authorId], references: [id])
  editorId   Int?
  editor     Post? @relation("edits", fields: [editorId], references: [id])
  edited     Post[] @relation("edits")
}
)";

TEST(Diagram, CardinalityFollowsTheForeignKey) {
  Diagram d = diagram_of_text(kBlog);
  ASSERT_EQ(d.relationships.size(), 3u);
  const Relationship& profile = d.relationships[0];
  EXPECT_EQ(profile.from, "Profile");
  EXPECT_EQ(profile.to, "User");
  EXPECT_EQ(profile.from_end, End::kZeroOrOne);    // userId is unique: one profile per user at most
  EXPECT_EQ(profile.to_end, End::kExactlyOne);     // userId is required
  const Relationship& author = d.relationships[1];
  EXPECT_EQ(author.from_columns, std::vector<std::string>{"authorId"});
  EXPECT_EQ(author.from_end, End::kZeroOrMore);
  EXPECT_EQ(author.to_end, End::kExactlyOne);
  const Relationship& editor = d.relationships[2];
  EXPECT_EQ(editor.from, "Post");
  EXPECT_EQ(editor.to, "Post");
  EXPECT_EQ(editor.to_end, End::kZeroOrOne);       // editorId is nullable
}

TEST(Diagram, KeysAndNullability) {
  Diagram d = diagram_of_text(kBlog);
  const Entity& user = d.entities[0];
  ASSERT_EQ(user.name, "User");
  ASSERT_EQ(user.attributes.size(), 3u);
  EXPECT_TRUE(user.attributes[0].primary_key);
  EXPECT_FALSE(user.attributes[0].unique);  // the primary key says it already
  EXPECT_TRUE(user.attributes[1].unique);
  EXPECT_TRUE(user.attributes[2].nullable);
  EXPECT_EQ(user.attributes[2].type, "TEXT");
}

TEST(Diagram, MermaidOfASmallSchema) {
  EXPECT_EQ(render_mermaid(diagram_of_text(kBlog)),
            "erDiagram\n"
            "    User {\n"
            "        INTEGER id PK\n"
            "        TEXT email UK\n"
            "        TEXT name \"nullable\"\n"
            "    }\n"
            "    Profile {\n"
            "        INTEGER id PK\n"
            "        INTEGER userId FK, UK\n"
            "    }\n"
            "    Post {\n"
            "        INTEGER id PK\n"
            "        INTEGER authorId FK\n"
            "        INTEGER editorId FK \"nullable\"\n"
            "    }\n"
            "    Profile |o--|| User : \"userId\"\n"
            "    Post }o--|| User : \"authorId\"\n"
            "    Post }o--o| Post : \"editorId\"\n");
}

TEST(Diagram, NamesMermaidCannotSpellAreSpelledOutInTheComment) {
  model::Schema schema;
  model::Table table;
  table.schema = "auth";
  table.name = "user accounts";
  table.columns.push_back(
      {"first name", "DECIMAL(12,2)", "", true, std::nullopt, false, false, false, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt});
  schema.tables.push_back(table);
  EXPECT_EQ(render_mermaid(build_diagram(schema)),
            "erDiagram\n"
            "    \"auth.user accounts\" {\n"
            "        DECIMAL(12-2) first_name \"nullable, named first name\"\n"
            "    }\n");
}

TEST(Diagram, DotEscapesHtmlAndNumbersPorts) {
  model::Schema schema;
  model::Table table;
  table.name = "a<b>";
  table.columns.push_back(
      {"x&y", "TEXT", "", false, std::nullopt, false, false, false, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt});
  schema.tables.push_back(table);
  const std::string dot = render_dot(build_diagram(schema));
  EXPECT_NE(dot.find("<TR><TD COLSPAN=\"3\" BGCOLOR=\"#dde5f0\"><B>a&lt;b&gt;</B></TD></TR>\n"), std::string::npos)
      << dot;
  EXPECT_NE(dot.find("<TD ALIGN=\"LEFT\" PORT=\"c0\">x&amp;y</TD>"), std::string::npos) << dot;
}

}  // namespace
}  // namespace qdb::diagram
