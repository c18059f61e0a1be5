#!/usr/bin/env bash
# CI on Windows and macOS: builds the KDE Frameworks pieces and QtKeychain
# Byline links against the Qt that install-qt-action put in place (the package
# managers' builds would bring a second Qt). Debian has them as packages; the
# versions match Debian 13's. Installs into $1. Needs cmake, ninja, git, a C++
# compiler environment and, for KSyntaxHighlighting, perl.
#
# Assumed (not verifiable on the Linux machine this was written on): the tags
# below exist on the GitHub mirrors of invent.kde.org; ZLIB is found (vcpkg on
# Windows, the SDK on macOS); KF6 6.13 builds against Qt 6.8.
set -euo pipefail
prefix=$1
ecm_version=6.13.0
kf_version=6.13.0
keychain_version=0.15.0
work=${RUNNER_TEMP:-/tmp}/byline-deps
mkdir -p "$work"

build() {
    local name=$1 url=$2 tag=$3
    shift 3
    rm -rf "$work/$name"
    git clone --quiet --depth 1 --branch "$tag" "$url" "$work/$name"
    cmake -S "$work/$name" -B "$work/$name/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="$prefix;${CMAKE_PREFIX_PATH:-}" \
        -DBUILD_TESTING=OFF -DBUILD_QCH=OFF "$@"
    cmake --build "$work/$name/build"
    cmake --install "$work/$name/build"
}

build extra-cmake-modules https://github.com/KDE/extra-cmake-modules.git "v$ecm_version"
build karchive https://github.com/KDE/karchive.git "v$kf_version" -DWITH_BZIP2=OFF -DWITH_LIBLZMA=OFF \
    -DWITH_LIBZSTD=OFF -DWITH_OPENSSL=OFF
build syntax-highlighting https://github.com/KDE/syntax-highlighting.git "v$kf_version" -DQT_MAJOR_VERSION=6
build qtkeychain https://github.com/frankosterfeld/qtkeychain.git "$keychain_version" -DBUILD_WITH_QT6=ON \
    -DBUILD_TRANSLATIONS=OFF
