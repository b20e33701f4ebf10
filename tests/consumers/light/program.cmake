# The program both light consumer projects build, once invite::invite exists: main.cpp, the
# light translation unit, the header-only one and the implementation unit, as object libraries
# so that the programs which must not link reuse them. Those, and the two translation units that
# must not compile, are left out of `all`; tests/consumers/CMakeLists.txt builds each and
# expects its failure.
set(light_sources "${CMAKE_CURRENT_LIST_DIR}")

function(light_consumer_objects name source)
  add_library(${name} OBJECT "${light_sources}/${source}")
  target_link_libraries(${name} PRIVATE invite::invite)
  target_compile_options(${name} PRIVATE -Wall -Wextra -Wpedantic -Werror)
  set_target_properties(${name} PROPERTIES CXX_EXTENSIONS OFF)
endfunction()

light_consumer_objects(consumer_main main.cpp)
light_consumer_objects(light_path light_path.cpp)
light_consumer_objects(header_only_path header_only_path.cpp)
light_consumer_objects(implementation implementation.cpp)
# The light unit keeps the README's stricter flags too: it sees only our light headers.
target_compile_options(light_path PRIVATE -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast)

add_executable(invite_consumer)
target_link_libraries(invite_consumer PRIVATE consumer_main light_path header_only_path implementation
                                              invite::invite)

add_executable(invite_consumer_without_implementation EXCLUDE_FROM_ALL)
target_link_libraries(invite_consumer_without_implementation PRIVATE consumer_main light_path header_only_path
                                                                     invite::invite)

light_consumer_objects(second_implementation second_implementation.cpp)
set_target_properties(second_implementation PROPERTIES EXCLUDE_FROM_ALL ON)
add_executable(invite_consumer_with_two_implementations EXCLUDE_FROM_ALL)
target_link_libraries(invite_consumer_with_two_implementations PRIVATE consumer_main light_path header_only_path
                                                                       implementation second_implementation
                                                                       invite::invite)

foreach(both IN ITEMS light_then_invite invite_then_light)
  light_consumer_objects(${both} ${both}.cpp)
  set_target_properties(${both} PROPERTIES EXCLUDE_FROM_ALL ON)
endforeach()
