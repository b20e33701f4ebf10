# Builds one compile-fail target and passes when the build fails and its output matches every
# "// expect: REGEX" line of the source, in any order: g++ names the member before the
# static_assert's words, clang++ after them.
#   cmake -DBINARY_DIR=... -DTARGET=... -DSOURCE=... [-DCONFIG=...] -P expect_build_failure.cmake
set(config_arguments)
if(CONFIG)
  set(config_arguments --config "${CONFIG}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BINARY_DIR}" --target "${TARGET}" ${config_arguments}
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(status EQUAL 0)
  message(FATAL_ERROR "${TARGET} compiled, but it is a misuse that must not")
endif()
file(STRINGS "${SOURCE}" expectations REGEX "^// expect: ")
if(NOT expectations)
  message(FATAL_ERROR "${SOURCE} has no // expect: line, so its failure could be any failure")
endif()
foreach(expectation IN LISTS expectations)
  string(REPLACE "// expect: " "" pattern "${expectation}")
  if(NOT output MATCHES "${pattern}")
    message(FATAL_ERROR "the build of ${TARGET} failed, but its output lacks \"${pattern}\":\n${output}")
  endif()
endforeach()
message(STATUS "${TARGET} failed to compile, saying ${expectations}")
