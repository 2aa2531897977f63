#pragma once

#include <optional>
#include <string>

namespace qdb::cli {

/// Options that every command accepts, before or after the command name.
struct GlobalOptions {
  std::string url;                     // --url: overrides DATABASE_URL
  std::string config;                  // --config: path to qdb.toml
  bool json = false;                   // --json: one JSON document on stdout
  int verbose = 0;                     // -v, -vv
  bool quiet = false;                  // -q: errors only
  bool no_color = false;               // --no-color (NO_COLOR is honoured too)
  std::optional<double> wait;          // --wait[=SECONDS]: wait for the server first
};

/// `db diff`'s sources, target and output. An unset optional means the flag was not given; a
/// folder flag given without a value holds "" (the configured migrations folder).
struct DiffOptions {
  bool from_empty = false;
  std::optional<std::string> from_schema;
  std::optional<std::string> from_migrations;
  std::optional<std::string> from_url;
  std::optional<std::string> to_schema;
  std::optional<std::string> to_migrations;
  std::optional<std::string> to_url;
  bool script = false;                 // --script: SQL instead of the summary
  bool exit_code = false;              // --exit-code: 16 when there is a difference
  std::string output;                  // -o FILE
};

/// `db pull`'s flags.
struct PullOptions {
  bool print = false;                  // --print: stdout instead of the schema file
  std::string output;                  // -o FILE
};

/// What the command line asked for, filled in by CLI11.
struct Invocation {
  std::string profile;
  std::string command;                 // "migrate", "status", ...
  GlobalOptions global;

  bool dry_run = false;                // migrate --dry-run
  std::optional<std::string> migration_name;  // migrate --name NAME (dev loop)
  bool create_only = false;            // migrate --create-only: write the migration, do not apply it
  bool accept_data_loss = false;       // migrate, push --accept-data-loss: no question about data loss
  bool status_schema = false;          // status --schema: compare schema, migrations and database
  bool check = false;                  // generate-types --check, format --check
  std::optional<double> lock_timeout;  // migrate, reset, resolve --lock-timeout DURATION, in seconds
  bool force = false;                  // reset --force: no confirmation; pull --force: replace models
  bool skip_seed = false;              // reset --skip-seed
  bool skip_generate = false;          // reset --skip-generate
  std::string resolve_applied;         // resolve --applied NAME
  std::string resolve_rolled_back;     // resolve --rolled-back NAME
  double timeout = 30;                 // wait --timeout SECONDS
  bool tcp = false;                    // start --tcp
  std::string diagram_format = "mermaid";  // diagram --format mermaid|dot
  std::string diagram_svg;             // diagram --svg FILE
  bool diagram_from_db = false;        // diagram --from-db: the database's tables
  DiffOptions diff;                    // diff
  PullOptions pull;                    // pull
  bool types_from_db = false;          // generate-types --from-db: from the pulled schema
  bool no_cache = false;               // diff, migrate, status --no-cache: replay the migrations even when the replay cache has them
};

}  // namespace qdb::cli
