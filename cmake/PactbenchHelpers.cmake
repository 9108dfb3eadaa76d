# SPDX-License-Identifier: MIT
# Helpers shared by every target: warnings, Qt safety definitions, libraries and tests.

function(pactbench_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    if(PACTBENCH_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# pactbench_add_library(name ALIAS Pactbench::X SOURCES ... LIBS ...)
function(pactbench_add_library name)
    cmake_parse_arguments(ARG "" "ALIAS" "SOURCES;LIBS" ${ARGN})
    qt_add_library(${name} ${PACTBENCH_LIBRARY_TYPE} ${ARG_SOURCES})
    add_library(${ARG_ALIAS} ALIAS ${name})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_LIBS})
    pactbench_target_defaults(${name})
endfunction()

# pactbench_add_ui_library(name ALIAS Pactbench::X SOURCES ... LIBS ...)
# A library with user-visible strings: as pactbench_add_library, and its sources are added to the
# global property PACTBENCH_TRANSLATABLE_SOURCES that app/ hands to lupdate.
function(pactbench_add_ui_library name)
    cmake_parse_arguments(ARG "" "ALIAS" "SOURCES;LIBS" ${ARGN})
    pactbench_add_library(${name} ALIAS ${ARG_ALIAS} SOURCES ${ARG_SOURCES} LIBS ${ARG_LIBS})
    list(TRANSFORM ARG_SOURCES PREPEND "${CMAKE_CURRENT_SOURCE_DIR}/")
    set_property(GLOBAL APPEND PROPERTY PACTBENCH_TRANSLATABLE_SOURCES ${ARG_SOURCES})
endfunction()

# pactbench_add_test(tst_name SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s])
function(pactbench_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test pactbench_testutils ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        PACTBENCH_SHARED_DIR="${PACTBENCH_SHARED_DIR}"
        PACTBENCH_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        PACTBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    pactbench_target_defaults(${name})
    if(PACTBENCH_SANITIZE) # a race of OpenSSL's exit cleanup that LeakSanitizer would see: see the file
        find_package(OpenSSL 3.0 REQUIRED COMPONENTS Crypto)
        target_sources(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/testutils/sanitizeropenssl.cpp)
        target_link_libraries(${name} PRIVATE OpenSSL::Crypto)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PACT_DO_NOT_TRACK=true"
        TIMEOUT ${ARG_TIMEOUT})
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()
