#!/usr/bin/env bash
# Installs the Debian 12 packages KeyDesk needs to build, test and run, if missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev libgl-dev
    libgtest-dev
    libsecret-1-0 libsecret-tools gnome-keyring dbus-x11 dbus
    curl xvfb xauth openssl
    # tests/watch: a real notification server and tray host on Xvfb (dunstctl reads back)
    dunst trayer x11-utils
    # tests/vault, tests/cli, tests/flows, tests/leaks: deliveries to the real tools (test
    # only: the product finds them at run time and the .deb merely suggests them)
    pass keepassxc
    # zone data: expiry dates are days of the user's time zone, tested under TZ=…
    tzdata
    clang libclang-rt-14-dev llvm
    # packaging: the Qt plugins the offline installer bundles, the tools that build and
    # check the .deb and the .run, and the Debian 12 roots of installer/prove.sh
    qt6-wayland qt6-gtk-platformtheme qt6-xdgdesktopportal-platformtheme
    dpkg-dev makeself patchelf mmdebstrap binutils iproute2
    appstream desktop-file-utils librsvg2-bin groff-base
    # the leak scan: git for the history (tests/leakscan), ripgrep and GNU time for the
    # benchmark's baseline and peak memory (tests/bench/leak-scan.sh)
    git ripgrep time
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null || true)
    [[ "$status" == ii* ]] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
