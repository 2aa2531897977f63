#include "config/project_config.hpp"

#include <cmath>
#include <set>
#include <toml++/toml.h>

#include "util/toml_text.hpp"

namespace qdb::config {

std::optional<double> parse_duration(const std::string& s) {
  size_t used = 0;
  double number = 0;
  try {
    number = std::stod(s, &used);
  } catch (...) {
    return std::nullopt;
  }
  std::string unit = s.substr(used);
  if (unit == "ms") return number / 1000.0;
  if (unit == "s" || unit.empty()) return number;
  if (unit == "m" || unit == "min") return number * 60.0;
  return std::nullopt;
}

namespace {

using Severity = Diagnostic::Severity;

class Reader {
 public:
  Reader(std::string file, std::string_view text, std::vector<Diagnostic>& diagnostics)
      : file_(std::move(file)), text_(text), diagnostics_(diagnostics) {}

  void error(const toml::source_region& where, std::string message) {
    const util::TomlPlace place =
        util::toml_place(text_, static_cast<int>(where.begin.line), static_cast<int>(where.begin.column));
    diagnostics_.push_back({file_, place.line, place.column, Severity::kError, std::move(message)});
  }

  // Reports every key of `table` not in `known`.
  void reject_unknown(const toml::table& table, const std::string& section,
                      std::initializer_list<const char*> known) {
    for (const auto& [key, node] : table) {
      bool ok = false;
      for (const char* k : known) ok = ok || key.str() == k;
      if (ok) continue;
      std::string list;
      for (const char* k : known) list += std::string(list.empty() ? "" : ", ") + k;
      error(key.source(), "unknown key \"" + std::string(key.str()) + "\" in " + section +
                              " (known keys: " + list + ")");
    }
  }

  std::optional<std::string> string(const toml::table& t, const char* key, const std::string& section) {
    const toml::node* node = t.get(key);
    if (node == nullptr) return std::nullopt;
    if (const auto* s = node->as_string()) return s->get();
    error(node->source(), section + "." + key + " must be a string");
    return std::nullopt;
  }

  std::optional<bool> boolean(const toml::table& t, const char* key, const std::string& section) {
    const toml::node* node = t.get(key);
    if (node == nullptr) return std::nullopt;
    if (const auto* b = node->as_boolean()) return b->get();
    error(node->source(), section + "." + key + " must be true or false");
    return std::nullopt;
  }

  // A duration: a number of seconds, or a string like "500ms", "10s", "2m".
  std::optional<double> seconds(const toml::table& t, const char* key, const std::string& section) {
    const toml::node* node = t.get(key);
    if (node == nullptr) return std::nullopt;
    std::optional<double> value;
    if (const auto* i = node->as_integer()) value = static_cast<double>(i->get());
    if (const auto* f = node->as_floating_point()) value = f->get();
    if (const auto* s = node->as_string()) value = parse_duration(s->get());
    if (!value || *value < 0 || !std::isfinite(*value)) {
      error(node->source(), section + "." + key +
                                " must be a duration: seconds as a number, or a string such as \"500ms\", \"10s\", \"2m\"");
      return std::nullopt;
    }
    return value;
  }

  std::optional<Policy> policy(const toml::table& t, const char* key, const std::string& section) {
    auto text = string(t, key, section);
    if (!text) return std::nullopt;
    if (*text == "warn") return Policy::kWarn;
    if (*text == "error") return Policy::kError;
    error(t.get(key)->source(), section + "." + key + " must be \"warn\" or \"error\", not \"" + *text + "\"");
    return std::nullopt;
  }

  const toml::table* table(const toml::table& t, const char* key, const std::string& where) {
    const toml::node* node = t.get(key);
    if (node == nullptr) return nullptr;
    if (const auto* tt = node->as_table()) return tt;
    error(node->source(), where + " must be a table ([" + key + "])");
    return nullptr;
  }

 private:
  std::string file_;
  std::string_view text_;
  std::vector<Diagnostic>& diagnostics_;
};

void read_profile(Reader& r, const toml::table& t, const std::string& section, Profile& p) {
  r.reject_unknown(t, section, {"extends", "description", "allow_destructive", "node_env", "lock_timeout",
                                "edited", "out_of_order", "missing", "create_database", "use_local_server"});
  if (auto v = r.string(t, "description", section)) p.description = *v;
  if (auto v = r.boolean(t, "allow_destructive", section)) p.allow_destructive = *v;
  if (auto v = r.string(t, "node_env", section)) p.node_env = *v;
  if (auto v = r.seconds(t, "lock_timeout", section)) p.lock_timeout_seconds = *v;
  if (auto v = r.policy(t, "edited", section)) p.edited = *v;
  if (auto v = r.policy(t, "out_of_order", section)) p.out_of_order = *v;
  if (auto v = r.policy(t, "missing", section)) p.missing = *v;
  if (auto v = r.boolean(t, "create_database", section)) p.create_database = *v;
  if (auto v = r.boolean(t, "use_local_server", section)) p.use_local_server = *v;
}

bool valid_profile_name(const std::string& name) {
  if (name.empty() || name == "help" || name.front() == '-') return false;
  for (char c : name) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) return false;
  }
  return true;
}

// Profiles may extend each other in any order of declaration: resolve `extends` recursively.
// `visiting` holds the chain being resolved, to report a circle once instead of recursing forever.
void resolve_profile(Reader& r, const toml::table& profiles, const std::string& name,
                     std::map<std::string, Profile>& out, std::set<std::string>& visiting) {
  const auto* t = profiles.get(name)->as_table();
  const auto builtins = builtin_profiles();
  Profile base;
  if (auto it = builtins.find(name); it != builtins.end()) base = it->second;
  visiting.insert(name);
  if (const toml::node* ext = t->get("extends")) {
    const auto* parent = ext->as_string();
    if (parent == nullptr) {
      r.error(ext->source(), "profiles." + name + ".extends must be a profile name (a string)");
    } else {
      const std::string parent_name = parent->get();
      const toml::node* declared = profiles.get(parent_name);
      if (visiting.count(parent_name) != 0) {
        r.error(ext->source(), "profile \"" + name + "\" extends \"" + parent_name +
                                   "\", which extends it back: profiles cannot extend each other in a circle");
      } else if (declared != nullptr && declared->is_table()) {
        if (out.count(parent_name) == 0) resolve_profile(r, profiles, parent_name, out, visiting);
        base = out[parent_name];
      } else if (auto b = builtins.find(parent_name); b != builtins.end()) {
        base = b->second;
      } else {
        r.error(ext->source(), "profile \"" + name + "\" extends unknown profile \"" + parent_name + "\"");
      }
    }
  }
  visiting.erase(name);
  base.name = name;
  if (builtins.count(name) == 0) base.description = "profile \"" + name + "\" from qdb.toml";
  read_profile(r, *t, "profiles." + name, base);
  out[name] = base;
}

}  // namespace

const Profile* ProjectConfig::find_profile(const std::string& name) const {
  auto it = profiles.find(name);
  return it == profiles.end() ? nullptr : &it->second;
}

std::map<std::string, Profile> builtin_profiles() {
  Profile dev;
  dev.name = "dev";
  dev.description = "development: every command, destructive ones included";
  dev.allow_destructive = true;
  dev.node_env = "development";
  dev.edited = Policy::kError;
  // A migration that sorts before applied ones would replay in another order on the next reset.
  dev.out_of_order = Policy::kError;
  // The dev loop tells a diverged history as drift and offers the reset; plain migrate warns.
  dev.missing = Policy::kWarn;
  dev.create_database = true;
  dev.use_local_server = true;
  Profile prod;
  prod.name = "prod";
  prod.description = "production: apply and inspect only; destructive commands are refused";
  prod.node_env = "production";
  return {{"dev", dev}, {"prod", prod}};
}

bool uses_prisma_layout(const os::System& system, const std::filesystem::path& root) {
  return !system.exists(root / "schema") && system.exists(root / "prisma" / "schema.prisma");
}

ProjectConfig default_project_config(const std::filesystem::path& root, bool prisma_layout) {
  ProjectConfig c;
  c.root = root;
  c.schema_path = root / "schema";
  c.migrations_path = root / "migrations";
  if (prisma_layout) {
    c.schema_path = root / "prisma" / "schema.prisma";
    c.migrations_path = root / "prisma" / "migrations";
  }
  c.profiles = builtin_profiles();
  c.env_files = {".env.local", ".env.{NODE_ENV}", ".env"};
  c.generate.typescript = root / "generated" / "db-types.ts";
  return c;
}

ProjectConfig parse_project_config(const std::filesystem::path& root, const std::string& file_name,
                                   const std::string& text, std::vector<Diagnostic>& diagnostics,
                                   bool prisma_layout) {
  ProjectConfig c = default_project_config(root, prisma_layout);
  if (auto unsafe = util::find_unsafe_toml_character(file_name, text)) {
    diagnostics.push_back(std::move(*unsafe));
    return c;
  }
  Reader r(file_name, text, diagnostics);
  toml::table doc;
  try {
    doc = toml::parse(text, file_name);
  } catch (const toml::parse_error& e) {
    r.error(e.source(), std::string(e.description()));
    return c;
  }
  r.reject_unknown(doc, "qdb.toml", {"schema", "migrations", "database", "profiles", "generate", "seed", "local",
                                "env_files"});
  if (auto v = r.string(doc, "schema", "qdb.toml")) c.schema_path = root / *v;
  if (auto v = r.string(doc, "migrations", "qdb.toml")) c.migrations_path = root / *v;
  if (const toml::node* files = doc.get("env_files")) {
    const toml::array* list = files->as_array();
    std::vector<std::string> names;
    for (size_t i = 0; list != nullptr && i < list->size(); ++i) {
      const auto* name = (*list)[i].as_string();
      if (name == nullptr || name->get().empty() || name->get().find('/') != std::string::npos) {
        r.error((*list)[i].source(), "env_files entries must be file names in the project root, such as \".env\"");
      } else {
        names.push_back(name->get());
      }
    }
    if (list == nullptr) {
      r.error(files->source(), "env_files must be a list of file names, e.g. [\".env.local\", \".env.{NODE_ENV}\", \".env\"]");
    } else {
      c.env_files = std::move(names);
    }
  }
  if (const auto* db = r.table(doc, "database", "database")) {
    r.reject_unknown(*db, "[database]", {"schema", "url_env", "lock_timeout", "shadow_database_url"});
    if (auto v = r.string(*db, "schema", "database")) {
      if (v->empty()) r.error(db->get("schema")->source(), "database.schema must not be empty");
      else c.target_schema = *v;
    }
    if (auto v = r.string(*db, "url_env", "database")) {
      c.url_variable = *v;
      c.url_variable_set = true;
    }
    if (auto v = r.seconds(*db, "lock_timeout", "database")) c.lock_timeout_seconds = *v;
    if (auto v = r.string(*db, "shadow_database_url", "database")) {
      if (v->empty()) r.error(db->get("shadow_database_url")->source(), "database.shadow_database_url must not be empty");
      else c.shadow_database_url = *v;
    }
  }
  if (const auto* g = r.table(doc, "generate", "generate")) {
    r.reject_unknown(*g, "[generate]", {"typescript", "runtime", "kysely", "cpp", "cpp_namespace"});
    if (auto v = r.string(*g, "typescript", "generate")) {
      if (v->empty()) c.generate.typescript.reset();  // "" turns the TypeScript output off
      else c.generate.typescript = root / *v;
    }
    if (auto v = r.string(*g, "runtime", "generate")) {
      if (*v == "prisma" || *v == "pg") c.generate.runtime = *v;
      else r.error(g->get("runtime")->source(), "generate.runtime must be \"prisma\" or \"pg\", not \"" + *v + "\"");
    }
    if (auto v = r.boolean(*g, "kysely", "generate")) c.generate.kysely = *v;
    if (auto v = r.string(*g, "cpp", "generate")) c.generate.cpp = root / *v;
    if (auto v = r.string(*g, "cpp_namespace", "generate")) c.generate.cpp_namespace = *v;
  }
  if (const auto* seed = r.table(doc, "seed", "seed")) {
    r.reject_unknown(*seed, "[seed]", {"sql", "command"});
    c.seed.sql = r.string(*seed, "sql", "seed");
    c.seed.command = r.string(*seed, "command", "seed");
    if (c.seed.sql && c.seed.command) {
      r.error(seed->get("command")->source(), "[seed] takes either sql or command, not both");
    } else if (c.seed.sql && c.seed.sql->empty()) {
      r.error(seed->get("sql")->source(), "seed.sql must name a SQL file");
    } else if (c.seed.command && c.seed.command->empty()) {
      r.error(seed->get("command")->source(), "seed.command must not be empty");
    }
  }
  if (const auto* local = r.table(doc, "local", "local")) {
    r.reject_unknown(*local, "[local]", {"tcp"});
    if (auto v = r.boolean(*local, "tcp", "local")) c.local.tcp = *v;
  }
  if (const auto* profiles = r.table(doc, "profiles", "profiles")) {
    for (const auto& [key, node] : *profiles) {
      std::string name(key.str());
      if (!node.is_table()) {
        r.error(node.source(), "profiles." + name + " must be a table ([profiles." + name + "])");
      } else if (!valid_profile_name(name)) {
        r.error(key.source(), "profile name \"" + name + "\" may only use letters, digits, '-' and '_'");
      }
    }
    std::map<std::string, Profile> resolved;
    for (const auto& [key, node] : *profiles) {
      std::string name(key.str());
      if (!node.is_table() || !valid_profile_name(name) || resolved.count(name) != 0) continue;
      std::set<std::string> visiting;
      resolve_profile(r, *profiles, name, resolved, visiting);
    }
    for (auto& [name, profile] : resolved) c.profiles[name] = profile;
  }
  return c;
}

std::optional<std::filesystem::path> find_config_file(const os::System& system, const std::filesystem::path& start,
                                                      std::filesystem::path& root) {
  for (std::filesystem::path dir = start;; dir = dir.parent_path()) {
    if (system.file_type(dir / "qdb.toml") == os::FileType::kRegular) {
      root = dir;
      return dir / "qdb.toml";
    }
    const bool git = system.exists(dir / ".git");
    if (git || dir == dir.parent_path()) {
      root = git ? dir : start;
      return std::nullopt;
    }
  }
}

}  // namespace qdb::config
