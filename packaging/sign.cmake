# Code signing for the Windows installer and the macOS DMG (docs/packaging.md).
#
# Runs as a CPack hook, before the package is built (CPACK_PRE_BUILD_SCRIPTS:
# sign what goes in) and after (CPACK_POST_BUILD_SCRIPTS: sign the package),
# or alone as `cmake -DBYLINE_SIGN_FILE=F -P sign.cmake` (makensis signs the
# uninstaller it writes that way). It signs only when the CI secrets are in
# the environment; without them it says so and changes nothing, so local and
# Linux builds are unaffected. Secrets are read here, never written to a
# generated file or a log.
#
# Windows: BYLINE_SIGN_PFX (a .pfx file), BYLINE_SIGN_PASSWORD, and optionally
#   BYLINE_SIGN_TIMESTAMP_URL (default DigiCert's RFC 3161 server).
# macOS: BYLINE_CODESIGN_IDENTITY ("Developer ID Application: ..."); to
#   notarize also BYLINE_NOTARY_APPLE_ID, BYLINE_NOTARY_TEAM_ID and
#   BYLINE_NOTARY_PASSWORD (an app-specific password).
cmake_minimum_required(VERSION 3.25)

function(byline_run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        list(GET ARGN 0 program)
        message(FATAL_ERROR "Signing: ${program} failed (${result})")
    endif()
endfunction()

function(byline_windows_sign file)
    if(NOT DEFINED ENV{BYLINE_SIGN_PFX})
        message(STATUS "Signing: BYLINE_SIGN_PFX is not set, ${file} stays unsigned")
        return()
    endif()
    find_program(SIGNTOOL signtool)
    if(NOT SIGNTOOL)
        # The newest Windows SDK's signtool, where GitHub's runners have it.
        file(GLOB candidates "$ENV{ProgramFiles\(x86\)}/Windows Kits/10/bin/*/x64/signtool.exe")
        list(SORT candidates COMPARE NATURAL ORDER DESCENDING)
        if(NOT candidates)
            message(FATAL_ERROR "Signing: BYLINE_SIGN_PFX is set but signtool was not found (Windows SDK)")
        endif()
        list(GET candidates 0 SIGNTOOL)
    endif()
    set(timestamp "$ENV{BYLINE_SIGN_TIMESTAMP_URL}")
    if(timestamp STREQUAL "")
        set(timestamp "http://timestamp.digicert.com")
    endif()
    byline_run("${SIGNTOOL}" sign /fd SHA256 /td SHA256 /tr "${timestamp}" /f "$ENV{BYLINE_SIGN_PFX}"
               /p "$ENV{BYLINE_SIGN_PASSWORD}" /d Byline "${file}")
    byline_run("${SIGNTOOL}" verify /pa "${file}")
endfunction()

function(byline_macos_sign_app app)
    if(NOT DEFINED ENV{BYLINE_CODESIGN_IDENTITY})
        message(STATUS "Signing: BYLINE_CODESIGN_IDENTITY is not set, ${app} stays unsigned")
        return()
    endif()
    set(identity "$ENV{BYLINE_CODESIGN_IDENTITY}")
    set(sign codesign --force --timestamp --options runtime --sign "${identity}")
    # Inside out: libraries and plugins, the helper with the entitlements V8
    # needs, the frameworks, then the app (no --deep: it would give every
    # binary the same entitlements).
    file(GLOB_RECURSE dylibs "${app}/Contents/*.dylib")
    foreach(dylib IN LISTS dylibs)
        byline_run(${sign} "${dylib}")
    endforeach()
    file(GLOB helpers "${app}/Contents/Frameworks/QtWebEngineCore.framework/Versions/*/Helpers/*.app")
    foreach(helper IN LISTS helpers)
        byline_run(${sign} --entitlements "${CMAKE_CURRENT_LIST_DIR}/macos/byline.entitlements" "${helper}")
    endforeach()
    file(GLOB frameworks "${app}/Contents/Frameworks/*.framework")
    foreach(framework IN LISTS frameworks)
        byline_run(${sign} "${framework}")
    endforeach()
    byline_run(${sign} "${app}")
    byline_run(codesign --verify --strict --verbose=2 "${app}")
endfunction()

function(byline_macos_sign_dmg dmg)
    if(NOT DEFINED ENV{BYLINE_CODESIGN_IDENTITY})
        message(STATUS "Signing: BYLINE_CODESIGN_IDENTITY is not set, ${dmg} stays unsigned")
        return()
    endif()
    byline_run(codesign --force --timestamp --sign "$ENV{BYLINE_CODESIGN_IDENTITY}" "${dmg}")
    if(NOT DEFINED ENV{BYLINE_NOTARY_APPLE_ID})
        message(STATUS "Signing: BYLINE_NOTARY_APPLE_ID is not set, ${dmg} is signed but not notarized")
        return()
    endif()
    byline_run(xcrun notarytool submit "${dmg}" --apple-id "$ENV{BYLINE_NOTARY_APPLE_ID}"
               --team-id "$ENV{BYLINE_NOTARY_TEAM_ID}" --password "$ENV{BYLINE_NOTARY_PASSWORD}" --wait)
    byline_run(xcrun stapler staple "${dmg}")
    byline_run(spctl --assess --type open --context context:primary-signature --verbose=2 "${dmg}")
endfunction()

if(DEFINED BYLINE_SIGN_FILE)
    byline_windows_sign("${BYLINE_SIGN_FILE}")
elseif(CPACK_GENERATOR STREQUAL "NSIS")
    if(CPACK_PACKAGE_FILES)
        foreach(package IN LISTS CPACK_PACKAGE_FILES)
            byline_windows_sign("${package}")
        endforeach()
    else()
        file(GLOB_RECURSE executables "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/bin/byline.exe")
        foreach(executable IN LISTS executables)
            byline_windows_sign("${executable}")
        endforeach()
    endif()
elseif(CPACK_GENERATOR STREQUAL "DragNDrop")
    if(CPACK_PACKAGE_FILES)
        foreach(package IN LISTS CPACK_PACKAGE_FILES)
            byline_macos_sign_dmg("${package}")
        endforeach()
    else()
        file(GLOB apps "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app")
        foreach(app IN LISTS apps)
            byline_macos_sign_app("${app}")
        endforeach()
    endif()
endif()
