# Developer targets default to on only when invite is the top-level project, so that a project
# embedding it with add_subdirectory or FetchContent builds nothing but the library.
include(GNUInstallDirs)
option(INVITE_BUILD_TESTS "Build the invite test suite" ${PROJECT_IS_TOP_LEVEL})
option(INVITE_BUILD_TOOLS "Build the invite-check command" ${PROJECT_IS_TOP_LEVEL})
option(INVITE_BUILD_BENCHMARKS "Build the benchmarks (needs Google Benchmark)" ${PROJECT_IS_TOP_LEVEL})
option(INVITE_BUILD_FUZZERS "Build the libFuzzer targets (clang++ only)" OFF)
option(INVITE_INSTALL "Generate the install rules" ON)
option(INVITE_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(INVITE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
# gcov's counters in every object, for scripts/coverage.sh (gcovr) to read after ctest; g++
# only, since clang's --coverage notes are not the format Debian's gcov reads. It combines with
# INVITE_SANITIZE, which is how scripts/test-all.sh runs it.
option(INVITE_COVERAGE "Instrument everything for line and branch coverage (g++ --coverage)" OFF)
if(INVITE_COVERAGE)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    message(FATAL_ERROR "INVITE_COVERAGE needs g++ (gcov); this build uses ${CMAKE_CXX_COMPILER_ID}")
  endif()
  # Atomic counters: invite-serve's threads would otherwise race on them, and gcov then reads
  # counts that do not add up (negative branch counts that stop gcovr).
  add_compile_options(--coverage -fprofile-update=atomic)
  add_link_options(--coverage -fprofile-update=atomic)
endif()
