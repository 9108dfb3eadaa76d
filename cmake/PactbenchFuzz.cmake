# SPDX-License-Identifier: MIT
# PACTBENCH_FUZZ: every target is compiled for libFuzzer (coverage instrumentation, AddressSanitizer,
# UndefinedBehaviorSanitizer); tests/fuzz links its targets with libFuzzer's main. clang only
# (scripts/fuzz configures build-fuzz/ with clang-14).
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PACTBENCH_FUZZ needs clang (CXX=clang++-14), not ${CMAKE_CXX_COMPILER_ID}")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
