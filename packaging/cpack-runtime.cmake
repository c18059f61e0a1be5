# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE), when the
# environment is known. makensis writes the uninstaller inside the installer,
# so only makensis can sign it: NSIS 3.08's !uninstfinalize runs sign.cmake on
# it, which reads the certificate from the environment itself.
if(CPACK_GENERATOR STREQUAL "NSIS" AND DEFINED ENV{BYLINE_SIGN_PFX})
    string(APPEND CPACK_NSIS_DEFINES "\n  !uninstfinalize '\"${CPACK_BYLINE_CMAKE_COMMAND}\" -DBYLINE_SIGN_FILE=\"%1\" -P \"${CPACK_BYLINE_SIGN_SCRIPT}\"' = 0")
endif()
