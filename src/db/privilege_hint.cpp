#include "db/privilege_hint.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

namespace qdb::db {
namespace {

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
  return text;
}

// An object kind as SQL's GRANT and ALTER spell it: "foreign-data wrapper" → FOREIGN DATA WRAPPER.
std::string sql_kind(const std::string& kind) {
  std::string text = upper(kind);
  std::replace(text.begin(), text.end(), '-', ' ');
  return text;
}

// A name as SQL must spell it: bare when it is a plain lower-case word that is not reserved.
std::string sql_name(const std::string& name) {
  static const std::set<std::string> kReserved = {
      "all",    "analyse", "analyze", "and",     "any",   "array",  "as",     "asc",    "both",  "case",
      "cast",   "check",   "collate", "column",  "constraint", "create", "default", "desc", "distinct", "do",
      "else",   "end",     "except",  "false",   "fetch", "for",    "foreign", "from",  "grant", "group",
      "having", "in",      "into",    "leading", "limit", "not",    "null",   "offset", "on",    "only",
      "or",     "order",   "primary", "references", "select", "table", "then", "to",    "true",  "union",
      "unique", "user",    "using",   "when",    "where", "window", "with"};
  bool plain = !name.empty() && (std::islower(static_cast<unsigned char>(name[0])) || name[0] == '_') &&
               std::all_of(name.begin(), name.end(), [](unsigned char c) {
                 return std::islower(c) || std::isdigit(c) || c == '_' || c == '$';
               });
  if (plain && !kReserved.count(name)) return name;
  std::string quoted = "\"";
  for (char c : name) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

// The statement's words in upper case, comments and literals aside: enough to see what it does.
std::vector<std::string> words_of(const std::string& sql) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(upper(word));
    word.clear();
  };
  for (size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      flush();
      i = std::min(sql.find('\n', i), sql.size());
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      flush();
      size_t end = sql.find("*/", i + 2);
      i = end == std::string::npos ? sql.size() : end + 1;
    } else if (c == '\'' || c == '"') {
      flush();
      size_t end = sql.find(c, i + 1);
      i = end == std::string::npos ? sql.size() : end;
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

bool has_word(const std::vector<std::string>& words, const std::string& w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// The privilege on a table (or view) that the statement needs, or empty when it cannot be told.
std::string table_privilege(const std::vector<std::string>& words) {
  if (words.empty()) return {};
  const std::string& first = words[0];
  if (first == "INSERT" || first == "UPDATE" || first == "DELETE" || first == "TRUNCATE") return first;
  if (first == "SELECT" || first == "WITH" || first == "TABLE") return "SELECT";
  if (first == "CREATE" && has_word(words, "TRIGGER")) return "TRIGGER";
  // A foreign key needs REFERENCES on the table it points at, which the message names.
  if ((first == "CREATE" || first == "ALTER") && has_word(words, "REFERENCES")) return "REFERENCES";
  return {};
}

struct Object {
  std::string kind;  // as PostgreSQL names it: "table", "materialized view", ...
  std::string name;
};

// "<prefix><kind> <name>" → kind and name; the kinds of PostgreSQL's aclcheck messages.
bool read_object(const std::string& message, const std::string& prefix, Object& object) {
  size_t at = message.find(prefix);
  if (at == std::string::npos) return false;
  std::string rest = message.substr(at + prefix.size());
  while (!rest.empty() && (rest.back() == '\n' || rest.back() == ' ')) rest.pop_back();
  static const char* kKinds[] = {"materialized view", "foreign table", "foreign server", "foreign-data wrapper",
                                 "large object",     "table",         "view",           "sequence",
                                 "schema",           "database",      "function",       "procedure",
                                 "routine",          "type",          "domain",         "language",
                                 "tablespace",       "index",         "extension",      "collation"};
  for (const char* kind : kKinds) {
    std::string k = kind;
    if (rest.compare(0, k.size() + 1, k + " ") == 0) {
      object.kind = k;
      object.name = rest.substr(k.size() + 1);
      return !object.name.empty();
    }
  }
  return false;
}

// GRANT <privilege> ON <kind> <name>, or empty for an object GRANT does not reach this way.
std::string grant_for(const Object& object, const std::vector<std::string>& words) {
  const std::string first = words.empty() ? std::string() : words[0];
  std::string privilege, on;
  if (object.kind == "schema") {
    privilege = first == "CREATE" || first == "ALTER" ? "CREATE" : "USAGE";
    on = "SCHEMA";
  } else if (object.kind == "table" || object.kind == "view" || object.kind == "materialized view" ||
             object.kind == "foreign table") {
    privilege = table_privilege(words);
    on = "TABLE";
  } else if (object.kind == "sequence") {
    privilege = "USAGE";
    on = "SEQUENCE";
  } else if (object.kind == "database") {
    privilege = first == "CREATE" && (has_word(words, "TEMP") || has_word(words, "TEMPORARY")) ? "TEMPORARY" : "CREATE";
    on = "DATABASE";
  } else if (object.kind == "function" || object.kind == "procedure" || object.kind == "routine") {
    privilege = "EXECUTE";
    on = sql_kind(object.kind);
  } else if (object.kind == "type" || object.kind == "domain" || object.kind == "language" ||
             object.kind == "foreign server") {
    privilege = "USAGE";
    on = sql_kind(object.kind);
  } else if (object.kind == "foreign-data wrapper") {
    privilege = "USAGE";
    on = sql_kind(object.kind);
  } else if (object.kind == "tablespace") {
    privilege = "CREATE";
    on = "TABLESPACE";
  }
  if (privilege.empty()) return {};
  return "GRANT " + privilege + " ON " + on + " " + sql_name(object.name);
}

}  // namespace

std::string missing_privilege_hint(const std::string& message, const std::string& server_hint,
                                   const std::string& statement, const std::string& role) {
  const std::string who = role.empty() ? std::string("the role in DATABASE_URL") : "role " + role;
  const std::string to = role.empty() ? std::string("<role>") : sql_name(role);
  const std::vector<std::string> words = words_of(statement);
  Object object;
  if (read_object(message, "permission denied for ", object)) {
    std::string grant = grant_for(object, words);
    if (!grant.empty()) {
      return who + " lacks a privilege: run `" + grant + " TO " + to + "` as the " + object.kind +
             "'s owner or a superuser, or run qdb as a role that has it";
    }
    return who + " lacks a privilege on " + object.kind + " " + sql_name(object.name) + " that this statement needs: " +
           "grant it with `GRANT ... ON " + sql_kind(object.kind) + " " + sql_name(object.name) + " TO " + to +
           "`, or run qdb as a role that has it";
  }
  if (read_object(message, "must be owner of ", object)) {
    if (object.kind == "index" || object.kind == "extension" || object.kind == "large object") {
      return "only the owner of " + object.kind + " " + sql_name(object.name) +
             " (or a superuser) may run this statement: run qdb as that role";
    }
    return "only the owner of " + object.kind + " " + sql_name(object.name) +
           " (or a superuser) may run this statement: run qdb as that role, or have it run `ALTER " +
           sql_kind(object.kind) + " " + sql_name(object.name) + " OWNER TO " + to + "`";
  }
  if (!server_hint.empty()) return server_hint;
  return who + " lacks a privilege this statement needs: grant it, or run qdb as a role that has it";
}

}  // namespace qdb::db
