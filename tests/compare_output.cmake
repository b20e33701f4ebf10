# Runs PROGRAM and fails unless its standard output equals the content of EXPECTED.
execute_process(COMMAND "${PROGRAM}" OUTPUT_VARIABLE actual RESULT_VARIABLE status)
file(READ "${EXPECTED}" expected)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${status}")
endif()
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR "output differs from the README.\n--- README says:\n${expected}\n--- program printed:\n${actual}")
endif()
