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
//
// The environment variable MALLOC_CONF still overrides each setting (e.g. MALLOC_CONF=thp:default).
extern "C" {
extern const char *malloc_conf;
const char *malloc_conf = "thp:always,metadata_thp:auto";
}
