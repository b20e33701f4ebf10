# Tests that need something beyond the compiler (python3, python3-jsonschema, valgrind,
# pkg-config, the invite-check target, the install rules) never vanish silently when it is missing.
# Decision:
# - on a developer's machine (the default) the rest of the suite still builds and runs, and each
#   test that cannot run is stood in for by a ctest test of the same name that prints
#   "skipped: <what> missing" and ends with SKIP_RETURN_CODE, so ctest's summary lists it under
#   "The following tests did not run";
# - with INVITE_REQUIRE_ALL_TEST_TOOLS=ON, which scripts/test-all.sh (and so CI) sets, the
#   configuration fails and names what is missing: there a skipped area would read as a pass.
#   test-all.sh also fails when any test reports itself skipped (tests/cli's tmux and XML checks
#   skip by themselves) and when an area it expects registered no test at all.
include_guard(GLOBAL)

option(INVITE_REQUIRE_ALL_TEST_TOOLS
       "Fail the configuration when a test needs a tool that is missing, instead of a visible skip (CI)" OFF)

# invite_skipped_test(NAME MISSING [LABELS label...]): the test NAME cannot run because MISSING is
# missing; fails the configuration under INVITE_REQUIRE_ALL_TEST_TOOLS, else registers NAME as a
# test that reports itself skipped.
function(invite_skipped_test name missing)
  cmake_parse_arguments(PARSE_ARGV 2 skipped "" "" "LABELS")
  if(INVITE_REQUIRE_ALL_TEST_TOOLS)
    message(FATAL_ERROR "${name}: ${missing} missing, and INVITE_REQUIRE_ALL_TEST_TOOLS is ON")
  endif()
  message(STATUS "invite: \"${name}\" will be skipped: ${missing} missing")
  add_test(NAME "${name}" COMMAND sh -c "echo \"skipped: $1 missing\"; exit 77" skip "${missing}")
  set_tests_properties("${name}" PROPERTIES SKIP_RETURN_CODE 77)
  if(skipped_LABELS)
    set_tests_properties("${name}" PROPERTIES LABELS "${skipped_LABELS}")
  endif()
endfunction()
