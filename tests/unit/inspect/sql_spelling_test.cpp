#include "inspect/sql_spelling.hpp"

#include <gtest/gtest.h>

namespace qdb::inspect {
namespace {

TEST(TypeSpelling, PrismasNamesForTheServersTypes) {
  EXPECT_EQ(type_spelling("text"), "TEXT");
  EXPECT_EQ(type_spelling("integer"), "INTEGER");
  EXPECT_EQ(type_spelling("bigint"), "BIGINT");
  EXPECT_EQ(type_spelling("smallint"), "SMALLINT");
  EXPECT_EQ(type_spelling("double precision"), "DOUBLE PRECISION");
  EXPECT_EQ(type_spelling("real"), "REAL");
  EXPECT_EQ(type_spelling("boolean"), "BOOLEAN");
  EXPECT_EQ(type_spelling("jsonb"), "JSONB");
  EXPECT_EQ(type_spelling("bytea"), "BYTEA");
  EXPECT_EQ(type_spelling("uuid"), "UUID");
  EXPECT_EQ(type_spelling("timestamp(3) without time zone"), "TIMESTAMP(3)");
  EXPECT_EQ(type_spelling("timestamp without time zone"), "TIMESTAMP(6)");  // the server's default precision
  EXPECT_EQ(type_spelling("timestamp(6) with time zone"), "TIMESTAMPTZ(6)");
  EXPECT_EQ(type_spelling("time(2) without time zone"), "TIME(2)");
  EXPECT_EQ(type_spelling("time with time zone"), "TIMETZ(6)");
  EXPECT_EQ(type_spelling("date"), "DATE");
  EXPECT_EQ(type_spelling("character varying(255)"), "VARCHAR(255)");
  EXPECT_EQ(type_spelling("character varying"), "VARCHAR");
  EXPECT_EQ(type_spelling("character(10)"), "CHAR(10)");
  EXPECT_EQ(type_spelling("bit varying(8)"), "VARBIT(8)");
  EXPECT_EQ(type_spelling("bit(3)"), "BIT(3)");
  EXPECT_EQ(type_spelling("numeric(65,30)"), "DECIMAL(65,30)");
  EXPECT_EQ(type_spelling("numeric"), "DECIMAL");
}

TEST(TypeSpelling, ArraysAndTypesWithoutAPrismaName) {
  EXPECT_EQ(type_spelling("text[]"), "TEXT[]");
  EXPECT_EQ(type_spelling("timestamp(3) without time zone[]"), "TIMESTAMP(3)[]");
  EXPECT_EQ(type_spelling("character varying(20)[]"), "VARCHAR(20)[]");
  EXPECT_EQ(type_spelling("tsvector"), "tsvector");
  EXPECT_EQ(type_spelling("circle[]"), "circle[]");
  EXPECT_EQ(type_spelling("\"char\""), "\"char\"");
}

TEST(DefaultSpelling, LiteralsLoseTheirCast) {
  EXPECT_EQ(default_spelling("'abc'::text", "TEXT"), "'abc'");
  EXPECT_EQ(default_spelling("'it''s'::character varying", "VARCHAR(20)"), "'it''s'");
  EXPECT_EQ(default_spelling("'USER'::\"Role\"", "\"Role\""), "'USER'");
  EXPECT_EQ(default_spelling("'{}'::jsonb", "JSONB"), "'{}'");
  EXPECT_EQ(default_spelling("'-1'::integer", "INTEGER"), "-1");
  EXPECT_EQ(default_spelling("'1.5'::numeric", "DECIMAL(65,30)"), "1.5");
  EXPECT_EQ(default_spelling("(-1.5)", "DOUBLE PRECISION"), "-1.5");
  EXPECT_EQ(default_spelling("42", "INTEGER"), "42");
  EXPECT_EQ(default_spelling("1.5", "DOUBLE PRECISION"), "1.5");
  EXPECT_EQ(default_spelling("true", "BOOLEAN"), "true");
  EXPECT_EQ(default_spelling("'12'::text", "TEXT"), "'12'");  // a string that looks like a number stays one
}

TEST(DefaultSpelling, TimeFunctionsAndExpressions) {
  EXPECT_EQ(default_spelling("now()", "TIMESTAMP(3)"), "CURRENT_TIMESTAMP");
  EXPECT_EQ(default_spelling("CURRENT_TIMESTAMP", "TIMESTAMP(3)"), "CURRENT_TIMESTAMP");
  EXPECT_EQ(default_spelling("gen_random_uuid()", "UUID"), "gen_random_uuid()");
  EXPECT_EQ(default_spelling("(lower('A'::text) || 'b'::text)", "TEXT"), "(lower('A'::text) || 'b'::text)");
  EXPECT_EQ(default_spelling("'a'::text || 'b'::text", "TEXT"), "'a'::text || 'b'::text");
}

TEST(DefaultSpelling, TimestampLiteralsAsPrismaWritesThem) {
  EXPECT_EQ(default_spelling("'2020-01-01 00:00:00.5'::timestamp without time zone", "TIMESTAMP(3)"),
            "'2020-01-01 00:00:00.500 +00:00'");
  EXPECT_EQ(default_spelling("'2020-01-01 10:11:12'::timestamp without time zone", "TIMESTAMP(3)"),
            "'2020-01-01 10:11:12 +00:00'");
  EXPECT_EQ(default_spelling("'2020-01-01 10:11:12.1234'::timestamp without time zone", "TIMESTAMP(6)"),
            "'2020-01-01 10:11:12.123400 +00:00'");
  EXPECT_EQ(default_spelling("'2020-01-01'::date", "DATE"), "'2020-01-01'");
}

TEST(DefaultSpelling, ArraysAreCastToTheColumnType) {
  EXPECT_EQ(default_spelling("ARRAY['a'::text, 'b, c'::text]", "TEXT[]"), "ARRAY['a', 'b, c']::TEXT[]");
  EXPECT_EQ(default_spelling("ARRAY[1, 2]", "INTEGER[]"), "ARRAY[1, 2]::INTEGER[]");
  EXPECT_EQ(default_spelling("ARRAY['A'::\"Role\", 'B'::\"Role\"]", "\"Role\"[]"), "ARRAY['A', 'B']::\"Role\"[]");
  EXPECT_EQ(default_spelling("ARRAY[]::text[]", "TEXT[]"), "ARRAY[]::TEXT[]");
  EXPECT_EQ(default_spelling("'{}'::text[]", "TEXT[]"), "ARRAY[]::TEXT[]");
  // Arrays in the server's own literal syntax, as hand-made defaults are written.
  EXPECT_EQ(default_spelling("'{a,\"b c\",\"d\\\"e\"}'::text[]", "TEXT[]"), "ARRAY['a', 'b c', 'd\"e']::TEXT[]");
  EXPECT_EQ(default_spelling("'{1,-2}'::integer[]", "INTEGER[]"), "ARRAY[1, -2]::INTEGER[]");
  EXPECT_EQ(default_spelling("'{t,f}'::boolean[]", "BOOLEAN[]"), "ARRAY[true, false]::BOOLEAN[]");
  EXPECT_EQ(default_spelling("'{ok,bad}'::mood[]", "\"mood\"[]"), "ARRAY['ok', 'bad']::\"mood\"[]");
  EXPECT_EQ(default_spelling("'{it''s}'::text[]", "TEXT[]"), "ARRAY['it''s']::TEXT[]");
  EXPECT_EQ(default_spelling("'{a,NULL}'::text[]", "TEXT[]"), "'{a,NULL}'");  // kept: NULL has no Prisma value
  EXPECT_EQ(default_spelling("'{{1,2}}'::integer[]", "INTEGER[]"), "'{{1,2}}'");  // a nested array
  // A Float[] default as the server prints @default([1.5, -2, 0]): a negative integer cast twice.
  EXPECT_EQ(default_spelling("ARRAY[(1.5)::double precision, ('-2'::integer)::double precision, (0)::double precision]",
                             "DOUBLE PRECISION[]"),
            "ARRAY[1.5, -2, 0]::DOUBLE PRECISION[]");
}

}  // namespace
}  // namespace qdb::inspect
