// SPDX-License-Identifier: MIT
// The executables allocate with jemalloc (app/CMakeLists.txt, PACTBENCH_JEMALLOC), configured here
// because jemalloc reads this symbol before the first allocation, long before main().
//
// thp:always   jemalloc asks for transparent huge pages on its heap (madvise(MADV_HUGEPAGE); Debian's
//              kernels default to THP "madvise"). Loading a 3 MB pact and a 200-operation OpenAPI
//              document touched about 8,000 fresh 4 KiB pages with glibc's malloc; each first touch is a
//              page fault, and they were a quarter of the CPU time of `pactbench-cli openapi`
//              (bench/openapi/run.sh; README "Pact against OpenAPI").
// metadata_thp:auto  huge pages for jemalloc's own metadata once it is big enough to pay off.
// narenas:1    (pactbench-cli only) one arena for every thread, each keeping its thread cache: with
//              jemalloc's default of four arenas per CPU each of a command's 3–4 threads got an arena of its
//              own, with fresh huge pages of its own. `openapi` on bench/openapi's pair touched 1,975 pages
//              instead of 1,111 and took 120 ms instead of 108 (examples only; 156 against 142 matcher-aware;
//              `perf stat -r 20`). The window keeps the default: it runs for hours, on more threads.
//
// The environment variable MALLOC_CONF still overrides each setting (e.g. MALLOC_CONF=thp:default).
extern "C" {
extern const char *malloc_conf;
#if defined(PACTBENCH_ONE_ARENA)
const char *malloc_conf = "thp:always,metadata_thp:auto,narenas:1";
#else
const char *malloc_conf = "thp:always,metadata_thp:auto";
#endif
}
