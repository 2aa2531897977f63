#pragma once

#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace qdb::util {

/// Hands `value` over to the process: it is never destroyed, and the operating system takes its
/// memory back when the process ends. For a command line run that is about to exit, this saves
/// freeing a large structure (a validated schema of thousands of models) one piece at a time.
/// Only for the qdb process itself: a test or a library caller would keep every value until it
/// ends. The values stay reachable from a static list, so leak checkers do not report them.
/// Safe to call from several threads at once.
template <typename T>
void keep_until_exit(T&& value) {
  // Never destroyed itself, so nothing in it is freed at exit either.
  static auto* const kept = new std::vector<std::shared_ptr<void>>();
  static std::mutex kept_mutex;
  std::shared_ptr<void> held = std::make_shared<std::decay_t<T>>(std::forward<T>(value));
  const std::lock_guard<std::mutex> lock(kept_mutex);
  kept->push_back(std::move(held));
}

}  // namespace qdb::util
