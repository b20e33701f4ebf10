# cmake -P install_into_prefix.cmake: installs the build into a fresh prefix and checks that every
# file a consumer needs is where the README says. The consumer tests then build against it.
# Inputs: BUILD_DIR PREFIX SOURCE_DIR INCLUDEDIR CMAKEDIR PKGCONFIGDIR BINDIR VERSION CONFIG
#         INSTALLING_SIZEOF_VOID_P (the build's pointer size)
#         TOOL (the installed tool's file name, empty when tools are not built)
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${PREFIX}")
set(config_arguments)
if(CONFIG)
  set(config_arguments --config "${CONFIG}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" ${config_arguments}
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${status}")
endif()

set(problems)

# The installed headers are exactly the ones in include/invite.
file(GLOB_RECURSE source_headers RELATIVE "${SOURCE_DIR}/include" "${SOURCE_DIR}/include/invite/*")
file(GLOB_RECURSE installed_headers RELATIVE "${PREFIX}/${INCLUDEDIR}" "${PREFIX}/${INCLUDEDIR}/invite/*")
list(SORT source_headers)
list(SORT installed_headers)
if(NOT source_headers STREQUAL installed_headers)
  list(APPEND problems "installed headers [${installed_headers}] differ from include/ [${source_headers}]")
endif()

foreach(file IN ITEMS "${CMAKEDIR}/inviteConfig.cmake" "${CMAKEDIR}/inviteConfigVersion.cmake"
                      "${CMAKEDIR}/inviteTargets.cmake" "${PKGCONFIGDIR}/invite.pc")
  if(NOT EXISTS "${PREFIX}/${file}")
    list(APPEND problems "${file} is not installed")
  endif()
endforeach()

# A header-only package fits any architecture: asked for by a 32-bit project, the version file
# must still accept it.
function(check_architecture_independent version_file)
  set(CMAKE_SIZEOF_VOID_P 4)
  if(CMAKE_SIZEOF_VOID_P STREQUAL "${INSTALLING_SIZEOF_VOID_P}")
    set(CMAKE_SIZEOF_VOID_P 8)
  endif()
  set(PACKAGE_FIND_VERSION "${VERSION}")
  string(REGEX MATCH "^[0-9]+" PACKAGE_FIND_VERSION_MAJOR "${VERSION}")
  include("${version_file}")
  if(PACKAGE_VERSION_UNSUITABLE OR NOT PACKAGE_VERSION_COMPATIBLE)
    set(problems ${problems} "inviteConfigVersion.cmake refuses a ${CMAKE_SIZEOF_VOID_P}-byte-pointer project"
        PARENT_SCOPE)
  endif()
endfunction()
if(EXISTS "${PREFIX}/${CMAKEDIR}/inviteConfigVersion.cmake")
  check_architecture_independent("${PREFIX}/${CMAKEDIR}/inviteConfigVersion.cmake")
endif()

if(TOOL)
  set(tool "${PREFIX}/${BINDIR}/${TOOL}")
  if(NOT EXISTS "${tool}")
    list(APPEND problems "${BINDIR}/${TOOL} is not installed")
  else()
    execute_process(COMMAND "${tool}" --version OUTPUT_VARIABLE tool_version RESULT_VARIABLE status)
    string(FIND "${tool_version}" "${VERSION}" version_at)
    if(NOT status EQUAL 0 OR version_at EQUAL -1)
      list(APPEND problems "the installed ${TOOL} --version answered '${tool_version}' (${status})")
    endif()
  endif()
endif()

if(problems)
  list(JOIN problems "\n  " listing)
  message(FATAL_ERROR "the install into ${PREFIX} is incomplete:\n  ${listing}")
endif()
