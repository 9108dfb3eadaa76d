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

# _pactbench_use_pch(target): with PACTBENCH_PRECOMPILE_HEADERS, test `target` reads <QtCore> from the
# precompiled header of pactbench_pch, made once for the whole build. Every test is compiled with the same
# options and Qt definitions (pactbench_target_defaults, -fPIC), so gcc accepts the one file everywhere; the
# definitions that differ (PACTBENCH_*, QT_TESTCASE_*, QT_<MODULE>_LIB) are not used by QtCore's headers.
# gcc would say so (-Winvalid-pch) and read the headers as text if it rejected the file. A test source
# includes <QtTest>, hence all of QtCore: the file halves its compile time (7.2 -> 3.6 s). Loading the
# 200 MB file costs about 1 s, more than a library's unity batch or a moc file gains: those go without.
function(_pactbench_use_pch target)
    if(NOT PACTBENCH_PRECOMPILE_HEADERS OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        return()
    endif()
    if(NOT TARGET pactbench_pch)
        set(source ${PROJECT_BINARY_DIR}/pactbench_pch.cpp)
        if(NOT EXISTS ${source})
            file(WRITE ${source} "// The precompiled header's own source (PACTBENCH_PRECOMPILE_HEADERS).\n")
        endif()
        add_library(pactbench_pch OBJECT ${source})
        set_target_properties(pactbench_pch PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF
            POSITION_INDEPENDENT_CODE ON)
        target_link_libraries(pactbench_pch PRIVATE Qt6::Core)
        pactbench_target_defaults(pactbench_pch)
        target_precompile_headers(pactbench_pch PRIVATE <QtCore>)
    endif()
    target_precompile_headers(${target} REUSE_FROM pactbench_pch)
    get_target_property(dir ${target} BINARY_DIR)
    set_source_files_properties(${dir}/${target}_autogen/mocs_compilation.cpp PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()

# pactbench_add_library(name ALIAS Pactbench::X SOURCES ... LIBS ...)
function(pactbench_add_library name)
    cmake_parse_arguments(ARG "" "ALIAS" "SOURCES;LIBS" ${ARGN})
    qt_add_library(${name} ${PACTBENCH_LIBRARY_TYPE} ${ARG_SOURCES})
    add_library(${ARG_ALIAS} ALIAS ${name})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_LIBS})
    pactbench_target_defaults(${name})
    if(PACTBENCH_UNITY_BUILD)
        set_target_properties(${name} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${PACTBENCH_UNITY_BATCH_SIZE})
    endif()
    set_property(GLOBAL APPEND PROPERTY PACTBENCH_LIBRARIES ${name})
    string(FIND "${CMAKE_CURRENT_SOURCE_DIR}/" "${PROJECT_SOURCE_DIR}/core/" _at)
    if(PACTBENCH_SHARED_LIBS AND _at EQUAL 0)
        # (a deferred call reads its arguments when it runs: the name goes in as text now)
        cmake_language(EVAL CODE "cmake_language(DEFER CALL _pactbench_static_copy [[${name}]])")
    endif()
endfunction()

# _pactbench_static_copy(name): `name`_static, a thin static archive of the objects `name` is built from (no
# second compilation, nothing copied), linking the static copies of the project's libraries `name` links and
# the same outside ones. For executables in a shared-library build (app/CMakeLists.txt says why). Run at the
# end of the library's folder (its links are all known then and its imported targets visible); core/
# libraries only: they hold no Qt resources, whose objects an archive would drop.
function(_pactbench_static_copy name)
    get_property(ours GLOBAL PROPERTY PACTBENCH_LIBRARIES)
    get_target_property(libs ${name} LINK_LIBRARIES)
    set(mapped)
    foreach(lib IN LISTS libs)
        set(real ${lib})
        if(TARGET ${lib})
            get_target_property(aliased ${lib} ALIASED_TARGET)
            if(aliased)
                set(real ${aliased})
            endif()
        endif()
        if(real IN_LIST ours)
            list(APPEND mapped ${real}_static)
        else()
            list(APPEND mapped ${lib})
        endif()
    endforeach()
    # Thin archives for the folder (where only shared libraries are otherwise): read when build files are made.
    set(CMAKE_CXX_ARCHIVE_CREATE "<CMAKE_AR> qcT <TARGET> <LINK_FLAGS> <OBJECTS>" PARENT_SCOPE)
    set(CMAKE_CXX_ARCHIVE_APPEND "<CMAKE_AR> qT <TARGET> <LINK_FLAGS> <OBJECTS>" PARENT_SCOPE)
    add_library(${name}_static STATIC $<TARGET_OBJECTS:${name}>)
    set_target_properties(${name}_static PROPERTIES LINKER_LANGUAGE CXX AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_link_libraries(${name}_static PUBLIC ${mapped})
    target_include_directories(${name}_static INTERFACE $<TARGET_PROPERTY:${name},INTERFACE_INCLUDE_DIRECTORIES>)
    target_compile_definitions(${name}_static INTERFACE $<TARGET_PROPERTY:${name},INTERFACE_COMPILE_DEFINITIONS>)
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
    _pactbench_use_pch(${name})
    if(PACTBENCH_SANITIZE) # a race of OpenSSL's exit cleanup that LeakSanitizer would see: see the file
        find_package(OpenSSL 3.0 REQUIRED COMPONENTS Crypto) # (its imported targets are seen per folder)
        if(NOT TARGET pactbench_sanitizer_openssl) # compiled once, its object linked into every test
            add_library(pactbench_sanitizer_openssl OBJECT ${PROJECT_SOURCE_DIR}/tests/testutils/sanitizeropenssl.cpp)
            set_target_properties(pactbench_sanitizer_openssl PROPERTIES AUTOMOC OFF POSITION_INDEPENDENT_CODE ON)
            target_link_libraries(pactbench_sanitizer_openssl PRIVATE OpenSSL::Crypto)
        endif()
        target_link_libraries(${name} PRIVATE pactbench_sanitizer_openssl OpenSSL::Crypto)
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
