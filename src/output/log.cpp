#include "output/log.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace qdb::output {

void init_logging(int verbosity) {
  auto logger = spdlog::stderr_logger_st("qdb");
  logger->set_pattern("%H:%M:%S.%e %l: %v");
  logger->set_level(verbosity >= 3   ? spdlog::level::trace
                    : verbosity == 2 ? spdlog::level::debug
                                     : spdlog::level::off);
  spdlog::set_default_logger(logger);
}

}  // namespace qdb::output
