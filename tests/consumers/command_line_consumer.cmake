# cmake -P command_line_consumer.cmake: builds consumer.cpp with the compiler alone, the way a
# project without CMake does, then runs it.
#   MODE=pkg_config:    flags from `pkg-config --cflags --libs invite` against an install prefix
#   MODE=single_header: -I single_include plus `pkg-config --cflags --libs simdjson`
# Inputs: MODE CXX STANDARD SOURCE OUTPUT PKG_CONFIG, and PREFIX PKGCONFIGDIR INCLUDEDIR VERSION
#         (pkg_config) or SINGLE_INCLUDE_DIR (single_header)
cmake_minimum_required(VERSION 3.25)
function(run_checked)
  execute_process(COMMAND ${ARGN} OUTPUT_VARIABLE output OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "`${command}` failed (${status})")
  endif()
  set(output "${output}" PARENT_SCOPE)
endfunction()

set(extra_definitions)
if(MODE STREQUAL "pkg_config")
  # The prefix goes first so that an invite.pc elsewhere on the machine cannot answer instead.
  set(ENV{PKG_CONFIG_PATH} "${PREFIX}/${PKGCONFIGDIR}")
  run_checked("${PKG_CONFIG}" --modversion invite)
  if(NOT output STREQUAL VERSION)
    message(FATAL_ERROR "pkg-config reports invite ${output}, expected ${VERSION}")
  endif()
  run_checked("${PKG_CONFIG}" --cflags --libs invite)
  separate_arguments(flags UNIX_COMMAND "${output}")
  if(NOT "-I${PREFIX}/${INCLUDEDIR}" IN_LIST flags)
    message(FATAL_ERROR "pkg-config flags '${output}' do not name ${PREFIX}/${INCLUDEDIR}")
  endif()
  set(extra_definitions "-DINVITE_CONSUMER_EXPECTED_VERSION=\"${VERSION}\"")
elseif(MODE STREQUAL "single_header")
  run_checked("${PKG_CONFIG}" --cflags --libs simdjson)
  separate_arguments(flags UNIX_COMMAND "${output}")
  list(PREPEND flags "-I${SINGLE_INCLUDE_DIR}")
  set(extra_definitions -DINVITE_CONSUMER_SINGLE_HEADER)
else()
  message(FATAL_ERROR "MODE must be pkg_config or single_header, not '${MODE}'")
endif()
list(JOIN flags " " shown_flags)
message(STATUS "${CXX} -std=c++${STANDARD} ... ${SOURCE} ${shown_flags}")
run_checked("${CXX}" -std=c++${STANDARD} -Wall -Wextra -Wpedantic -Werror ${extra_definitions}
            "${SOURCE}" ${flags} -o "${OUTPUT}")
run_checked("${OUTPUT}")
message(STATUS "${output}")
