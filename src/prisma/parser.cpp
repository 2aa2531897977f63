#include "prisma/parser.hpp"

#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "prisma/lexer.hpp"

namespace qdb::prisma {
namespace {

// Deeper nesting than this is never meaningful in a schema; the limit keeps hostile input
// from exhausting the stack.
constexpr int kMaxDepth = 32;

using ast::Argument;
using ast::Attribute;
using ast::Block;
using ast::Expression;

// One list buffer per nesting depth (parse_expression() stops past kMaxDepth, and an argument
// list is read at most one level deeper). A fixed array, so a nested list never moves the
// buffer an outer list is using.
template <typename T>
using DepthBuffers = std::array<std::vector<T>, kMaxDepth + 2>;

class Parser {
 public:
  Parser(int file_index, const SourceFile& source)
      : file_name_(source.name), lexer_(file_index, source.text, file_.arena) {
    pull(tokens_[0]);
    pull(tokens_[1]);
  }

  ParseResult run() {
    ParseResult result;
    file_.name = file_name_;
    Documentation doc;
    while (!at(TokenKind::kEnd)) {
      if (accept(TokenKind::kNewline)) {
        continue;
      }
      if (at(TokenKind::kDocComment)) {
        doc.add(advance().text);
        continue;
      }
      if (auto block = parse_block()) {
        block->documentation = doc.take(file_.arena);
        file_.blocks.push_back(*block);
      }
      doc.clear();
    }
    // Moving the File keeps its arena's blocks in place, so the views in the tree stay valid.
    result.file = std::move(file_);
    result.diagnostics = std::move(diagnostics_);
    return result;
  }

 private:
  // ---- token access -------------------------------------------------------------------------
  // Tokens are read as parsing goes into a ring: the current one, one token of lookahead, and
  // the one advance() just returned. Lexer errors are reported as they are read, so always
  // before any parser error at the same place.
  void pull(Token& token) {
    lexer_.read(token);
    if (token.kind == TokenKind::kError) report(token.location, std::string(token.text));
  }
  const Token& peek() const { return tokens_[current_]; }
  const Token& peek_next() const { return tokens_[next_slot(current_)]; }
  bool at(TokenKind kind) const { return peek().kind == kind; }
  // Moves to the next token and returns the one that was current, valid until the next call.
  // At the end it stays on kEnd.
  const Token& advance() {
    const Token& token = tokens_[current_];
    current_ = next_slot(current_);
    pull(tokens_[next_slot(current_)]);
    return token;
  }
  bool accept(TokenKind kind) {
    if (!at(kind)) return false;
    advance();
    return true;
  }
  void skip_newlines() {
    while (at(TokenKind::kNewline)) advance();
  }

  // `prefix.name`: a view of the source when written without blanks (`db.VarChar`, the usual
  // case), else text the file owns.
  std::string_view dotted(std::string_view prefix, std::string_view name) {
    if (prefix.data() + prefix.size() + 1 == name.data() && prefix.data()[prefix.size()] == '.') {
      return std::string_view(prefix.data(), prefix.size() + 1 + name.size());
    }
    return file_.arena.copy(std::string(prefix).append(".").append(name));
  }

  // The `///` lines before (and one after) an item. One line, the usual case, stays a view of
  // the source; several are joined into the arena.
  class Documentation {
   public:
    void add(std::string_view line) {
      if (lines_ == 1) joined_.assign(first_);
      if (lines_ == 0) first_ = line;
      else joined_.append("\n").append(line);
      ++lines_;
    }
    std::string_view take(util::Arena& arena) {
      std::string_view text = lines_ <= 1 ? first_ : arena.copy(joined_);
      clear();
      return text;
    }
    void clear() {
      first_ = {};
      lines_ = 0;
    }

   private:
    std::string_view first_;
    std::string joined_;  // with more than one line; reused
    int lines_ = 0;
  };

  // ---- diagnostics ----------------------------------------------------------------------------
  void report(Location location, std::string message) {
    diagnostics_.push_back(
        Diagnostic{file_name_, location.line, location.column, Diagnostic::Severity::kError,
                   std::move(message)});
  }

  // Reports "expected X, found Y" at the current token, unless the lexer already reported it.
  void expected(const std::string& what) {
    if (at(TokenKind::kError)) return;
    report(peek().location, "expected " + what + ", found " + describe(peek()));
  }

  static std::string describe(const Token& token) {
    switch (token.kind) {
      // append(): GCC 12 warns falsely (-Wrestrict) about "..." + std::string(view) here.
      case TokenKind::kIdentifier: return std::string("\"").append(token.text).append("\"");
      case TokenKind::kNumber: return std::string(token.text);
      case TokenKind::kString: return "a string";
      default: return token_kind_name(token.kind);
    }
  }

  void skip_line_after_brace() {
    while (!at(TokenKind::kEnd) && !at(TokenKind::kNewline)) advance();
  }

  // Skips the rest of the line; stops before a `}` so the enclosing block can still close.
  void skip_line() {
    while (!at(TokenKind::kEnd) && !at(TokenKind::kNewline) && !at(TokenKind::kRightBrace)) {
      advance();
    }
  }

  // Skips a whole unknown top-level construct: to the end of its line, or past its `{ ... }`.
  void skip_top_level() {
    int depth = 0;
    while (!at(TokenKind::kEnd)) {
      if (at(TokenKind::kLeftBrace)) ++depth;
      if (at(TokenKind::kRightBrace) && depth > 0 && --depth == 0) {
        advance();
        return;
      }
      if (at(TokenKind::kNewline) && depth == 0) return;
      advance();
    }
  }

  // ---- blocks ---------------------------------------------------------------------------------
  std::optional<Block> parse_block() {
    if (!at(TokenKind::kIdentifier)) {
      expected("a block (model, enum, view, datasource or generator)");
      skip_top_level();
      return std::nullopt;
    }
    Block block;
    block.location = peek().location;
    const std::string_view keyword = advance().text;
    if (keyword == "model") block.kind = Block::Kind::kModel;
    else if (keyword == "view") block.kind = Block::Kind::kView;
    else if (keyword == "enum") block.kind = Block::Kind::kEnum;
    else if (keyword == "datasource") block.kind = Block::Kind::kDatasource;
    else if (keyword == "generator") block.kind = Block::Kind::kGenerator;
    else if (keyword == "type") block.kind = Block::Kind::kType;
    else {
      report(block.location, "unknown block type \"" + std::string(keyword) +
                                 "\"; expected model, enum, view, datasource or generator");
      skip_top_level();
      return std::nullopt;
    }
    if (!at(TokenKind::kIdentifier)) {
      expected("a name after \"" + std::string(keyword) + "\"");
      skip_top_level();
      return std::nullopt;
    }
    block.name_location = peek().location;
    block.name = advance().text;
    if (!at(TokenKind::kLeftBrace)) {
      expected("\"{\" after the name of " + std::string(keyword) + " \"" + std::string(block.name) + "\"");
      skip_top_level();
      return std::nullopt;
    }
    advance();
    // As Prisma: the rest of the line after "{" is not read (a comment, usually).
    skip_line_after_brace();
    parse_block_body(block);
    return block;
  }

  void parse_block_body(Block& block) {
    read_block_body(block);
    block.fields = file_.arena.take(field_buffer_);
    block.values = file_.arena.take(value_buffer_);
    block.properties = file_.arena.take(property_buffer_);
    block.attributes = file_.arena.take(block_attribute_buffer_);
  }

  // Reads the block's items into the buffers; parse_block_body() moves them into the arena.
  void read_block_body(Block& block) {
    Documentation doc;
    while (true) {
      if (at(TokenKind::kEnd)) {
        report(block.location, "block \"" + std::string(block.name) + "\" is not closed with \"}\"");
        return;
      }
      if (accept(TokenKind::kRightBrace)) return;
      if (accept(TokenKind::kNewline)) continue;
      if (at(TokenKind::kDocComment)) {
        doc.add(advance().text);
        continue;
      }
      if (at(TokenKind::kAtAt)) {
        if (block.kind == Block::Kind::kDatasource || block.kind == Block::Kind::kGenerator) {
          report(peek().location, "attributes are not allowed in a " +
                                      std::string(block.kind == Block::Kind::kDatasource
                                                      ? "datasource" : "generator") + " block");
          skip_line();
        } else if (parse_attribute(0, block_attribute_buffer_.emplace_back())) {
          end_of_line();
        } else {
          block_attribute_buffer_.pop_back();
        }
        doc.clear();
        continue;
      }
      if (!at(TokenKind::kIdentifier)) {
        expected(block.kind == Block::Kind::kEnum ? "an enum value" : "a field name");
        skip_line();
        doc.clear();
        continue;
      }
      switch (block.kind) {
        case Block::Kind::kDatasource:
        case Block::Kind::kGenerator: parse_property(); break;
        case Block::Kind::kEnum: parse_enum_value(doc); break;
        default: parse_field(doc); break;
      }
      doc.clear();
    }
  }

  // A field, value or property must be followed by the end of the line: a block's closing brace
  // goes on a line of its own, as Prisma reads a schema.
  void end_of_line() {
    if (at(TokenKind::kNewline) || at(TokenKind::kEnd)) return;
    if (at(TokenKind::kRightBrace)) {
      report(peek().location, "a block's closing \"}\" goes on a line of its own");
      return;
    }
    expected("the end of the line");
    skip_line();
  }

  // A `///` comment after a field on the same line documents that field.
  void trailing_doc(Documentation& doc) {
    if (at(TokenKind::kDocComment)) doc.add(advance().text);
  }

  void parse_property() {
    ast::Property property;
    property.location = peek().location;
    property.name = advance().text;
    if (!accept(TokenKind::kEquals)) {
      expected("\"=\" after \"" + std::string(property.name) + "\"");
      skip_line();
      return;
    }
    if (!parse_expression(0, property.value)) {
      skip_line();
      return;
    }
    property_buffer_.push_back(property);
    end_of_line();
  }

  void parse_enum_value(Documentation& doc) {
    ast::EnumValue value;
    value.location = peek().location;
    value.name = advance().text;
    if (!parse_field_attributes(value.attributes)) return;
    trailing_doc(doc);
    value.documentation = doc.take(file_.arena);
    value_buffer_.push_back(value);
    end_of_line();
  }

  void parse_field(Documentation& doc) {
    ast::Field field;
    field.location = peek().location;
    field.name = advance().text;
    if (!at(TokenKind::kIdentifier)) {
      expected("a type for field \"" + std::string(field.name) + "\"");
      skip_line();
      return;
    }
    field.type.location = peek().location;
    field.type.name = advance().text;
    // Unsupported("...") is the built-in; a bare Unsupported names a model or enum of that name.
    if (field.type.name == "Unsupported" && at(TokenKind::kLeftParen)) {
      if (!accept(TokenKind::kLeftParen) || !at(TokenKind::kString)) {
        expected("(\"database type\") after Unsupported");
        skip_line();
        return;
      }
      field.type.unsupported = advance().text;
      field.type.unsupported_call = true;
      if (!accept(TokenKind::kRightParen)) {
        expected("\")\"");
        skip_line();
        return;
      }
    }
    if (at(TokenKind::kLeftBracket)) {
      advance();
      if (!accept(TokenKind::kRightBracket)) {
        expected("\"]\"");
        skip_line();
        return;
      }
      field.type.list = true;
    }
    if (at(TokenKind::kQuestion)) {
      Location question = advance().location;
      if (field.type.list) {
        report(question, "optional lists are not supported; use \"" + std::string(field.type.name) + "[]\"");
      }
      field.type.optional = true;
    }
    if (!parse_field_attributes(field.attributes)) return;
    trailing_doc(doc);
    field.documentation = doc.take(file_.arena);
    field_buffer_.push_back(field);
    end_of_line();
  }

  // Reads `@attr(...)` attributes up to the end of the line. False after a reported error.
  bool parse_field_attributes(ast::List<Attribute>& attributes) {
    std::vector<Attribute>& found = attribute_buffer_;
    found.clear();
    while (at(TokenKind::kAt) || at(TokenKind::kAtAt)) {
      if (at(TokenKind::kAtAt)) {
        report(peek().location, "block attributes (@@) must be on their own line");
        skip_line();
        return false;
      }
      if (!parse_attribute(0, found.emplace_back())) return false;
    }
    attributes = file_.arena.take(found);
    return true;
  }

  // The buffer for the arguments (or array items) being read at `depth`; nested lists use
  // deeper buffers, so an inner list never disturbs the outer one.
  template <typename T>
  static std::vector<T>& buffer_at(DepthBuffers<T>& buffers, int depth) {
    std::vector<T>& buffer = buffers.at(static_cast<size_t>(depth));
    buffer.clear();
    return buffer;
  }

  // ---- attributes and expressions -------------------------------------------------------------
  // Parsers of attributes and expressions fill in `attribute` or `expression` in place (these
  // nodes are large, so building them where they stay saves moving them) and return false
  // after a reported error, leaving it partly filled for the caller to drop.
  bool parse_attribute(int depth, Attribute& attribute) {
    attribute.location = peek().location;
    attribute.block_level = advance().kind == TokenKind::kAtAt;
    if (!at(TokenKind::kIdentifier)) {
      expected("an attribute name");
      skip_line();
      return false;
    }
    attribute.name = advance().text;
    while (at(TokenKind::kDot)) {
      advance();
      if (!at(TokenKind::kIdentifier)) {
        expected("a name after \".\"");
        skip_line();
        return false;
      }
      attribute.name = dotted(attribute.name, advance().text);
    }
    if (at(TokenKind::kLeftParen)) {
      attribute.has_parentheses = true;
      if (!parse_arguments(attribute.arguments, depth + 1)) {
        skip_line();
        return false;
      }
    }
    return true;
  }

  // Parses `( [name:] value, ... )`; the current token is `(`. Newlines inside are ignored.
  bool parse_arguments(ast::List<Argument>& arguments, int depth) {
    std::vector<Argument>& found = buffer_at(argument_buffers_, depth);
    if (!read_arguments(found, depth)) return false;
    arguments = file_.arena.take(found);
    return true;
  }

  // Prisma reads a schema line by line: a value (an attribute's arguments, a list) ends on the
  // line it starts on.
  bool on_one_line(const char* what) {
    if (!at(TokenKind::kNewline)) return true;
    report(peek().location, std::string(what) + " must be on one line (Prisma reads a schema line by line)");
    return false;
  }

  bool read_arguments(std::vector<Argument>& arguments, int depth) {
    advance();
    while (true) {
      if (!on_one_line("the arguments of an attribute or function")) return false;
      if (!arguments.empty() && at(TokenKind::kRightParen)) {
        report(peek().location, "arguments cannot end with \",\"; remove the last \",\"");
        return false;
      }
      if (accept(TokenKind::kRightParen)) return true;
      Argument& argument = arguments.emplace_back();
      argument.location = peek().location;
      if (at(TokenKind::kIdentifier) && peek_next().kind == TokenKind::kColon) {
        argument.name = advance().text;
        advance();
      }
      if (!parse_expression(depth, argument.value)) return false;
      if (!on_one_line("the arguments of an attribute or function")) return false;
      if (accept(TokenKind::kComma)) continue;
      if (accept(TokenKind::kRightParen)) return true;
      expected("\",\" or \")\"");
      return false;
    }
  }

  bool parse_expression(int depth, Expression& expression) {
    expression.location = peek().location;
    if (depth > kMaxDepth) {
      report(peek().location, "expression is nested too deeply");
      return false;
    }
    switch (peek().kind) {
      case TokenKind::kString:
        expression.kind = Expression::Kind::kString;
        expression.text = advance().text;
        return true;
      case TokenKind::kNumber:
        expression.kind = Expression::Kind::kNumber;
        expression.text = advance().text;
        return true;
      case TokenKind::kIdentifier:
        expression.text = advance().text;
        while (at(TokenKind::kDot) && peek_next().kind == TokenKind::kIdentifier) {
          advance();
          expression.text = dotted(expression.text, advance().text);
        }
        if (at(TokenKind::kLeftParen)) {
          expression.kind = Expression::Kind::kFunction;
          if (!parse_arguments(expression.arguments, depth + 1)) return false;
        } else {
          expression.kind = Expression::Kind::kConstant;
        }
        return true;
      case TokenKind::kLeftBracket: {
        expression.kind = Expression::Kind::kArray;
        std::vector<Expression>& items = buffer_at(item_buffers_, depth);
        advance();
        while (true) {
          if (!on_one_line("a list")) return false;
          if (!items.empty() && at(TokenKind::kRightBracket)) {
            report(peek().location, "a list cannot end with \",\"; remove the last \",\"");
            return false;
          }
          if (accept(TokenKind::kRightBracket)) break;
          if (!parse_expression(depth + 1, items.emplace_back())) return false;
          if (!on_one_line("a list")) return false;
          if (accept(TokenKind::kComma)) continue;
          if (accept(TokenKind::kRightBracket)) break;
          expected("\",\" or \"]\"");
          return false;
        }
        expression.items = file_.arena.take(items);
        return true;
      }
      default:
        expected("a value");
        return false;
    }
  }

  std::string file_name_;
  std::vector<Diagnostic> diagnostics_;  // before lexer_: pull() reports into it
  ast::File file_;                       // before lexer_: it keeps the lexer's owned text
  Lexer lexer_;
  // Four slots where three would do: the index then wraps with a mask, not a division, and
  // advance() runs once per token.
  static constexpr size_t kTokenSlots = 4;
  static size_t next_slot(size_t slot) { return (slot + 1) & (kTokenSlots - 1); }
  Token tokens_[kTokenSlots];
  size_t current_ = 0;
  // Lists are collected in reused buffers, then moved into the arena with their exact size
  // (util::Arena::take()).
  std::vector<ast::Field> field_buffer_;
  std::vector<ast::EnumValue> value_buffer_;
  std::vector<ast::Property> property_buffer_;
  std::vector<Attribute> block_attribute_buffer_;
  std::vector<Attribute> attribute_buffer_;
  DepthBuffers<Argument> argument_buffers_;
  DepthBuffers<Expression> item_buffers_;
};

}  // namespace

ParseResult parse_file(int file_index, const SourceFile& source) {
  return Parser(file_index, source).run();
}

}  // namespace qdb::prisma
