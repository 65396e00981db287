# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
# A web page served by one of our programs (net::StaticFiles): the branch's live ticket
# (mobile-ticket-web/) and manager's dashboard (manage-web/), central's booking pages (booking-web/).

# civiq_add_web_root(TARGET FOLDER COMPONENT): copies FOLDER/ into the build tree with a gzip -9
# sibling per file (sent to clients that accept gzip) and installs it as share/civiq/FOLDER.
function(civiq_add_web_root target folder component)
  set(source ${PROJECT_SOURCE_DIR}/${folder})
  set(build ${PROJECT_BINARY_DIR}/${folder})
  file(GLOB_RECURSE files CONFIGURE_DEPENDS RELATIVE ${source} ${source}/*)
  list(FILTER files EXCLUDE REGEX "(^|/)\\.|\\.gz$|\\.md$")
  set(outputs)
  foreach(file IN LISTS files)
    add_custom_command(
      OUTPUT ${build}/${file} ${build}/${file}.gz
      COMMAND ${CMAKE_COMMAND} -E copy ${source}/${file} ${build}/${file}
      COMMAND gzip -9 -n -k -f ${build}/${file}
      DEPENDS ${source}/${file}
      COMMENT "web: ${folder}/${file}")
    list(APPEND outputs ${build}/${file} ${build}/${file}.gz)
  endforeach()
  add_custom_target(${target} ALL DEPENDS ${outputs})
  install(DIRECTORY ${build}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/civiq/${folder} COMPONENT ${component})
endfunction()

# civiq_use_web_root(PROGRAM WEB_TARGET FOLDER [PREFIX]): PROGRAM finds the page with
# net::find_web_root(CIVIQ_BUILD_WEB_ROOT, CIVIQ_WEB_SHARE_FOLDER, CIVIQ_INSTALLED_WEB_ROOT). A
# program serving a second page names its definitions with another PREFIX (default CIVIQ), e.g.
# CIVIQ_MANAGE gives CIVIQ_MANAGE_BUILD_WEB_ROOT, CIVIQ_MANAGE_WEB_SHARE_FOLDER, ...
function(civiq_use_web_root program web_target folder)
  set(prefix CIVIQ)
  if(ARGC GREATER 3)
    set(prefix ${ARGV3})
  endif()
  target_compile_definitions(${program} PRIVATE
    ${prefix}_BUILD_WEB_ROOT="${PROJECT_BINARY_DIR}/${folder}"
    ${prefix}_WEB_SHARE_FOLDER="${CMAKE_INSTALL_DATADIR}/civiq/${folder}"
    ${prefix}_INSTALLED_WEB_ROOT="${CMAKE_INSTALL_FULL_DATADIR}/civiq/${folder}")
  add_dependencies(${program} ${web_target})
endfunction()
