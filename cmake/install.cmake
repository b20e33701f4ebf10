# Install rules: the headers, a CMake package that gives find_package(invite) users invite::invite
# with its dependencies found for them, and a pkg-config file. invite-check installs itself
# (tools/CMakeLists.txt).
if(INVITE_INSTALL)
  include(CMakePackageConfigHelpers)

  # The library has no compiled parts, so its package files are architecture-independent and
  # belong under share/ (find_package and pkg-config both search there).
  set(INVITE_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/invite" CACHE STRING
      "Where inviteConfig.cmake is installed, relative to the prefix")
  set(INVITE_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_DATADIR}/pkgconfig" CACHE STRING
      "Where invite.pc is installed, relative to the prefix")
  mark_as_advanced(INVITE_INSTALL_CMAKEDIR INVITE_INSTALL_PKGCONFIGDIR)

  set(invite_package_dir "${PROJECT_BINARY_DIR}/invite-package")

  install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/invite"
          DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
          COMPONENT invite_development
          FILES_MATCHING PATTERN "*.hpp")

  install(TARGETS invite EXPORT invite-targets)
  install(EXPORT invite-targets
          NAMESPACE invite::
          FILE inviteTargets.cmake
          DESTINATION "${INVITE_INSTALL_CMAKEDIR}"
          COMPONENT invite_development)

  configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/inviteConfig.cmake.in"
                                "${invite_package_dir}/inviteConfig.cmake"
                                INSTALL_DESTINATION "${INVITE_INSTALL_CMAKEDIR}")
  write_basic_package_version_file("${invite_package_dir}/inviteConfigVersion.cmake"
                                   COMPATIBILITY SameMajorVersion
                                   ARCH_INDEPENDENT)
  install(FILES "${invite_package_dir}/inviteConfig.cmake"
                "${invite_package_dir}/inviteConfigVersion.cmake"
          DESTINATION "${INVITE_INSTALL_CMAKEDIR}"
          COMPONENT invite_development)

  # invite.pc names absolute directories, and `cmake --install --prefix` chooses the prefix only
  # at install time, so the file is written then.
  if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
    set(invite_pc_includedir "${CMAKE_INSTALL_INCLUDEDIR}")
  else()
    set(invite_pc_includedir "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
  endif()
  install(CODE "
    set(PROJECT_DESCRIPTION [==[${PROJECT_DESCRIPTION}]==])
    set(PROJECT_VERSION [==[${PROJECT_VERSION}]==])
    set(invite_pc_includedir [==[${invite_pc_includedir}]==])
    set(invite_pc_prefix \"\${CMAKE_INSTALL_PREFIX}\")
    configure_file([==[${PROJECT_SOURCE_DIR}/cmake/invite.pc.in]==]
                   [==[${invite_package_dir}/invite.pc]==] @ONLY)
  " COMPONENT invite_development)
  install(FILES "${invite_package_dir}/invite.pc"
          DESTINATION "${INVITE_INSTALL_PKGCONFIGDIR}"
          COMPONENT invite_development)

  # The conformance kit, for implementations in other languages: the vectors, their format
  # (README.md) and the schema differences, under share/invite/conformance.
  install(DIRECTORY "${PROJECT_SOURCE_DIR}/tests/conformance/vectors/"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/invite/conformance/vectors"
          COMPONENT invite_development)
  install(FILES "${PROJECT_SOURCE_DIR}/tests/conformance/README.md"
                "${PROJECT_SOURCE_DIR}/tests/schema/differences.json"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/invite/conformance"
          COMPONENT invite_development)
endif()
