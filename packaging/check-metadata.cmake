# Checks the Linux desktop metadata the way distributions do, and that every
# place that names a version agrees with project(VERSION).
#   cmake -DSOURCE_DIR=... -DVERSION=... -DHOMEPAGE=... -P check-metadata.cmake
# Run as the packaging.metadata test and by tools/check-package.
cmake_minimum_required(VERSION 3.25)

set(linux "${SOURCE_DIR}/packaging/linux")
set(app_id news.byline.Byline)
set(problems "")

function(run_check name)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    string(STRIP "${out}${err}" text)
    if(NOT result EQUAL 0)
        set(problems "${problems}\n${name} failed (${result}):\n${text}" PARENT_SCOPE)
    else()
        message(STATUS "${name}: ok ${text}")
    endif()
endfunction()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate REQUIRED)
find_program(APPSTREAMCLI appstreamcli REQUIRED)
run_check("desktop-file-validate" ${DESKTOP_FILE_VALIDATE} "${linux}/${app_id}.desktop")
run_check("appstreamcli validate" ${APPSTREAMCLI} validate --no-net --explain "${linux}/${app_id}.metainfo.xml")

# The MIME type: update-mime-database rejects what shared-mime-info would.
find_program(UPDATE_MIME_DATABASE update-mime-database)
if(UPDATE_MIME_DATABASE)
    string(RANDOM LENGTH 8 tag)
    set(mime_dir "${CMAKE_CURRENT_BINARY_DIR}/byline-mime-check-${tag}")
    file(MAKE_DIRECTORY "${mime_dir}/packages")
    file(COPY_FILE "${linux}/${app_id}.mime.xml" "${mime_dir}/packages/${app_id}.xml")
    run_check("update-mime-database" ${CMAKE_COMMAND} -E env PKGSYSTEM_ENABLE_FSYNC=0 ${UPDATE_MIME_DATABASE} "${mime_dir}")
    if(NOT EXISTS "${mime_dir}/application/x-byline-article.xml")
        string(APPEND problems "\nupdate-mime-database did not register application/x-byline-article")
    endif()
    file(REMOVE_RECURSE "${mime_dir}")
endif()

# The manual page: groff's warnings are what lintian reports.
find_program(GROFF groff)
if(GROFF)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 ${GROFF} -man -ww -z -K utf8 "${linux}/byline.1"
        RESULT_VARIABLE result ERROR_VARIABLE warnings)
    if(NOT result EQUAL 0 OR NOT warnings STREQUAL "")
        string(APPEND problems "\nbyline.1 has groff warnings:\n${warnings}")
    else()
        message(STATUS "byline.1: ok")
    endif()
endif()

# One version: the newest AppStream release and CHANGELOG.md's newest section
# are project(VERSION).
file(READ "${linux}/${app_id}.metainfo.xml" metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    string(APPEND problems "\nThe newest <release> in ${app_id}.metainfo.xml is '${CMAKE_MATCH_1}', "
                           "not project(VERSION) ${VERSION}: add a <release> for it.")
endif()
file(READ "${SOURCE_DIR}/CHANGELOG.md" changelog)
string(REGEX MATCH "\n## ([0-9][^ \n]*)" _ "${changelog}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    string(APPEND problems "\nThe newest section of CHANGELOG.md is '${CMAKE_MATCH_1}', not ${VERSION}.")
endif()

# Screenshots point at docs/images in the repository: the files must exist.
string(REGEX MATCHALL "<image[^>]*>[^<]+</image>" images "${metainfo}")
foreach(image IN LISTS images)
    string(REGEX REPLACE "<image[^>]*>([^<]+)</image>" "\\1" url "${image}")
    string(FIND "${url}" "${HOMEPAGE}/raw/main/" at)
    if(NOT at EQUAL 0)
        string(APPEND problems "\nScreenshot ${url} is not under ${HOMEPAGE}/raw/main/")
        continue()
    endif()
    string(LENGTH "${HOMEPAGE}/raw/main/" prefix)
    string(SUBSTRING "${url}" ${prefix} -1 path)
    if(NOT EXISTS "${SOURCE_DIR}/${path}")
        string(APPEND problems "\nScreenshot ${path} is not in the repository")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "Packaging metadata:${problems}")
endif()
message(STATUS "Packaging metadata for ${VERSION}: ok")
