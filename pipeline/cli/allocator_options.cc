// mimalloc's options for glaneur, set before the first allocation: memory in 2 MiB pages, kept a
// while once freed.
//
// Start-up touches about 30 MB (compiled rules and their sets, the French dictionary's words, and
// what building them throws away). In 4 KiB pages that is 7,500 page faults, and on a virtual
// machine a fault costs 10 to 20 µs: a third of start-up's CPU time went to them. mimalloc asks
// Linux for transparent huge pages (madvise) when large OS pages are on, but only in segments it
// commits whole, hence no eager-commit delay. Measured on 2 cores: start-up 7,500 → 350 page
// faults; the analysis itself runs 5 to 10 % faster (fewer TLB misses); peak RSS on the bench
// corpus rises by 25 to 35 MB (docs/scaling.md).
//
// Freed pages go back to Linux after 1 s unused instead of mimalloc's 25 ms. At 25 ms, memory an
// article freed went back and came again for the next articles, each time a page fault that
// zeroes a whole 2 MiB page: 3 to 9 % of the run's time in the kernel (clear_page_erms in perf).
// Measured on the 8.2 MB bench corpus, -j 1, four runs each: system time 0.09 s (0.02 to 0.25)
// -> 0.015 s, elapsed 2.61 -> 2.55 s; peak RSS unchanged within run-to-run noise.
//
// The values are defaults: MIMALLOC_LARGE_OS_PAGES=0, MIMALLOC_EAGER_COMMIT_DELAY=1 or
// MIMALLOC_DECOMMIT_DELAY=25 in the environment still win. Linked only with mimalloc
// (GLANEUR_MIMALLOC).
#include <mimalloc.h>

namespace {

void set_allocator_defaults() {
  mi_option_set_default(mi_option_large_os_pages, 1);
  mi_option_set_default(mi_option_eager_commit_delay, 0);
  mi_option_set_default(mi_option_decommit_delay, 1000);  // milliseconds
}

// .preinit_array runs before any shared library's initialiser: mimalloc's first segment, made for
// the C++ runtime's static objects, already follows these options. Set in main(), they would come
// after that segment, which then holds the main thread's allocations in 4 KiB pages.
__attribute__((section(".preinit_array"), used)) void (*const set_before_any_allocation)() = set_allocator_defaults;

}  // namespace
