# Shared by the tools/ scripts: find or make the Debian 13 build environment
# and run commands inside it. Sourced, not run.
# shellcheck shell=bash

set -euo pipefail

BYLINE_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BYLINE_CACHE=${BYLINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/byline}
# Bump when the way the root is made changes, so old roots are rebuilt.
BYLINE_ROOT_SCHEMA=3

say() { printf '\033[1m[byline]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[byline]\033[0m %s\n' "$*" >&2; exit 1; }

byline_packages() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$BYLINE_TOP/tools/packages" | grep -v '^$'
}

byline_root_dir() {
    local hash
    hash=$( { echo "schema $BYLINE_ROOT_SCHEMA"; byline_packages; } | sha256sum | cut -c1-16)
    echo "$BYLINE_CACHE/root-$hash"
}

# Native when the host already has every package (Debian 13, or a later
# Ubuntu with the same names), unless BYLINE_NATIVE says otherwise.
byline_is_native() {
    case "${BYLINE_NATIVE:-auto}" in
        1|yes) return 0 ;;
        0|no) return 1 ;;
    esac
    command -v dpkg-query >/dev/null || return 1
    local missing
    missing=$(byline_packages | xargs dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' 2>&1 \
              | grep -v '^ii ' || true)
    [ -z "$missing" ]
}

# The Debian archive the host already uses; no host name lives in the repository.
byline_mirror() {
    if [ -n "${BYLINE_MIRROR:-}" ]; then echo "$BYLINE_MIRROR"; return; fi
    local uri
    # Either file may be missing: that must not end the script silently.
    uri=$( { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}';
             grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
                 | sed 's/\[[^]]*\]//' | awk '{print $2}'; } \
           | grep -E '/debian/?$' | grep -v security | head -n1 || true)
    [ -n "$uri" ] || die "No Debian archive found in the host's apt sources. Set BYLINE_MIRROR to a Debian mirror URL."
    echo "${uri%/}"
}

byline_host_tools() {
    local need=()
    command -v debootstrap >/dev/null || need+=(debootstrap)
    command -v bwrap >/dev/null || need+=(bubblewrap)
    [ -e /usr/share/keyrings/debian-archive-keyring.gpg ] || need+=(debian-archive-keyring)
    [ ${#need[@]} -eq 0 ] && return
    say "Installing host tools: ${need[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
}

# bwrap arguments that make ROOT look like the whole system, with the
# checkout, /tmp and $HOME shared with the host at the same paths.
byline_bwrap_args() {
    local root=$1
    BWRAP_ARGS=(--bind "$root" / --dev /dev --tmpfs /dev/shm --proc /proc --ro-bind /sys /sys
                --bind /tmp /tmp --ro-bind /etc/resolv.conf /etc/resolv.conf
                --bind "$BYLINE_TOP" "$BYLINE_TOP" --die-with-parent)
    case "$HOME" in
        /|"") ;;
        *) mkdir -p "$root$HOME"; BWRAP_ARGS+=(--bind "$HOME" "$HOME") ;;
    esac
    BWRAP_ARGS+=(--setenv PATH "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
}

# Removes a (possibly half-built) root. An interrupted debootstrap can leave
# /proc and friends mounted inside it: unmount those first, deepest first.
byline_remove_tree() {
    local dir=$1 mounts
    [ -e "$dir" ] || return 0
    mounts=$(awk -v d="$dir/" 'index($2, d) == 1 {print $2}' /proc/self/mounts | sort -r)
    for m in $mounts; do umount -l "$m" 2>/dev/null || true; done
    rm -rf "$dir"
}

byline_make_root() {
    local root=$1 partial="$1.partial" mirror
    byline_host_tools
    mirror=$(byline_mirror)
    byline_remove_tree "$partial"
    mkdir -p "$BYLINE_CACHE"
    say "Creating the Debian 13 build root (about two minutes, once): $root"
    debootstrap --variant=minbase trixie "$partial" "$mirror" >"$BYLINE_CACHE/debootstrap.log" 2>&1 \
        || die "debootstrap failed; see $BYLINE_CACHE/debootstrap.log"
    # Package installs must never start services on this machine.
    printf '#!/bin/sh\nexit 101\n' >"$partial/usr/sbin/policy-rc.d"
    chmod +x "$partial/usr/sbin/policy-rc.d"
    printf 'en_US.UTF-8 UTF-8\nko_KR.UTF-8 UTF-8\n' >"$partial/etc/locale.gen"
    byline_bwrap_args "$partial"
    local pkgs
    pkgs=$(byline_packages | tr '\n' ' ')
    bwrap "${BWRAP_ARGS[@]}" --chdir / /bin/bash -c "
        set -e
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends locales $pkgs
        apt-get clean
        rm -rf /var/lib/apt/lists/*
    " >"$BYLINE_CACHE/apt.log" 2>&1 || die "Installing packages failed; see $BYLINE_CACHE/apt.log"
    # The stamp is written last: a root without it was interrupted.
    date -u +%FT%TZ >"$partial/.byline-complete"
    mv "$partial" "$root"
    # Older roots made from another package list are no longer needed.
    local old
    for old in "$BYLINE_CACHE"/root-*; do
        [ "$old" = "$root" ] || byline_remove_tree "$old"
    done
    say "Build root ready."
}

# Makes sure the environment exists; sets BYLINE_ROOT ("" when native).
byline_env() {
    BYLINE_ROOT=""
    if byline_is_native; then return; fi
    [ "$(id -u)" -eq 0 ] || command -v sudo >/dev/null || die "Making the build root needs root or sudo."
    local root
    root=$(byline_root_dir)
    mkdir -p "$BYLINE_CACHE"
    exec 9>"$BYLINE_CACHE/.lock"
    flock 9
    if [ ! -f "$root/.byline-complete" ]; then
        byline_remove_tree "$root"
        byline_make_root "$root"
    fi
    flock -u 9
    BYLINE_ROOT=$root
}

# Runs a command in the build environment, from the current directory.
byline_in_env() {
    if [ -z "$BYLINE_ROOT" ]; then
        "$@"
        return
    fi
    byline_bwrap_args "$BYLINE_ROOT"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo --preserve-env)
    "${sudo[@]}" bwrap "${BWRAP_ARGS[@]}" --chdir "$PWD" "$@"
}

BYLINE_BUILD_DIR="$BYLINE_TOP/build/dev"

byline_build() {
    local preset=${1:-dev}
    local dir="$BYLINE_TOP/build/$preset"
    cd "$BYLINE_TOP"
    if [ ! -f "$dir/build.ninja" ]; then
        byline_in_env cmake --preset "$preset" >&2
    fi
    byline_in_env cmake --build "$dir" >&2
}
