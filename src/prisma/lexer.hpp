#pragma once

#include <string_view>
#include <vector>

#include "prisma/token.hpp"

namespace qdb::prisma {

/// Splits one file into tokens. Never fails: characters it cannot read become kError tokens
/// (the parser reports them), and the list always ends with one kEnd token. Ordinary `//`
/// comments are dropped; `///` doc comments are kept as kDocComment tokens.
std::vector<Token> lex(int file_index, std::string_view text);

}  // namespace qdb::prisma
