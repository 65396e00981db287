# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
# Warnings live on one interface target; every civiq target links it.
add_library(civiq_warnings INTERFACE)
target_compile_options(civiq_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion)
if(CIVIQ_WERROR)
  target_compile_options(civiq_warnings INTERFACE -Werror)
endif()

# civiq_add_tests(NAME SOURCES... LIBS ...): one doctest executable per library, registered with CTest.
function(civiq_add_tests name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} doctest::doctest civiq_warnings)
  target_compile_definitions(${name} PRIVATE DOCTEST_CONFIG_SUPER_FAST_ASSERTS)
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES LABELS unit)
endfunction()
