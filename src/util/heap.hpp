#pragma once

#include <cstddef>

namespace qdb::util {

/// Prepares the C library's heap for a run about to allocate roughly `bytes` in many small
/// pieces (a large schema's syntax tree and model): the heap grows in one step of that size, and
/// the kernel is asked to back it with transparent huge pages. A 2000-model schema then takes
/// about 800 page faults instead of 8800, which was a third of its run time. Meant for a process
/// that exits after the run (the heap is not given back early, which is why it does nothing
/// below a few megabytes); call it before the allocations, on the thread that makes them. On
/// another thread than the main one it prepares that thread's arena (at most 28 MB of it): a
/// diff loads its second schema there, which took 9700 page faults instead of 3200. The pieces
/// that follow start past the 2 MB the heap had already written to (small pages), so that all of
/// them are on huge pages: a 2000-model diff then takes 380 page faults instead of 3000. Does
/// nothing where glibc or huge pages are missing.
void prepare_heap_for(std::size_t bytes);

/// Before a thread starts that will call prepare_heap_for(`bytes`): glibc makes a new thread's
/// arena writable by the heap's top pad when it creates it, and this sets that pad, so that the
/// arena is writable for the whole run from its start. Grown in steps instead, the end of its
/// writable part cuts 2 MB ranges, which then get small pages (a diff's second schema: 1400 page
/// faults instead of 40, in about one run of two). Does nothing below a few megabytes.
void size_next_arena_for(std::size_t bytes);

}  // namespace qdb::util
