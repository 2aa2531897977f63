#include "output/json.hpp"

#include <cmath>
#include <cstdio>

namespace qdb::output {

Json& Json::push(Json value) {
  std::get<Array>(value_).push_back(std::move(value));
  return *this;
}

Json& Json::set(const std::string& key, Json value) {
  auto& object = std::get<Object>(value_);
  for (auto& [k, v] : object) {
    if (k == key) {
      v = std::move(value);
      return *this;
    }
  }
  object.emplace_back(key, std::move(value));
  return *this;
}

std::string Json::dump(bool pretty) const {
  std::string out;
  dump_to(out, pretty, 0);
  return out;
}

void Json::dump_to(std::string& out, bool pretty, int depth) const {
  auto newline = [&](int d) {
    if (!pretty) return;
    out += '\n';
    out.append(static_cast<size_t>(d) * 2, ' ');
  };
  if (std::holds_alternative<std::nullptr_t>(value_)) {
    out += "null";
  } else if (const bool* b = std::get_if<bool>(&value_)) {
    out += *b ? "true" : "false";
  } else if (const int64_t* i = std::get_if<int64_t>(&value_)) {
    out += std::to_string(*i);
  } else if (const double* d = std::get_if<double>(&value_)) {
    if (!std::isfinite(*d)) {
      out += "null";
    } else {
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.17g", *d);
      out += buffer;
    }
  } else if (const std::string* s = std::get_if<std::string>(&value_)) {
    out += json_quote(*s);
  } else if (const Array* a = std::get_if<Array>(&value_)) {
    out += '[';
    for (size_t k = 0; k < a->size(); ++k) {
      if (k > 0) out += ',';
      newline(depth + 1);
      (*a)[k].dump_to(out, pretty, depth + 1);
    }
    if (!a->empty()) newline(depth);
    out += ']';
  } else {
    const Object& o = std::get<Object>(value_);
    out += '{';
    for (size_t k = 0; k < o.size(); ++k) {
      if (k > 0) out += ',';
      newline(depth + 1);
      out += json_quote(o[k].first);
      out += pretty ? ": " : ":";
      o[k].second.dump_to(out, pretty, depth + 1);
    }
    if (!o.empty()) newline(depth);
    out += '}';
  }
}

std::string json_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

}  // namespace qdb::output
