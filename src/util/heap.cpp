#include "util/heap.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace qdb::util {
namespace {

#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
constexpr std::size_t kHugePage = std::size_t{2} << 20;
// Below this a run is left alone (a few huge pages are not worth a heap kept until exit).
constexpr std::size_t kLeastPrepared = 4 * kHugePage;
// glibc's largest mapping threshold: pieces below it come from the heap or the arena.
constexpr std::size_t kMappingThreshold = std::size_t{32} << 20;

// The pieces that keep a heap's first, partly written 2 MB range from being used (below): kept
// until exit, as the heap they prepare is (volatile: an allocation nothing reads is otherwise
// left out by the compiler).
constexpr int kMaxFillers = 8;
void* volatile fillers[kMaxFillers];
std::atomic<int> filler_count{0};

// Takes what is left of the 2 MB range below `boundary` from the top of the heap whose top chunk
// starts at `top` (a chunk's header is 16 bytes before its memory), so that the pieces that
// follow start at `boundary`: a range written before the kernel was asked for huge pages is
// backed by small pages, one page fault per 4 KB, and the pieces no longer land in it.
void fill_up_to(std::uintptr_t top, std::uintptr_t boundary) {
  if (boundary <= top + 16) return;
  const int slot = filler_count.fetch_add(1);
  if (slot >= kMaxFillers) return;
  fillers[slot] = std::malloc(boundary - top - 16);
}
#endif

}  // namespace

void size_next_arena_for(std::size_t bytes) {
#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
  if (bytes < kLeastPrepared) return;
  // The arena's mapping is 64 MB: glibc makes it writable up to that at most.
  ::mallopt(M_TOP_PAD, static_cast<int>(std::min<std::size_t>(bytes, std::size_t{60} << 20)));
#else
  (void)bytes;
#endif
}

void prepare_heap_for(std::size_t bytes) {
#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
  if (bytes < kLeastPrepared) return;
  const auto boundary_after = [](std::uintptr_t at) { return (at + kHugePage - 1) & ~(kHugePage - 1); };
  const int step = static_cast<int>(std::min<std::size_t>(bytes, std::size_t{512} << 20));
  // Small pieces come from the heap; so do the arena's blocks, which would otherwise be mapped
  // one by one. The heap then grows `step` bytes at a time and is not trimmed on the way.
  ::mallopt(M_MMAP_THRESHOLD, static_cast<int>(kMappingThreshold));
  ::mallopt(M_TRIM_THRESHOLD, 2 * step);
  ::mallopt(M_TOP_PAD, step);
  // The kernel backs a 2 MB range with a huge page only if nothing in it was touched before the
  // advice: each advice below is given before the writes that grow the heap (a chunk's header).
  if (::gettid() != ::getpid()) {
    // Another thread allocates from an arena of its own: a 64 MB mapping, aligned to its size,
    // that glibc makes writable a few pages at a time (an mprotect call each) as it fills. The
    // whole mapping gets the advice first (the part not yet writable keeps it when it becomes
    // so); then blocks of the size needed (at most 56 MB, in two: a block stays below the
    // mapping threshold), freed at once, make it writable in one go, and the free leaves them to
    // the arena (the trim threshold above). Writable in small steps, the end of the writable part
    // would cut a 2 MB range, which then gets small pages. The arena's first 2 MB were written
    // before the advice (its header, the pieces so far): what is left of them is filled
    // (fill_up_to).
    // The probe, too large for the thread's cache, goes back to the top when freed: it shows
    // where the top starts, and whether the thread has an arena at all (not below the main
    // heap's end).
    constexpr std::uintptr_t kArenaMapping = std::uintptr_t{64} << 20;
    void* probe = std::malloc(4096);
    if (probe == nullptr) return;
    const auto at = reinterpret_cast<std::uintptr_t>(probe);
    std::free(probe);
    if (at < reinterpret_cast<std::uintptr_t>(::sbrk(0))) return;
    ::madvise(reinterpret_cast<void*>(at & ~(kArenaMapping - 1)), kArenaMapping, MADV_HUGEPAGE);
    fill_up_to(at - 16, boundary_after(at + 64));
    constexpr std::size_t kBlock = std::size_t{28} << 20;
    const std::size_t wanted = std::min(bytes, 2 * kBlock);
    void* volatile first_block = std::malloc(std::min(wanted, kBlock));  // volatile: not left out
    void* volatile second_block = wanted > kBlock ? std::malloc(wanted - kBlock) : nullptr;
    std::free(second_block);
    std::free(first_block);
    return;
  }
  // More than the heap has free, so that the heap grows now, by the new step. The request is
  // just above the room left at the heap's top, so that the one write of the growth (the new top
  // chunk's header, after the request) lands next to the heap's old end: the advice starts at the
  // first boundary past it and covers all the growth. Freed, the request goes back to the top,
  // and what is left below that boundary is filled (fill_up_to). A heap with room enough (a
  // second preparation in the same run: the catalog's rows, then the schema pulled from them) is
  // left as it is: the probe would grow it, and the filler leave that room unused.
  const std::size_t room = ::mallinfo2().keepcost;
  if (room >= bytes || room + 4096 >= kMappingThreshold) return;
  void* probe = std::malloc(room + 4096);
  if (probe == nullptr) return;
  const auto at = reinterpret_cast<std::uintptr_t>(probe);
  const std::uintptr_t first = boundary_after(at + room + 4096 + 64);
  const auto end = reinterpret_cast<std::uintptr_t>(::sbrk(0));
  if (end > first) ::madvise(reinterpret_cast<void*>(first), end - first, MADV_HUGEPAGE);
  std::free(probe);
  fill_up_to(at - 16, first);
#else
  (void)bytes;
#endif
}

}  // namespace qdb::util
