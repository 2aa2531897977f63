# What `cmake --install` puts where, and the Debian package CPack makes of it (scripts/package.sh).
# Paths follow the Debian policy: the binary in bin, the gzipped man page in share/man/man1, the
# shell completions where bash-completion, zsh and fish look for them, the licence as
# share/doc/qdb/copyright and the documentation beside it.
include(GNUInstallDirs)

install(TARGETS qdb RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Debian wants man pages compressed, reproducibly (-n: no name or time stamp in the header).
set(QDB_MAN_PAGE ${CMAKE_CURRENT_BINARY_DIR}/qdb.1.gz)
add_custom_command(OUTPUT ${QDB_MAN_PAGE}
  COMMAND gzip -9 -n -c ${CMAKE_CURRENT_SOURCE_DIR}/docs/qdb.1 > ${QDB_MAN_PAGE}
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/docs/qdb.1
  COMMENT "Compressing the man page")
add_custom_target(qdb_man_page ALL DEPENDS ${QDB_MAN_PAGE})
install(FILES ${QDB_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The completion scripts, as `qdb completion SHELL` prints them, where each shell looks for them.
set(QDB_COMPLETION_DIR ${CMAKE_CURRENT_BINARY_DIR}/completions)
set(QDB_COMPLETION_FILES ${QDB_COMPLETION_DIR}/qdb ${QDB_COMPLETION_DIR}/_qdb ${QDB_COMPLETION_DIR}/qdb.fish)
add_custom_command(OUTPUT ${QDB_COMPLETION_FILES}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${QDB_COMPLETION_DIR}
  COMMAND $<TARGET_FILE:qdb> completion bash > ${QDB_COMPLETION_DIR}/qdb
  COMMAND $<TARGET_FILE:qdb> completion zsh > ${QDB_COMPLETION_DIR}/_qdb
  COMMAND $<TARGET_FILE:qdb> completion fish > ${QDB_COMPLETION_DIR}/qdb.fish
  DEPENDS qdb
  WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
  COMMENT "Writing the shell completions")
add_custom_target(qdb_completions ALL DEPENDS ${QDB_COMPLETION_FILES})
install(FILES ${QDB_COMPLETION_DIR}/qdb DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${QDB_COMPLETION_DIR}/_qdb DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${QDB_COMPLETION_DIR}/qdb.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
file(GLOB QDB_DOC_PAGES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/docs/*.md)
install(FILES ${QDB_DOC_PAGES} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)

# `make package` must not rebuild the test binaries first: scripts/package.sh builds what the
# package holds (the `qdb_package_files` target) and nothing else.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
add_custom_target(qdb_package_files DEPENDS qdb qdb_man_page qdb_completions)

set(QDB_PACKAGE_MAINTAINER "qdb maintainers <maintainers@qdb.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME qdb)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "qdb applies and inspects schema migrations kept in Prisma Migrate's layout, records them in\n"
    "Prisma's _prisma_migrations table, reads the Prisma schema language and generates\n"
    "TypeScript and C++ types from it. One native binary, made for CI: no Node.js, JSON output\n"
    "and one exit code per kind of failure.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_CONTACT "${QDB_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # qdb_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps reads the shared libraries the binary really loads: only libc6 when libpq and
# the C++ libraries are linked in (the default), libpq5, libpqxx and friends otherwise.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# `diagram --svg` runs Graphviz's dot; everything else works without it.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "graphviz, postgresql-client")
# gzip: packaging took 1.9 s of CPU (3.7 MB); xz took 10.5 s for 2.8 MB, on every CI run.
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_CURRENT_BINARY_DIR}/package)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/package)
include(CPack)
