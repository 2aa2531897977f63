#include "output/log.hpp"

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

namespace qdb::output {

void init_logging(int verbosity, std::ostream& err) {
  // Not registered by name: a test that runs several commands in one process sets it up again.
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_st>(err, /*force_flush=*/true);
  auto logger = std::make_shared<spdlog::logger>("qdb", std::move(sink));
  logger->set_pattern("%H:%M:%S.%e %l: %v");
  logger->set_level(verbosity >= 3   ? spdlog::level::trace
                    : verbosity == 2 ? spdlog::level::debug
                                     : spdlog::level::off);
  spdlog::set_default_logger(std::move(logger));
}

}  // namespace qdb::output
