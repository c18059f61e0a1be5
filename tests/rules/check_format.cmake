# Fails when a C++ file differs from what .clang-format makes of it.
file(GLOB_RECURSE files
    "${ROOT}/src/*.cpp" "${ROOT}/src/*.h"
    "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h"
    "${ROOT}/bench/*.cpp" "${ROOT}/bench/*.h")
list(FILTER files EXCLUDE REGEX "/(fixtures?|fixture-[^/]*|data)/")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
    WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Not formatted; run tools/format.\n${errors}")
endif()
