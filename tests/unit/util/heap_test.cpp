#include "util/heap.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <thread>
#include <vector>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <unistd.h>
#endif

namespace qdb::util {
namespace {

#if defined(__GLIBC__) && defined(__linux__)
// AddressSanitizer, ThreadSanitizer and MemorySanitizer bring their own malloc: it ignores
// mallopt() and never grows the heap with brk, so a sanitizer build has no growth to observe.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kMallocReplaced = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
constexpr bool kMallocReplaced = true;
#else
constexpr bool kMallocReplaced = false;
#endif
#else
constexpr bool kMallocReplaced = false;
#endif

std::uintptr_t heap_top() { return reinterpret_cast<std::uintptr_t>(::sbrk(0)); }

// Run in a fresh process: a heap that earlier tests left with free room would not need to grow.
TEST(Heap, ALargeRunGrowsTheHeapOnceByWhatItWillNeed) {
  if (kMallocReplaced) GTEST_SKIP() << "a sanitizer's malloc does not take its memory from the heap";
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        const std::uintptr_t before = heap_top();
        prepare_heap_for(std::size_t{64} << 20);
        const std::uintptr_t after = heap_top();
        if (after - before < (std::uintptr_t{64} << 20)) std::_Exit(1);
        // The next small pieces come from that room: the heap does not move.
        void* piece = std::malloc(4096);
        if (piece == nullptr || heap_top() != after) std::_Exit(2);
        std::free(piece);
        if (heap_top() != after) std::_Exit(3);  // and is not trimmed when they are freed
        std::_Exit(0);
      },
      ::testing::ExitedWithCode(0), "");
}

// Another thread's arena: made writable for what the run needs in one step (at most 28 MB), and
// the small pieces that follow fit in it.
TEST(Heap, AnotherThreadsArenaGrowsOnceToo) {
  if (kMallocReplaced) GTEST_SKIP() << "a sanitizer's malloc does not take its memory from arenas";
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        int result = 0;
        std::thread worker([&result] {
          // The thread's arena, at its first size (volatile: the call is not left out).
          void* volatile first = std::malloc(64);
          const std::size_t before = ::mallinfo2().arena;
          prepare_heap_for(std::size_t{64} << 20);
          const std::size_t prepared = ::mallinfo2().arena;
          if (prepared - before < (std::size_t{27} << 20)) result = 1;
          std::vector<void*> pieces;
          for (int i = 0; i < 1000; ++i) pieces.push_back(std::malloc(16 << 10));
          if (result == 0 && ::mallinfo2().arena != prepared) result = 2;
          for (void* piece : pieces) std::free(piece);
          std::free(first);
        });
        worker.join();
        std::_Exit(result);
      },
      ::testing::ExitedWithCode(0), "");
}

// The kernel backs a 2 MB range with a huge page only if nothing in it was written before it was
// asked to: the pieces after the preparation start at a 2 MB boundary, past the range the heap
// had already written (its header, the pieces so far), on the main thread and on another one.
// A piece of 256 KB is too large for the thread's cache and comes from the top of the heap.
constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;

TEST(Heap, ThePiecesAfterThePreparationStartAtAHugePageBoundary) {
  if (kMallocReplaced) GTEST_SKIP() << "a sanitizer's malloc does not take its memory from the heap";
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        prepare_heap_for(std::size_t{64} << 20);
        void* piece = std::malloc(256 << 10);
        std::_Exit(reinterpret_cast<std::uintptr_t>(piece) % kHugePage == 16 ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "");
}

// A run that prepares twice (the catalog's rows, then the schema pulled from them): a heap with
// room enough for the second is left as it is, and the next pieces come from that room.
TEST(Heap, ASecondPreparationWithRoomEnoughLeavesTheHeapAsItIs) {
  if (kMallocReplaced) GTEST_SKIP() << "a sanitizer's malloc does not take its memory from the heap";
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        prepare_heap_for(std::size_t{24} << 20);
        void* first = std::malloc(256 << 10);
        const std::uintptr_t top = heap_top();
        prepare_heap_for(std::size_t{16} << 20);
        if (heap_top() != top) std::_Exit(1);
        void* next = std::malloc(256 << 10);
        std::_Exit(next != nullptr && reinterpret_cast<std::uintptr_t>(next) < top && first != nullptr ? 0 : 2);
      },
      ::testing::ExitedWithCode(0), "");
}

TEST(Heap, ThePiecesAfterThePreparationOfAnotherThreadStartAtAHugePageBoundary) {
  if (kMallocReplaced) GTEST_SKIP() << "a sanitizer's malloc does not take its memory from arenas";
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        int result = 1;
        std::thread worker([&result] {
          prepare_heap_for(std::size_t{64} << 20);
          void* piece = std::malloc(256 << 10);
          if (reinterpret_cast<std::uintptr_t>(piece) % kHugePage == 16) result = 0;
        });
        worker.join();
        std::_Exit(result);
      },
      ::testing::ExitedWithCode(0), "");
}
#endif

}  // namespace
}  // namespace qdb::util
