#include "prisma/format.hpp"

#include <algorithm>
#include <vector>

#include "prisma/format_syntax.hpp"

namespace qdb::prisma {
namespace {

using layout::Element;
using layout::Item;

// The output text and the current block depth; each line starts with two spaces per level.
class Renderer {
 public:
  void write(std::string_view text) {
    if (out_.empty() || out_.back() == '\n') out_.append(2 * depth_, ' ');
    out_ += text;
  }
  void end_line() { out_ += '\n'; }
  void indent() { ++depth_; }
  void outdent() { depth_ = depth_ > 0 ? depth_ - 1 : 0; }
  std::string take() { return std::move(out_); }
  const std::string& text() const { return out_; }

 private:
  std::string out_;
  size_t depth_ = 0;
};

// Rows whose cells are padded to the widest cell of their column (in bytes, as Prisma counts),
// one blank between columns, none after the last cell of a row. A row's trailing comment follows
// its last cell after one blank; a row without cells is only its comment (or a blank line).
// Verbatim rows take no part in the widths.
class Table {
 public:
  void add_row(std::vector<std::string> cells, std::string suffix) {
    rows_.push_back({std::move(cells), std::move(suffix), false});
  }
  void add_blank_line() { rows_.push_back({{}, {}, false}); }
  void add_comments(const std::vector<std::string>& lines) {
    for (const std::string& line : lines) add_row({}, line);
  }
  void add_verbatim(std::string text) { rows_.push_back({{}, std::move(text), true}); }

  void render(Renderer& out) {
    std::vector<size_t> widths;
    for (Row& row : rows_) {
      while (!row.cells.empty() && row.cells.back().empty()) row.cells.pop_back();
      if (row.verbatim) continue;
      if (widths.size() < row.cells.size()) widths.resize(row.cells.size(), 0);
      for (size_t i = 0; i < row.cells.size(); ++i) widths[i] = std::max(widths[i], row.cells[i].size());
    }
    for (const Row& row : rows_) {
      if (row.verbatim) {
        out.write(row.suffix);
      } else {
        for (size_t i = 0; i < row.cells.size(); ++i) {
          out.write(row.cells[i]);
          if (i + 1 < row.cells.size()) out.write(std::string(widths[i] - row.cells[i].size() + 1, ' '));
        }
        if (!row.suffix.empty()) out.write(row.cells.empty() ? row.suffix : " " + row.suffix);
      }
      out.end_line();
    }
    rows_.clear();
  }

 private:
  struct Row {
    std::vector<std::string> cells;
    std::string suffix;  // the trailing comment, or the whole text of a verbatim row
    bool verbatim = false;
  };
  std::vector<Row> rows_;
};

bool is(const std::vector<Element>& elements, size_t i, Element::Kind kind) {
  return i < elements.size() && elements[i].kind == kind;
}

// Blank lines start a new table, except at the start and end of the block and before block
// attributes, which all go to the end behind one blank line, each with the comment just above it.
void render_block_body(const std::vector<Element>& elements, Renderer& out) {
  Table table;
  struct Attribute {
    const Element* comments;
    const Element* attribute;
  };
  std::vector<Attribute> attributes;
  const Element* pending_comments = nullptr;
  size_t i = 0;
  if (is(elements, i, Element::Kind::kEmptyLines)) ++i;
  while (i < elements.size()) {
    const bool after_blank = is(elements, i, Element::Kind::kEmptyLines);
    if (after_blank) ++i;
    if (i == elements.size()) break;
    const Element& element = elements[i++];
    switch (element.kind) {
      case Element::Kind::kComments:
        if (is(elements, i, Element::Kind::kBlockAttribute)) {
          pending_comments = &element;
          continue;
        }
        break;
      case Element::Kind::kBlockAttribute:
        attributes.push_back({pending_comments, &element});
        pending_comments = nullptr;
        continue;
      default:
        break;
    }
    if (after_blank) {
      table.render(out);
      table.add_blank_line();
    }
    if (element.kind == Element::Kind::kComments) {
      table.add_comments(element.lines);
    } else if (element.kind == Element::Kind::kRow) {
      table.add_row(element.columns, element.comment);
    } else if (element.kind == Element::Kind::kOther) {
      table.add_verbatim(element.lines.front());
    }
  }
  table.render(out);
  if (!attributes.empty()) table.add_blank_line();
  std::stable_sort(attributes.begin(), attributes.end(), [](const Attribute& a, const Attribute& b) {
    return layout::attribute_rank(a.attribute->attribute) < layout::attribute_rank(b.attribute->attribute);
  });
  for (const Attribute& attribute : attributes) {
    if (attribute.comments) table.add_comments(attribute.comments->lines);
    table.add_row(attribute.attribute->columns, attribute.attribute->comment);
  }
  table.render(out);
}

}  // namespace

std::string format_schema_text(std::string_view text) {
  std::vector<Item> items = layout::read_layout(text);
  Renderer out;
  size_t i = 0;
  if (i < items.size() && items[i].kind == Item::Kind::kEmptyLines) ++i;
  for (; i < items.size(); ++i) {
    const Item& item = items[i];
    switch (item.kind) {
      case Item::Kind::kBlock:
        out.write(item.keyword + " " + item.name + " {");
        out.end_line();
        out.indent();
        render_block_body(item.elements, out);
        out.outdent();
        out.write("}");
        out.end_line();
        break;
      case Item::Kind::kComments: {
        Table table;
        table.add_comments(item.lines);
        table.render(out);
        break;
      }
      case Item::Kind::kEmptyLines:
        if (i + 1 < items.size()) out.end_line();  // blank lines at the end are dropped
        break;
      case Item::Kind::kVerbatim:
        out.write(item.text);
        break;
    }
  }
  if (out.text().empty() || out.text().back() != '\n') out.end_line();
  return out.take();
}

}  // namespace qdb::prisma
