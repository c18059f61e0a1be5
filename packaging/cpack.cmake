# Installers from the one version, project(VERSION) (docs/packaging.md):
#   Linux    cpack -G DEB          a .deb for Debian 13 and Ubuntu 25.04 or later (tools/package)
#   Windows  cpack -G NSIS         an installer with Qt deployed by windeployqt (CI)
#   macOS    cpack -G DragNDrop    a DMG of Byline.app (CI signs and notarizes it)
# Included from the top-level CMakeLists.txt after everything it installs.

set(CPACK_PACKAGE_NAME byline)
set(CPACK_PACKAGE_VENDOR "The Byline developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${BYLINE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "newsroom editor for news articles with photos")
# Debian shows the description as it is: lines under 80 characters.
set(CPACK_PACKAGE_DESCRIPTION [=[
Byline is the desktop editor for reporters and desk editors: write the story
with its full structure, manage its photos and captions, see it as readers
will on a desktop browser and on a phone, and publish it to the newsroom's
CMS (WordPress, or a folder) exactly once. Korean first, English too.]=])
set(CPACK_PACKAGE_INSTALL_DIRECTORY Byline)
set(CPACK_PACKAGE_EXECUTABLES byline Byline)
set(CPACK_STRIP_FILES ON)
# One package each, without install components: the linux_bundle component
# (the tarball's Qt) stays out of every installer.
set(CPACK_MONOLITHIC_INSTALL ON)
set(CPACK_VERBATIM_VARIABLES ON)
# Signing (sign.cmake): what goes in before the package is built, the package
# after; the NSIS uninstaller through makensis (cpack-runtime.cmake). Nothing
# is signed without the CI secrets in the environment.
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/sign.cmake)
set(CPACK_POST_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/sign.cmake)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/cpack-runtime.cmake)
set(CPACK_BYLINE_CMAKE_COMMAND "${CMAKE_COMMAND}")
set(CPACK_BYLINE_SIGN_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/sign.cmake)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

# --- Debian -----------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME byline)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BYLINE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps turns the libraries the executable links into Depends (with
# libqt6webenginecore6-bin, QtWebEngineProcess, from WebEngine's symbols
# file). What it cannot see is loaded at run time, so it is named here
# (Debian 13 names):
#   libqt6sql6-sqlite          the SQLite driver plugin: the library is SQLite
#   qt6-image-formats-plugins  WebP and TIFF photos (JPEG and PNG are in libqt6gui6)
#   libsecret-1-0              QtKeychain opens it at run time: without it no
#                              publishing target can keep its password
#   ca-certificates            the system's trusted authorities, which libcurl
#                              (linked: libcurl4t64 comes from shlibdeps) checks
#                              every https site against; libcurl only recommends it
#   fonts-noto-cjk | fonts-nanum   Hangul: without a CJK font every story shows boxes
#   hunspell-ko | hunspell-dictionary   the spelling dictionaries
# The xcb and offscreen platform plugins and the ibus input method (Korean
# input) are in libqt6gui6, which shlibdeps adds; qt6-qpa-plugins holds only
# the VNC and TUIO plugins, which Byline does not use.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-image-formats-plugins, libsecret-1-0, ca-certificates, fonts-noto-cjk | fonts-nanum, \
hunspell-ko | hunspell-dictionary")
# Installed by default, and Byline copes without them:
#   gnome-keyring | kwalletmanager        a Secret Service for libsecret (desktops have one)
#   qt6-translations-l10n                 Qt's own dialogs in Korean
#   qt6-wayland                           native Wayland sessions (otherwise XWayland)
#   qt6-svg-plugins                       SVG icon themes
#   xdg-utils                             links open in the user's browser
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, qt6-translations-l10n, qt6-wayland, qt6-svg-plugins, xdg-utils")

# --- Windows (NSIS) ---------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME Byline)
set(CPACK_NSIS_DISPLAY_NAME Byline)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Byline)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\byline.exe")
set(CPACK_NSIS_MUI_ICON "${PROJECT_BINARY_DIR}/packaging/icons/byline.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_BINARY_DIR}/packaging/icons/byline.ico")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${BYLINE_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall Byline")
# .byline packages open in Byline: a ProgID for the machine, Byline in "Open
# with", and Explorer told about it. Uninstalling removes exactly these keys
# (.byline only while it still points at Byline). User data (the library in
# %APPDATA%) is never touched.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKLM "Software\Classes\.byline" "" "Byline.Article"
  WriteRegStr HKLM "Software\Classes\.byline" "Content Type" "application/x-byline-article"
  WriteRegStr HKLM "Software\Classes\.byline\OpenWithProgids" "Byline.Article" ""
  WriteRegStr HKLM "Software\Classes\Byline.Article" "" "Byline article package"
  WriteRegStr HKLM "Software\Classes\Byline.Article\DefaultIcon" "" "$INSTDIR\bin\byline.exe,0"
  WriteRegStr HKLM "Software\Classes\Byline.Article\shell\open\command" "" '"$INSTDIR\bin\byline.exe" "%1"'
  WriteRegStr HKLM "Software\Classes\Applications\byline.exe\SupportedTypes" ".byline" ""
  WriteRegStr HKLM "Software\Classes\Applications\byline.exe\shell\open\command" "" '"$INSTDIR\bin\byline.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 HKLM "Software\Classes\.byline" ""
  StrCmp $0 "Byline.Article" 0 +2
    DeleteRegKey HKLM "Software\Classes\.byline"
  DeleteRegValue HKLM "Software\Classes\.byline\OpenWithProgids" "Byline.Article"
  DeleteRegKey HKLM "Software\Classes\Byline.Article"
  DeleteRegKey HKLM "Software\Classes\Applications\byline.exe"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

# --- macOS (DragNDrop) ------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Byline ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    set(CPACK_PACKAGE_FILE_NAME "Byline-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
elseif(WIN32)
    set(CPACK_PACKAGE_FILE_NAME "Byline-${PROJECT_VERSION}-windows-x64-setup")
endif()

include(CPack)
