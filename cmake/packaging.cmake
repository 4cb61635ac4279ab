# Desktop integration and the Debian package: what `cmake --install` puts beside the binary and how
# `cpack -G DEB` wraps it. Translations and the window icon are compiled into the binary; the files
# below are for the desktop (menus, software centres, icon themes) only.
# tests/install_package.sh checks the installed tree and the package.

set(SIPREF_APP_ID io.github.sipref.sipref)

install(FILES ${PROJECT_SOURCE_DIR}/resources/${SIPREF_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${SIPREF_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/sipref.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${SIPREF_APP_ID}.svg)
# The PNGs are committed, not built, so the build needs no SVG renderer. They were rendered with
# QSvgRenderer from icons/sipref.svg (32 px and up) and icons/sipref-small.svg (16 and 24 px, drawn on
# the pixel grid); render them again after changing either.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/icons/hicolor
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)

set(CPACK_PACKAGE_NAME sipref)
set(CPACK_PACKAGE_VENDOR "sipref developers")
set(CPACK_PACKAGE_CONTACT "sipref developers <dev@sipref.invalid>")
set(CPACK_PACKAGE_HOMEPAGE_URL https://github.com/sipref/sipref)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "SIP response codes explained and SIP messages inspected")
# Debian's extended description: lines under 80 columns; cpack indents them.
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop tool and command-line program for people who troubleshoot SIP, in
English and Simplified Chinese: every IANA-registered SIP response code and the
GB/T 28181 platform codes, ITU-T Q.850 cause values and SIP Warning codes, each
with what it means and what to check; and an inspector that finds the SIP
messages in a pasted log and lists every fault with the RFC section behind it.")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The package ships the binary without the debug info a RelWithDebInfo build carries (~15 MB).
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds the libraries the binary links; it cannot see plugins Qt loads at run time:
# the SVG icon engine (libqt6svg6) draws the window icon, Wayland sessions want the native platform
# plugin, and the Chinese interface needs a CJK font.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk | fonts-wqy-microhei")

include(CPack)
