// `qdb <profile> db start | stop | url`: the project's own PostgreSQL server.
#include "cli/commands.hpp"
#include "cli/session.hpp"
#include "local/server.hpp"
#include "base/error.hpp"
#include "output/json_report.hpp"

namespace qdb::cli {
namespace {

void require_local_profile(const Context& context) {
  if (context.profile.use_local_server) return;
  throw Error(ErrorKind::kUsage,
              "profile \"" + context.profile.name + "\" does not use a local server (use_local_server = false)",
              "use `qdb dev db " + context.invocation.command + "`, or set use_local_server = true in [profiles." +
                  context.profile.name + "] of qdb.toml");
}

// The URL is the command's result: on stdout, unless --json puts it in the one document.
void print(Context& context, const std::string& command, bool running, const std::string& url, bool changed,
           const std::string& folder) {
  if (!context.invocation.global.json && !url.empty()) context.out << url << '\n';
  context.report.set("running", running);
  context.report.set("url", url.empty() ? output::Json() : output::Json(url));
  context.report.set(command == "stop" ? "stopped" : "started", changed);
  context.report.set("folder", folder);
}

}  // namespace

void setup_start(CLI::App& command, Invocation& invocation) {
  command.add_flag("--tcp", invocation.tcp,
                   "Also listen on 127.0.0.1 on a free port, and print a TCP URL (or [local] tcp = true)");
}

int run_start(Context& context) {
  require_local_profile(context);
  local::LocalServer server(context.system, context.project.root, [&](const std::string& m) { context.console.info(m); });
  const bool tcp = context.invocation.tcp || context.project.local.tcp;
  // A server started without TCP cannot take it on while it runs; `start` is asked for TCP
  // explicitly, so it restarts the server. Commands that only use the server never do.
  const bool restart = tcp && server.running_socket_only();
  if (restart) server.stop();
  bool started = false;
  std::string url = server.start(tcp, &started);
  std::string folder = display_path(context, server.folder());
  if (restart && started) {
    context.console.success("Restarted the local PostgreSQL server to listen on TCP as well; connections to it were "
                            "closed (data in " + folder + ")");
  } else if (started) {
    context.console.success("Started the local PostgreSQL server (data in " + folder + ")");
  } else {
    context.console.info("The local PostgreSQL server is already running (data in " + folder + ")");
  }
  print(context, "start", true, url, started, folder);
  return exit_code::kOk;
}

int run_stop(Context& context) {
  require_local_profile(context);
  local::LocalServer server(context.system, context.project.root, [&](const std::string& m) { context.console.info(m); });
  bool stopped = server.stop();
  std::string folder = display_path(context, server.folder());
  if (stopped) context.console.success("Stopped the local PostgreSQL server (data kept in " + folder + ")");
  else context.console.info("The local PostgreSQL server is not running");
  print(context, "stop", false, {}, stopped, folder);
  return exit_code::kOk;
}

int run_url(Context& context) {
  require_local_profile(context);
  local::LocalServer server(context.system, context.project.root, [&](const std::string& m) { context.console.verbose(m); });
  std::optional<std::string> url = server.running_url();
  if (!url) {
    throw Error(ErrorKind::kConnection, "the local PostgreSQL server is not running",
                "start it with `qdb " + context.profile.name + " db start`");
  }
  print(context, "url", true, *url, false, display_path(context, server.folder()));
  return exit_code::kOk;
}

}  // namespace qdb::cli
