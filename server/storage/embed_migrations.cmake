# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
# Build step (cmake -P): embeds migrations/NNNN_name.sql into a generated .cpp as raw string literals,
# so the server binary carries its schema and needs no files next to it at run time.
#   cmake -DMIGRATIONS_DIR=<dir> -DTEMPLATE=<embedded_migrations.cpp.in> -DOUTPUT=<.cpp> -P embed_migrations.cmake
foreach(var MIGRATIONS_DIR TEMPLATE OUTPUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "embed_migrations.cmake: -D${var}=... is required")
  endif()
endforeach()

set(delimiter "civiq_sql")
file(GLOB sql_files RELATIVE "${MIGRATIONS_DIR}" "${MIGRATIONS_DIR}/*.sql")
list(SORT sql_files)

set(entries "")
set(expected 1)
foreach(file IN LISTS sql_files)
  if(NOT file MATCHES "^([0-9][0-9][0-9][0-9])_([a-z0-9_]+)\\.sql$")
    message(FATAL_ERROR "migration ${file}: the name must be NNNN_lowercase_name.sql")
  endif()
  set(name "${CMAKE_MATCH_2}")
  string(REGEX REPLACE "^0+" "" version "${CMAKE_MATCH_1}")  # "0010" is ten, not octal
  if(NOT version EQUAL expected)
    message(FATAL_ERROR "migration ${file}: expected number ${expected}; versions run 0001, 0002, ... without gaps")
  endif()
  file(READ "${MIGRATIONS_DIR}/${file}" sql)
  string(FIND "${sql}" ")${delimiter}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "migration ${file} contains the raw string delimiter )${delimiter}\"")
  endif()
  string(APPEND entries "    Migration{${version}, \"${name}\", R\"${delimiter}(${sql})${delimiter}\"},\n")
  math(EXPR expected "${expected} + 1")
endforeach()

math(EXPR MIGRATION_COUNT "${expected} - 1")
if(MIGRATION_COUNT EQUAL 0)
  message(FATAL_ERROR "no migrations in ${MIGRATIONS_DIR}")
endif()
set(MIGRATION_ENTRIES "${entries}")
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
