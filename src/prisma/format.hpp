#pragma once

#include <string>
#include <string_view>

namespace qdb::prisma {

/// `text` (one .prisma file) laid out exactly as `prisma format` lays it out: blocks indented by
/// two spaces and separated by one blank line; fields, enum values and `key = value` properties
/// aligned in columns within each run of lines not broken by a blank line; field attributes and
/// block attributes in Prisma's order, block attributes after the fields behind one blank line;
/// comments kept where they are (a comment just above a block attribute moves with it); blanks
/// inside attribute arguments normalised; blank lines collapsed; `\r\n` turned into `\n`; one
/// newline at the end. Lines Prisma's formatter does not read are kept as written.
///
/// Unlike `prisma format`, it never adds missing relation fields or `@relation` arguments: run
/// it on schemas that validate. As with Prisma, one run is not always a fixed point: a comment
/// after a block's closing `}` moves to the next line, and only a second run puts the blank line
/// between the block and it. Never throws on bad input.
std::string format_schema_text(std::string_view text);

}  // namespace qdb::prisma
