# Install-time part of the linux_bundle component (see bundle.cmake): runs
# after Qt's deployment has copied the libraries the executable needs, and adds what a
# Qt WebEngine app needs beyond them. Variables come from bundle.cmake.
set(prefix "${QT_DEPLOY_PREFIX}")

# The executable as built, with its DT_RPATH to ../lib (the normal install
# removed it), without symbols.
file(REMOVE "${prefix}/bin/byline")
file(INSTALL "${BYLINE_EXECUTABLE}" DESTINATION "${prefix}/bin" USE_SOURCE_PERMISSIONS)
# Set it again exactly: CMake pads build RPATHs with ':', and an empty entry
# would mean the current directory.
file(RPATH_SET FILE "${prefix}/bin/byline" NEW_RPATH "$ORIGIN/../lib")
if(BYLINE_STRIP)
    execute_process(COMMAND "${BYLINE_STRIP}" "${prefix}/bin/byline" COMMAND_ERROR_IS_FATAL ANY)
endif()

# Chromium's helper process. It is a separate program that cannot be given an
# RPATH here (no patchelf), so a two-line wrapper points it at ../lib; the
# variable reaches only the helper and its children, never programs Byline
# opens (a browser for a link, say).
set(libexec "${prefix}/libexec")
file(INSTALL "${BYLINE_QT_PREFIX}/${BYLINE_QT_LIBEXECS}/QtWebEngineProcess" DESTINATION "${libexec}"
     USE_SOURCE_PERMISSIONS RENAME QtWebEngineProcess.bin)
file(WRITE "${libexec}/QtWebEngineProcess" [=[#!/bin/sh
# Chromium's helper process for Byline's bundle: its libraries are in ../lib.
here=$(dirname "$(readlink -f "$0")")
LD_LIBRARY_PATH="$here/../lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LD_LIBRARY_PATH
exec "$here/QtWebEngineProcess.bin" "$@"
]=])
file(CHMOD "${libexec}/QtWebEngineProcess" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
     GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# The Qt plugins (bundle.cmake says why they are named there), then the
# libraries they and the helper process need that the executable does not.
set(plugins "")
foreach(pattern IN LISTS BYLINE_BUNDLE_PLUGINS)
    file(GLOB found "${BYLINE_QT_PREFIX}/${BYLINE_QT_PLUGINS}/${pattern}")
    foreach(plugin IN LISTS found)
        file(RELATIVE_PATH relative "${BYLINE_QT_PREFIX}/${BYLINE_QT_PLUGINS}" "${plugin}")
        get_filename_component(type "${relative}" DIRECTORY)
        file(INSTALL "${plugin}" DESTINATION "${prefix}/plugins/${type}")
        list(APPEND plugins "${plugin}")
    endforeach()
endforeach()
# Chromium's NSS loads its crypto and root-certificate modules by file name
# at run time (beside libnss3, or in an nss/ folder on older Debian), so no
# dependency scan sees them.
set(nss_modules "")
foreach(name softokn3 freebl3 freeblpriv3 nssckbi nssdbm3)
    foreach(dir "${BYLINE_QT_PREFIX}/${BYLINE_QT_LIBS}" "${BYLINE_QT_PREFIX}/${BYLINE_QT_LIBS}/nss")
        if(EXISTS "${dir}/lib${name}.so")
            list(APPEND nss_modules "${dir}/lib${name}.so")
            break()
        endif()
    endforeach()
endforeach()
file(INSTALL ${nss_modules} DESTINATION "${prefix}/lib" FOLLOW_SYMLINK_CHAIN)
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${libexec}/QtWebEngineProcess.bin"
    MODULES ${plugins} ${nss_modules}
    PRE_EXCLUDE_REGEXES ${BYLINE_BUNDLE_SYSTEM_LIBRARIES}
    RESOLVED_DEPENDENCIES_VAR libraries
    UNRESOLVED_DEPENDENCIES_VAR missing)
if(missing)
    message(FATAL_ERROR "Libraries the plugins need were not found: ${missing}")
endif()
file(INSTALL ${libraries} DESTINATION "${prefix}/lib" FOLLOW_SYMLINK_CHAIN)
# A few libraries carry a RUNPATH into /usr (libexiv2, libproxy); there the
# executable's RPATH no longer applies to their own dependencies. Point them
# at the folder they are in now.
file(GLOB bundled "${prefix}/lib/*.so*")
foreach(library IN LISTS bundled)
    if(NOT IS_SYMLINK "${library}")
        unset(rpath) # READ_ELF leaves the variables alone when there is none
        unset(runpath)
        file(READ_ELF "${library}" RPATH rpath RUNPATH runpath)
        if(rpath OR runpath)
            file(RPATH_SET FILE "${library}" NEW_RPATH "$ORIGIN")
        endif()
    endif()
endforeach()
list(LENGTH plugins plugin_count)
list(LENGTH libraries library_count)
message(STATUS "Bundled ${plugin_count} Qt plugins; they and QtWebEngineProcess need ${library_count} libraries")

# Chromium's data: resources (ICU data, V8 snapshot, .pak files) and its UI
# locales; Qt's own Korean strings, which Byline loads by name.
file(INSTALL "${BYLINE_QT_PREFIX}/${BYLINE_QT_DATA}/resources/" DESTINATION "${prefix}/resources"
     PATTERN "locales" EXCLUDE)
set(translations "${BYLINE_QT_PREFIX}/${BYLINE_QT_TRANSLATIONS}")
file(INSTALL "${translations}/qtwebengine_locales" DESTINATION "${prefix}/translations")
foreach(catalog qtbase qtwebengine)
    foreach(language ko en)
        if(EXISTS "${translations}/${catalog}_${language}.qm")
            file(INSTALL "${translations}/${catalog}_${language}.qm" DESTINATION "${prefix}/translations")
        endif()
    endforeach()
endforeach()

# Where Qt finds everything, for byline and for the helper process.
set(qt_conf "[Paths]
Prefix = ..
Libraries = lib
LibraryExecutables = libexec
Plugins = plugins
Data = .
Translations = translations
")
file(WRITE "${prefix}/bin/qt.conf" "${qt_conf}")
file(WRITE "${libexec}/qt.conf" "${qt_conf}")

# The launcher at the top of the tarball and a note on what it is.
file(WRITE "${prefix}/byline" [=[#!/bin/sh
# Byline from the relocatable tarball. bin/byline finds its libraries, plugins
# and Chromium's files beside it; this only saves typing the path.
here=$(dirname "$(readlink -f "$0")")
exec "$here/bin/byline" "$@"
]=])
file(CHMOD "${prefix}/byline" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
     WORLD_READ WORLD_EXECUTE)
file(WRITE "${prefix}/README.txt" "Byline ${BYLINE_VERSION}, relocatable build for 64-bit Linux

Unpack anywhere and run ./byline (the window) or ./byline --help (the command
line). Qt, Qt WebEngine and the other libraries Byline needs are inside; the
system provides the C library, the graphics driver (libGL/libEGL, libgbm,
libdrm), X11 (libX11, libxcb), fontconfig and fonts, and ALSA, as every desktop
does. Fonts with Hangul (Noto CJK or Nanum) make Korean text readable.

Passwords for publishing targets go to the system keychain (Secret Service:
GNOME Keyring or KWallet with libsecret installed). https sites are checked
against the system's certificate authorities in
/etc/ssl/certs/ca-certificates.crt (the ca-certificates package); a proxy is
taken from http_proxy, https_proxy and no_proxy.

./install-desktop-entry adds Byline to your application menu and makes it
open .byline files; ./install-desktop-entry --remove takes that back.

It needs glibc 2.39 or later: Debian 13, Ubuntu 24.04 and later. Debian 13
and Ubuntu 25.04 or later can install the .deb instead, which uses the
system's Qt.
")

# Menu entry, icon and file type for the user who unpacked the tarball,
# pointing at wherever it lies.
file(WRITE "${prefix}/install-desktop-entry" [=[#!/bin/sh
# Adds (or with --remove, removes) Byline's menu entry, icons and the .byline
# file type for the current user, pointing at this unpacked tarball.
set -e
here=$(dirname "$(readlink -f "$0")")
data=${XDG_DATA_HOME:-$HOME/.local/share}
id=news.byline.Byline
if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/$id.desktop" "$data/mime/packages/$id.xml"
    find "$data/icons/hicolor" -name "$id.*" -delete 2>/dev/null || true
else
    mkdir -p "$data/applications" "$data/mime/packages" "$data/icons"
    sed "s|^Exec=byline|Exec=\"$here/byline\"|" "$here/share/applications/$id.desktop" \
        >"$data/applications/$id.desktop"
    cp "$here/share/mime/packages/$id.xml" "$data/mime/packages/"
    cp -r "$here/share/icons/hicolor" "$data/icons/"
fi
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
]=])
file(CHMOD "${prefix}/install-desktop-entry" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
     GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
