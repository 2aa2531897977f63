#include "prisma/format_syntax.hpp"

#include <algorithm>
#include <array>

#include "prisma/format_scan.hpp"

namespace qdb::prisma::layout {
namespace {

// The line and block rules, on the token rules of Scanner (same conventions).
class Reader : private Scanner {
 public:
  explicit Reader(std::string_view text) : Scanner(text), last_brace_(text.rfind('}')) {}

  std::vector<Item> read_file() {
    std::vector<Item> items;
    for (;;) {
      skip();
      if (pos_ >= s_.size()) return items;
      Item item;
      if (!block(item) && !type_alias(item) && !arbitrary_block(item) && !top_comments(item) &&
          !top_empty_lines(item)) {
        item.kind = Item::Kind::kVerbatim;
        catch_all(item.text);
      }
      items.push_back(std::move(item));
    }
  }

 private:
  // comment_block = ((doc_comment | comment) NEWLINE?)+, each line kept from `//` on.
  bool comment_lines(std::vector<std::string>& lines) {
    for (;;) {
      size_t before = pos_;
      skip();
      std::string line;
      if (!trailing_comment(line)) {
        pos_ = before;
        return !lines.empty();
      }
      lines.push_back(std::move(line));
      newline();
    }
  }
  // empty_lines = (WHITESPACE* NEWLINE)+
  bool empty_lines() {
    bool any = false;
    for (;;) {
      size_t before = pos_;
      skip();
      if (!newline()) {
        pos_ = before;
        return any;
      }
      any = true;
    }
  }
  // CATCH_ALL = (!NEWLINE ANY)+ NEWLINE?
  bool catch_all(std::string& out) {
    size_t start = pos_;
    rest_of_line();
    if (pos_ == start) return false;
    newline();
    out = since(start);
    return true;
  }
  // BLOCK_OPEN = "{" (!NEWLINE ANY)* NEWLINE: whatever follows `{` on its line is dropped.
  bool block_open() {
    size_t start = pos_;
    if (!literal("{")) return false;
    rest_of_line();
    if (!newline()) return pos_ = start, false;
    return true;
  }

  // A trailing comment (optional) and the end of the line: the end of every line element.
  bool line_end(std::string& comment) {
    skip();
    if (trailing_comment(comment)) skip();
    return newline();
  }

  // field_declaration = identifier ":"? field_type? field_attribute* trailing_comment? NEWLINE
  bool field(Element& element) {
    size_t start = pos_;
    if (!identifier()) return false;
    std::string name(since(start));
    skip();
    if (literal(":")) skip();
    std::string type = field_type();
    skip();
    auto attributes = field_attributes();
    if (!line_end(element.comment)) return pos_ = start, false;
    std::stable_sort(attributes.begin(), attributes.end(), [](const auto& a, const auto& b) {
      return attribute_rank(a.first) < attribute_rank(b.first);
    });
    std::string joined;
    for (const auto& [attribute_name, text] : attributes) joined += (joined.empty() ? "" : " ") + text;
    element.kind = Element::Kind::kRow;
    element.columns = {std::move(name), std::move(type), std::move(joined)};
    return true;
  }
  // enum_value_declaration = identifier field_attribute* trailing_comment? NEWLINE. Prisma
  // writes the attributes of an enum value into one cell without blanks between them.
  bool enum_value(Element& element) {
    size_t start = pos_;
    if (!identifier()) return false;
    element.columns = {std::string(since(start))};
    skip();
    auto attributes = field_attributes();
    if (!line_end(element.comment)) return pos_ = start, false;
    if (!attributes.empty()) element.columns.emplace_back();
    for (const auto& attribute : attributes) element.columns[1] += attribute.second;
    element.kind = Element::Kind::kRow;
    return true;
  }
  // key_value = identifier "=" expression? trailing_comment?, then NEWLINE
  bool key_value(Element& element) {
    size_t start = pos_;
    if (!identifier()) return false;
    element.columns = {std::string(since(start))};
    skip();
    if (!literal("=")) return pos_ = start, false;
    skip();
    std::string value = "= ";
    if (expression(value, 0)) element.columns.push_back(std::move(value));
    if (!line_end(element.comment)) return pos_ = start, false;
    element.kind = Element::Kind::kRow;
    return true;
  }
  // block_attribute = "@@" path arguments_list? trailing_comment?, then NEWLINE
  bool block_attribute(Element& element) {
    size_t start = pos_;
    if (!literal("@@")) return false;
    skip();
    size_t name_start = pos_;
    if (!path()) return pos_ = start, false;
    element.attribute = since(name_start);
    std::string text = "@@" + element.attribute;
    size_t after_name = pos_;
    skip();
    if (!arguments_list(text, 0)) pos_ = after_name;
    if (!line_end(element.comment)) return pos_ = start, false;
    element.kind = Element::Kind::kBlockAttribute;
    element.columns = {std::move(text)};
    return true;
  }

  // The contents of a block up to its `}`; false (position unchanged) when it is not closed.
  bool block_body(const std::string& keyword, std::vector<Element>& elements) {
    const bool config = keyword == "datasource" || keyword == "generator";
    const bool is_enum = keyword == "enum";
    for (;;) {
      skip();
      Element element;
      if (config ? key_value(element) : is_enum ? enum_value(element) : field(element)) {
      } else if (!config && block_attribute(element)) {
      } else if (comment_lines(element.lines)) {
        element.kind = Element::Kind::kComments;
      } else if (empty_lines()) {
        element.kind = Element::Kind::kEmptyLines;
      } else if (pos_ < s_.size() && s_[pos_] != '}') {
        std::string line;
        catch_all(line);
        while (!line.empty() && line.back() == '\n') line.pop_back();
        element.kind = Element::Kind::kOther;
        element.lines = {std::move(line)};
      } else {
        return literal("}");
      }
      elements.push_back(std::move(element));
    }
  }

  // model_declaration, enum_declaration and config_block: keyword name BLOCK_OPEN ... "}"
  bool block(Item& item) {
    static constexpr std::array<std::string_view, 6> kKeywords = {"model", "type", "view", "enum", "datasource",
                                                                  "generator"};
    size_t start = pos_;
    for (std::string_view keyword : kKeywords) {
      if (!literal(keyword)) continue;
      skip();
      size_t name_start = pos_;
      if (identifier()) {
        item.name = since(name_start);
        skip();
        item.keyword = keyword;
        if (block_open()) {
          skip();
          if (block_body(item.keyword, item.elements)) {
            item.kind = Item::Kind::kBlock;
            return true;
          }
        }
      }
      pos_ = start;
      item = Item{};
    }
    return false;
  }
  // type_alias = "type" identifier "=" base_type field_attribute*, kept as written. Whatever
  // follows it on its line stays with it as written: read as a separate item, it would lose the
  // blanks before it, and the next run would read a longer alias (no fixed point).
  bool type_alias(Item& item) {
    size_t start = pos_;
    if (!literal("type")) return false;
    skip();
    if (identifier()) {
      skip();
      if (literal("=")) {
        skip();
        if (!base_type().empty()) {
          skip();
          field_attributes();
          const size_t end = pos_;
          skip();
          if (pos_ < s_.size() && !at_newline()) {
            rest_of_line();
          } else {
            pos_ = end;
          }
          item.kind = Item::Kind::kVerbatim;
          item.text = since(start);
          return true;
        }
      }
    }
    pos_ = start;
    return false;
  }
  // arbitrary_block = identifier BLOCK_OPEN (anything but "}")* "}", kept as written.
  bool arbitrary_block(Item& item) {
    size_t start = pos_;
    if (!identifier()) return false;
    skip();
    if (block_open() && last_brace_ != std::string_view::npos && last_brace_ >= pos_) {
      pos_ = s_.find('}', pos_) + 1;
      item.kind = Item::Kind::kVerbatim;
      item.text = since(start);
      return true;
    }
    pos_ = start;
    return false;
  }
  bool top_comments(Item& item) {
    if (!comment_lines(item.lines)) return false;
    item.kind = Item::Kind::kComments;
    return true;
  }
  bool top_empty_lines(Item& item) {
    if (!empty_lines()) return false;
    item.kind = Item::Kind::kEmptyLines;
    return true;
  }

  size_t last_brace_;  // an unclosed arbitrary block is found without reading to the end each time
};

}  // namespace

size_t attribute_rank(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kOrder = {"id",       "unique", "default",  "updatedAt", "index",
                                                             "fulltext", "map",    "relation", "ignore"};
  for (size_t i = 0; i < kOrder.size(); ++i) {
    if (kOrder[i] == name) return i;
  }
  return kOrder.size();
}

std::vector<Item> read_layout(std::string_view text) { return Reader(text).read_file(); }

}  // namespace qdb::prisma::layout
