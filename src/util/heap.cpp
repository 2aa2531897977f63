#include "util/heap.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace qdb::util {

void prepare_heap_for(std::size_t bytes) {
#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::size_t kHugePage = std::size_t{2} << 20;
  if (bytes < 4 * kHugePage) return;
  // Asks for huge pages over [from, to), from the first huge-page boundary at or after `from`.
  const auto advise_huge_pages = [](const void* from, std::uintptr_t to) {
    const auto first = (reinterpret_cast<std::uintptr_t>(from) + kHugePage - 1) & ~(kHugePage - 1);
    if (to > first) ::madvise(reinterpret_cast<void*>(first), to - first, MADV_HUGEPAGE);
  };
  const int step = static_cast<int>(std::min<std::size_t>(bytes, std::size_t{512} << 20));
  // Small pieces come from the heap; so do the arena's blocks, which would otherwise be mapped
  // one by one. The heap then grows `step` bytes at a time and is not trimmed on the way.
  ::mallopt(M_MMAP_THRESHOLD, 32 << 20);
  ::mallopt(M_TRIM_THRESHOLD, 2 * step);
  ::mallopt(M_TOP_PAD, step);
  if (::gettid() != ::getpid()) {
    // Another thread allocates from an arena of its own, a mapping that glibc makes writable a
    // few pages at a time (an mprotect call each) as it fills. One block of the size needed,
    // freed at once, makes it writable in one call; the free leaves it to the arena (the trim
    // threshold above), and the huge pages back it. The block stays below the mapping threshold,
    // and well inside the arena's 64 MB mapping.
    const std::size_t block = std::min<std::size_t>(bytes, std::size_t{28} << 20);
    void* grown = std::malloc(block);
    if (grown == nullptr) return;
    advise_huge_pages(grown, (reinterpret_cast<std::uintptr_t>(grown) + block) & ~(kHugePage - 1));
    std::free(grown);
    return;
  }
  // More than the heap has free, so that the heap grows now, by the new step.
  void* probe = std::malloc(kHugePage);
  if (probe == nullptr) return;
  advise_huge_pages(probe, reinterpret_cast<std::uintptr_t>(::sbrk(0)));
  std::free(probe);
#else
  (void)bytes;
#endif
}

}  // namespace qdb::util
