#include "config/redact.hpp"

#include <algorithm>
#include <cctype>

#include "config/percent_encoding.hpp"

namespace qdb::config {
namespace {

// Marks in `cover_end` where each occurrence of `needle` in `text` ends, by its start.
void mark_occurrences(std::string_view text, std::string_view needle, std::vector<size_t>& cover_end) {
  if (needle.empty()) return;
  for (size_t pos = text.find(needle); pos != std::string_view::npos; pos = text.find(needle, pos + 1)) {
    cover_end[pos] = std::max(cover_end[pos], pos + needle.size());
  }
}

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// Where a URL written inside free text ends: quotes and angle brackets usually delimit it.
bool ends_url_token(char c) { return is_space(c) || c == '"' || c == '\'' || c == '<' || c == '>'; }

std::string redact_url_passwords(std::string_view text) {
  std::string out;
  size_t copied = 0;
  size_t pos = 0;
  while ((pos = text.find("://", pos)) != std::string_view::npos) {
    size_t start = pos + 3;
    size_t end = start;
    while (end < text.size() && !ends_url_token(text[end])) ++end;
    std::string_view token = text.substr(start, end - start);
    // The user information ends at the last '@' before the query, the same rule the URL parser
    // uses, so a password with an unencoded '@' or '/' is hidden whole.
    std::string_view before_query = token.substr(0, token.find('?'));
    size_t at = before_query.rfind('@');
    if (at != std::string_view::npos) {
      size_t colon = before_query.substr(0, at).find(':');
      if (colon != std::string_view::npos && colon + 1 < at) {
        out.append(text.substr(copied, start + colon + 1 - copied));
        out += kRedacted;
        copied = start + at;
      }
    }
    pos = end;
  }
  out.append(text.substr(copied));
  return out;
}

bool matches_keyword_at(std::string_view text, size_t pos, std::string_view keyword) {
  if (pos + keyword.size() > text.size()) return false;
  for (size_t i = 0; i < keyword.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[pos + i])) != keyword[i]) return false;
  }
  return true;
}

std::string redact_password_assignments(std::string_view text) {
  constexpr std::string_view kKeyword = "password";
  std::string out;
  size_t copied = 0;
  for (size_t pos = 0; pos < text.size(); ++pos) {
    if (!matches_keyword_at(text, pos, kKeyword)) continue;
    size_t key_start = pos;
    while (key_start > 0 && (std::isalnum(static_cast<unsigned char>(text[key_start - 1])) ||
                             text[key_start - 1] == '_')) {
      --key_start;
    }
    bool in_query = key_start > 0 && (text[key_start - 1] == '?' || text[key_start - 1] == '&');
    size_t i = pos + kKeyword.size();
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size() || text[i] != '=') continue;
    ++i;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    size_t value_start = i;
    size_t value_end = i;
    if (i < text.size() && text[i] == '\'') {
      value_start = i + 1;
      value_end = value_start;
      while (value_end < text.size() && text[value_end] != '\'') {
        value_end += text[value_end] == '\\' && value_end + 1 < text.size() ? 2 : 1;
      }
      if (value_end > text.size()) value_end = text.size();
    } else {
      while (value_end < text.size() && !is_space(text[value_end]) &&
             !(in_query && (text[value_end] == '&' || text[value_end] == '#'))) {
        ++value_end;
      }
    }
    if (value_end == value_start) continue;
    out.append(text.substr(copied, value_start - copied));
    out += kRedacted;
    copied = value_end;
    pos = value_end == 0 ? 0 : value_end - 1;
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace

std::string redact_secrets(std::string_view text, std::string_view secret) {
  return redact_secrets(text, std::vector<std::string>{std::string(secret)});
}

std::string redact_secrets(std::string_view text, const std::vector<std::string>& secrets) {
  // Every occurrence is found in the original text; overlapping ones merge.
  std::vector<size_t> cover_end(text.size(), 0);
  bool any = false;
  for (const std::string& secret : secrets) {
    if (secret.empty()) continue;
    any = true;
    mark_occurrences(text, secret, cover_end);
    mark_occurrences(text, percent_encode(secret, true), cover_end);
    mark_occurrences(text, percent_encode(secret, false), cover_end);
  }
  if (!any) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    if (cover_end[pos] <= pos) {
      out += text[pos++];
      continue;
    }
    size_t end = cover_end[pos];
    for (size_t i = pos; i < end; ++i) end = std::max(end, cover_end[i]);
    out += kRedacted;
    pos = end;
  }
  return out;
}

std::string redact_connection_strings(std::string_view text) {
  return redact_password_assignments(redact_url_passwords(text));
}

}  // namespace qdb::config
