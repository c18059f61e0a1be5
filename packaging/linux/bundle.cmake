# The relocatable Linux tarball (tools/package, docs/packaging.md): Byline
# with the Qt it was built with and every library it needs, except those a
# desktop always has and that must match the machine: the C library, the C++
# runtime (newer ones run older programs), the graphics driver stack, core X11,
# fontconfig/freetype (their configuration belongs to the system) and ALSA.
# file(GET_RUNTIME_DEPENDENCIES) matches these against the names in DT_NEEDED.
# The patterns avoid backslashes: Qt writes them into a generated script.
set(BYLINE_BUNDLE_SYSTEM_LIBRARIES
    "^linux-vdso[.]so" "^ld-linux" "^libc[.]so" "^libm[.]so" "^libmvec[.]so" "^libdl[.]so" "^libpthread[.]so"
    "^librt[.]so" "^libresolv[.]so" "^libutil[.]so" "^libanl[.]so" "^libnsl[.]so" "^libBrokenLocale[.]so"
    "^libthread_db[.]so" "^libstdc[+][+][.]so" "^libgcc_s[.]so"
    "^libGL[.]so" "^libGLX[.]so" "^libEGL[.]so" "^libGLdispatch[.]so" "^libOpenGL[.]so" "^libGLESv[12]"
    "^libgbm[.]so" "^libdrm[.]so" "^libvulkan[.]so"
    "^libX11[.]so" "^libX11-xcb[.]so" "^libxcb[.]so"
    "^libfontconfig[.]so" "^libfreetype[.]so" "^libasound[.]so")

# The Qt plugins the bundle carries, relative to Qt's plugin folder (globs;
# those not installed are skipped). Qt's deployment would pick them from the
# CMake targets, but Debian's Qt 6.8 does not ship Qt6GuiPlugins.cmake and
# friends, so it finds none.
set(BYLINE_BUNDLE_PLUGINS
    platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqminimal.so platforms/libqwayland*.so
    xcbglintegrations/*.so wayland-*/*.so platforminputcontexts/*.so platformthemes/libqxdgdesktopportal.so
    imageformats/libqgif.so imageformats/libqico.so imageformats/libqjpeg.so imageformats/libqwebp.so
    imageformats/libqtiff.so imageformats/libqsvg.so iconengines/libqsvgicon.so
    sqldrivers/libqsqlite.so tls/*.so networkinformation/*.so)

# Adds the linux_bundle install component to TARGET: Qt's deployment
# (DEPLOY_SCRIPT from qt_generate_deploy_app_script) followed by what it does
# not cover for a Qt WebEngine app (bundle-finish.cmake).
function(byline_install_linux_bundle target deploy_script)
    # The bundled executable finds its libraries in ../lib. DT_RPATH (not
    # RUNPATH) so that it also applies to the libraries' own dependencies and
    # to plugins. The build tree's binary carries it; the normal install (the
    # .deb) strips it as usual.
    set_target_properties(${target} PROPERTIES BUILD_RPATH "\$ORIGIN/../lib")
    target_link_options(${target} PRIVATE "LINKER:--disable-new-dtags")
    install(CODE "
        # Qt ignores library folders outside its prefix; Debian's Qt is in /usr
        # and the linker finds the libraries in /lib, so say what to ignore.
        set(QT_DEPLOY_IGNORED_LIB_DIRS /usr/lib/gcc)
        set(QT_DEPLOY_BIN_DIR bin)
        set(QT_DEPLOY_LIB_DIR lib)
        set(QT_DEPLOY_LIBEXEC_DIR libexec)
        set(QT_DEPLOY_PLUGINS_DIR plugins)
        set(QT_DEPLOY_TRANSLATIONS_DIR translations)
        include(\"${deploy_script}\")
        set(BYLINE_EXECUTABLE \"$<TARGET_FILE:${target}>\")
        set(BYLINE_STRIP \"${CMAKE_STRIP}\")
        set(BYLINE_QT_PREFIX \"${QT6_INSTALL_PREFIX}\")
        set(BYLINE_QT_LIBS \"${QT6_INSTALL_LIBS}\")
        set(BYLINE_QT_PLUGINS \"${QT6_INSTALL_PLUGINS}\")
        set(BYLINE_BUNDLE_PLUGINS \"${BYLINE_BUNDLE_PLUGINS}\")
        set(BYLINE_BUNDLE_SYSTEM_LIBRARIES \"${BYLINE_BUNDLE_SYSTEM_LIBRARIES}\")
        set(BYLINE_QT_LIBEXECS \"${QT6_INSTALL_LIBEXECS}\")
        set(BYLINE_QT_DATA \"${QT6_INSTALL_DATA}\")
        set(BYLINE_QT_TRANSLATIONS \"${QT6_INSTALL_TRANSLATIONS}\")
        set(BYLINE_VERSION \"${PROJECT_VERSION}\")
        include(\"${CMAKE_CURRENT_FUNCTION_LIST_DIR}/bundle-finish.cmake\")
        " COMPONENT linux_bundle EXCLUDE_FROM_ALL)
endfunction()
