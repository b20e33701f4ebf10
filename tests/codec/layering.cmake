# The layers of include/invite/ (docs/design.md): contract -> codec -> validators -> detail, and
# testing beside the contract.
# A header that includes against that direction fails this test, naming the line.
#   cmake -DINCLUDE_DIR=.../include -P layering.cmake
set(broken "")
function(forbid layer pattern why)
  file(GLOB_RECURSE headers "${INCLUDE_DIR}/invite/${layer}/*.hpp")
  foreach(header IN LISTS headers)
    file(STRINGS "${header}" lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS lines)
      if(line MATCHES "${pattern}")
        file(RELATIVE_PATH name "${INCLUDE_DIR}" "${header}")
        string(APPEND broken "\n  ${name}: ${line} (${why})")
      endif()
    endforeach()
  endforeach()
  set(broken "${broken}" PARENT_SCOPE)
endfunction()

forbid(codec "<invite/(contract/|invite\\.hpp|light\\.hpp|implementation\\.hpp)" "the codec knows no contract")
forbid(validators "<invite/(codec|contract)/|<simdjson|<boost/" "validators are pure checks over strings")
forbid(detail "<invite/(codec|contract|validators)/|<simdjson|<boost/" "byte-level helpers sit below everything")
# The testing module sits above the contract and beside it: nothing of the library includes it,
# and it writes its documents from the contract's types and numbers alone, never through the
# reader, writer or validators it is there to hold to account.
forbid(contract "<invite/testing" "the library never depends on its testing module")
forbid(codec "<invite/testing" "the library never depends on its testing module")
forbid(testing "<invite/(invite|light|implementation)\\.hpp|<invite/codec/(parser|writer|validate|schema|rules|detail/)|<invite/contract/(api|request|response|check_response|openapi|types)\\.hpp|<invite/validators/(datetime|url|text)|<simdjson|<boost/|<date/"
       "the testing module is written apart from what it tests")
if(broken)
  message(FATAL_ERROR "includes against the layers:${broken}")
endif()
message(STATUS "every include follows the layers")
