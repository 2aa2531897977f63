// `qdb <profile> db diff`: what `prisma migrate diff` does, from one source schema to one target.
#include <filesystem>
#include <fstream>
#include <future>
#include <utility>

#include "base/error.hpp"
#include "cli/commands.hpp"
#include "cli/database_schema.hpp"
#include "cli/session.hpp"
#include "diff/planner.hpp"
#include "diff/render_sql.hpp"
#include "diff/summary.hpp"
#include "base/located_error.hpp"
#include "output/json_report.hpp"
#include "prisma/lower.hpp"
#include "util/heap.hpp"
#include "util/keep_until_exit.hpp"

namespace qdb::cli {
namespace {

enum class SourceKind { kEmpty, kSchema, kMigrations, kUrl };

struct Source {
  SourceKind kind = SourceKind::kEmpty;
  std::string value;  // the path or URL as given ("" for the configured migrations folder)
};

const char* kUsageHint =
    "give one source (--from-empty, --from-schema PATH, --from-migrations [DIR], --from-url URL) and one target "
    "(--to-schema PATH, --to-migrations [DIR], --to-url URL), or neither to compare the migrations folder with "
    "the schema; see docs/diff.md";

// The one source and the one target the flags name; neither means migrations → schema.
std::pair<Source, Source> sides(const DiffOptions& options) {
  std::vector<Source> from;
  std::vector<Source> to;
  if (options.from_empty) from.push_back({SourceKind::kEmpty, ""});
  if (options.from_schema) from.push_back({SourceKind::kSchema, *options.from_schema});
  if (options.from_migrations) from.push_back({SourceKind::kMigrations, *options.from_migrations});
  if (options.from_url) from.push_back({SourceKind::kUrl, *options.from_url});
  if (options.to_schema) to.push_back({SourceKind::kSchema, *options.to_schema});
  if (options.to_migrations) to.push_back({SourceKind::kMigrations, *options.to_migrations});
  if (options.to_url) to.push_back({SourceKind::kUrl, *options.to_url});
  if (from.empty() && to.empty()) return {{SourceKind::kMigrations, ""}, {SourceKind::kSchema, ""}};
  if (from.size() != 1 || to.size() != 1) {
    const std::string problem = from.size() > 1   ? "more than one source (--from-...) given"
                                : to.size() > 1   ? "more than one target (--to-...) given"
                                : from.empty()    ? "a target but no source (--from-...) given"
                                                  : "a source but no target (--to-...) given";
    throw Error(ErrorKind::kUsage, "db diff: " + problem, kUsageHint);
  }
  return {from[0], to[0]};
}

std::filesystem::path resolve(const Context& context, const std::string& given, const std::filesystem::path& fallback) {
  if (given.empty()) return fallback;
  std::filesystem::path path(given);
  return path.is_absolute() ? path : context.cwd / path;
}

model::Schema schema_from_files(Context& context, const std::filesystem::path& path) {
  prisma::LoadResult loaded = prisma::load_schema(read_schema_files(context, schema_files_at(context, path)));
  if (!loaded.ok()) {
    Diagnostic first;
    for (const Diagnostic& d : loaded.diagnostics) {
      if (d.severity != Diagnostic::Severity::kError) continue;
      first = d;
      break;
    }
    throw LocatedError(ErrorKind::kSchema, "the schema at " + display_path(context, path) + " is not valid",
                       "fix the problems listed; docs/schema-language.md says what is supported",
                       loaded.format_diagnostics(), first.file, first.line, first.column);
  }
  model::Schema lowered = prisma::lower(loaded.schema);
  release_schema(context, std::move(loaded));
  return lowered;
}

// Reads one side. A schema file needs no server; a URL or a migrations folder does.
std::optional<model::Schema> load_side(Context& context, const Source& source) {
  switch (source.kind) {
    case SourceKind::kEmpty: return std::nullopt;
    case SourceKind::kSchema: return schema_from_files(context, resolve(context, source.value, context.project.schema_path));
    case SourceKind::kMigrations:
      return schema_of_migrations(context, resolve(context, source.value, context.project.migrations_path));
    case SourceKind::kUrl: return inspect_database(context, source.value);
  }
  return std::nullopt;
}

// Both sides. Two schema files load at once, the second on its own thread: loading is most of a
// schema-to-schema diff, and pure (files read, parsed, validated, lowered; nothing printed). An
// error is the first side's when both fail, as when they load one after the other. The other
// sources connect to a server and report as they go: they load in order.
std::pair<std::optional<model::Schema>, std::optional<model::Schema>> load_sides(Context& context, const Source& from,
                                                                                const Source& to) {
  if (from.kind != SourceKind::kSchema || to.kind != SourceKind::kSchema) {
    std::optional<model::Schema> before = load_side(context, from);
    return {std::move(before), load_side(context, to)};
  }
  // The thread's arena is sized before it starts, for the schema it will load (util/heap.hpp).
  util::size_next_arena_for(load_bytes_at(context, resolve(context, to.value, context.project.schema_path)));
  std::future<std::optional<model::Schema>> after =
      std::async(std::launch::async, [&context, &to] { return load_side(context, to); });
  std::optional<model::Schema> before;
  try {
    before = load_side(context, from);
  } catch (...) {
    after.wait();
    throw;
  }
  return {std::move(before), after.get()};
}

std::string describe(const Context& context, const Source& source) {
  switch (source.kind) {
    case SourceKind::kEmpty: return "empty";
    case SourceKind::kSchema:
      return "schema " + display_path(context, resolve(context, source.value, context.project.schema_path));
    case SourceKind::kMigrations:
      return "migrations " + display_path(context, resolve(context, source.value, context.project.migrations_path));
    case SourceKind::kUrl: return "url";  // never the URL itself: it may hold a password
  }
  return "";
}

// The command's --json fields: the only place this command builds JSON.
void report_plan(Context& context, const diff::Plan& plan, const Source& from, const Source& to) {
  output::Json changes = output::Json::array();
  for (const diff::Step& step : plan.steps) {
    diff::Plan single{plan.from, plan.to, plan.to_namespaces, {step}, {}, plan.from_default_schema,
                      plan.from_inspected};
    changes.push_back({{"step", diff::step_name(step.change.kind)},
                       {"destructive", step.destructive},
                       {"own_transaction", step.own_transaction},
                       {"sql", diff::render_script(single)}});
  }
  output::Json warnings = output::Json::array();
  for (const diff::Warning& warning : plan.warnings) {
    warnings.push_back(
        {{"message", warning.message}, {"unexecutable", warning.unexecutable}, {"step", warning.step}});
  }
  context.report.set("from", describe(context, from));
  context.report.set("to", describe(context, to));
  context.report.set("empty", plan.empty());
  context.report.set("changes", std::move(changes));
  context.report.set("warnings", std::move(warnings));
  context.report.set("script", diff::render_script(plan) + "\n");
  context.report.set("summary", diff::render_summary(plan) + "\n");
}

void write_output(Context& context, const std::string& file, const std::string& text) {
  if (file.empty()) {
    context.out << text;
    return;
  }
  const std::filesystem::path path = resolve(context, file, {});
  os::WriteResult written = context.system.write_file_atomically(path, text);
  if (!written.ok) {
    throw Error(ErrorKind::kFileWrite, "cannot write " + display_path(context, path) + ": " + written.error,
                "check that the folder of -o exists and is writable");
  }
}

}  // namespace

void setup_diff(CLI::App& command, Invocation& invocation) {
  DiffOptions& d = invocation.diff;
  command.add_flag("--from-empty", d.from_empty, "Source: the empty database");
  command.add_option_function<std::string>(
      "--from-schema", [&d](const std::string& v) { d.from_schema = v; }, "Source: a Prisma schema file or folder")
      ->type_name("PATH");
  command.add_option_function<std::string>(
      "--from-migrations", [&d](const std::string& v) { d.from_migrations = v == "\x01" ? "" : v; },
      "Source: the migrations folder replayed into a shadow database (default: the configured folder)")
      ->type_name("[DIR]")->expected(0, 1)->default_str("\x01");
  command.add_option_function<std::string>(
      "--from-url", [&d](const std::string& v) { d.from_url = v; }, "Source: a live database")->type_name("URL");
  command.add_option_function<std::string>(
      "--to-schema", [&d](const std::string& v) { d.to_schema = v; }, "Target: a Prisma schema file or folder")
      ->type_name("PATH");
  command.add_option_function<std::string>(
      "--to-migrations", [&d](const std::string& v) { d.to_migrations = v == "\x01" ? "" : v; },
      "Target: the migrations folder replayed into a shadow database (default: the configured folder)")
      ->type_name("[DIR]")->expected(0, 1)->default_str("\x01");
  command.add_option_function<std::string>(
      "--to-url", [&d](const std::string& v) { d.to_url = v; }, "Target: a live database")->type_name("URL");
  command.add_flag("--script", d.script, "Print the SQL, exactly as `prisma migrate diff --script` would");
  command.add_flag("--exit-code", d.exit_code, "Exit 16 when there is a difference, 0 when there is none");
  command.add_option_function<std::string>(
      "-o,--output", [&d](const std::string& v) { d.output = v; }, "Write to FILE instead of stdout")
      ->type_name("FILE");
  command.add_flag("--no-cache", invocation.no_cache,
                   "Replay the migrations even when the replay cache (.qdb/replay/) has their schema");
}

int run_diff(Context& context) {
  const DiffOptions& options = context.invocation.diff;
  const auto [from, to] = sides(options);
  auto [before, after] = load_sides(context, from, to);
  // A replayed migrations folder or a live database is an inspected source, which Prisma names
  // differently in a few statements (the file `prisma migrate dev` writes; docs/diff.md).
  const bool inspected = from.kind == SourceKind::kMigrations || from.kind == SourceKind::kUrl;
  const diff::Plan plan = diff::plan_migration(diff::Side{before ? &*before : nullptr, "public", inspected},
                                               diff::Side{after ? &*after : nullptr, "public"});
  const int code = options.exit_code && !plan.empty() ? exit_code::kDiffFound : exit_code::kOk;
  if (context.invocation.global.json) report_plan(context, plan, from, to);
  const std::string text = options.script ? diff::render_script(plan) + "\n" : diff::render_summary(plan) + "\n";
  // With --json the document on stdout is all; -o FILE still gets the text.
  if (!context.invocation.global.json || !options.output.empty()) write_output(context, options.output, text);
  if (!options.output.empty()) {
    context.console.result_success("Wrote the " + std::string(options.script ? "SQL" : "difference") + " to " +
                                   display_path(context, resolve(context, options.output, {})) + ".");
  }
  // Freeing two large models piece by piece is work a run about to exit can leave undone.
  if (context.exits_after_run) util::keep_until_exit(std::make_pair(std::move(before), std::move(after)));
  return code;
}

}  // namespace qdb::cli
