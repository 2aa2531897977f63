// RealSystem::watch_interrupts: SIGINT and SIGTERM handed to a thread instead of ending the process.
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <thread>

#include "base/error.hpp"
#include "os/real_system.hpp"

namespace qdb::os {
namespace {

// The handler may only do async-signal-safe things: remember the signal and write one byte to a
// pipe, which wakes the watcher thread. A second signal ends the process right there, as the user
// who presses Ctrl-C twice asks.
int g_pipe[2] = {-1, -1};
std::atomic<int> g_signal{0};

void on_signal(int number) {
  int expected = 0;
  if (!g_signal.compare_exchange_strong(expected, number)) ::_exit(128 + number);
  const unsigned char byte = static_cast<unsigned char>(number);
  ssize_t written = ::write(g_pipe[1], &byte, 1);
  (void)written;
}

class RealInterruptWatch final : public InterruptWatch {
 public:
  explicit RealInterruptWatch(std::function<void(int)> callback) {
    if (::pipe2(g_pipe, O_CLOEXEC) != 0) throw Error(ErrorKind::kInternal, "cannot create a pipe for signals");
    g_signal.store(0);
    struct sigaction action = {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &old_int_);
    sigaction(SIGTERM, &action, &old_term_);
    watcher_ = std::thread([callback = std::move(callback)] {
      unsigned char byte = 0;
      while (::read(g_pipe[0], &byte, 1) < 0 && errno == EINTR) {
      }
      if (byte != 0) callback(byte);  // 0: the watch ended without a signal
    });
  }

  ~RealInterruptWatch() override {
    // A signal from here on ends the process as it would have before the watch.
    sigaction(SIGINT, &old_int_, nullptr);
    sigaction(SIGTERM, &old_term_, nullptr);
    if (g_signal.load() == 0) {
      const unsigned char zero = 0;
      ssize_t written = ::write(g_pipe[1], &zero, 1);
      (void)written;
    }
    watcher_.join();
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
    g_signal.store(0);
  }

  RealInterruptWatch(const RealInterruptWatch&) = delete;
  RealInterruptWatch& operator=(const RealInterruptWatch&) = delete;

 private:
  struct sigaction old_int_ = {};
  struct sigaction old_term_ = {};
  std::thread watcher_;
};

}  // namespace

std::unique_ptr<InterruptWatch> RealSystem::watch_interrupts(std::function<void(int signal)> on_signal) {
  return std::make_unique<RealInterruptWatch>(std::move(on_signal));
}

}  // namespace qdb::os
