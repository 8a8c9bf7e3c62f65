#!/usr/bin/env bash
# Proves the packages in clean Debian 12 roots:
#   installer/prove.sh BUILD_DIR
# 1. builds the offline installer (make-installer.sh) and the .deb (CPack);
# 2. bootstraps two Debian 12 roots with mmdebstrap from the mirror this machine's apt
#    uses, cached as tarballs in $KEYDESK_PROOF_CACHE (default
#    ${XDG_CACHE_HOME:-~/.cache}/keydesk): "desktop" (the libraries a desktop has -
#    X11, GL, GTK, fonts, D-Bus, OpenSSL - and no Qt) and "base" (minbase);
# 3. in a fresh copy of "desktop", with the network cut (unshare -n): installs the .run
#    system-wide, runs keydesk --version, keydesk-cli --version and the demo smoke test
#    (offscreen, and on Xvfb through the bundled xcb plugin), checks with ldd that every
#    bundled ELF file resolves its libraries inside the bundle or from the system list
#    (installer/system-libraries.txt), never a Qt from the system and never "not found",
#    uninstalls and checks that the file tree is as before; then the same per user;
# 4. in a fresh copy of "base": apt-get installs the .deb (this step needs the network
#    for the Depends; downloaded packages are cached), then with the network cut runs the
#    programs, purges with --autoremove and checks that nothing is left behind.
# Needs root (chroot, unshare, mounts). Prints the time of every step.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
cache=${KEYDESK_PROOF_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/keydesk}
work="$build/packaging-proof"
out="$build/packages"

fail() { echo "PROOF FAILED: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root (chroot, unshare, mount)."
for tool in mmdebstrap makeself patchelf unshare chroot readelf cpack ip Xvfb; do
    command -v "$tool" >/dev/null || fail "$tool is missing (installer/build-deps.sh installs it)."
done
# shellcheck source=/dev/null
source "$build/installer/bundle-config.sh"
version=$KEYDESK_VERSION
rm -rf "$work"
mkdir -p "$work"

# ---- timing -------------------------------------------------------------------------
start=$SECONDS
step_start=$SECONDS
step_name=
timings=()
step() {
    local now=$SECONDS
    [ -z "$step_name" ] || timings+=("$(printf '%4ds  %s' $((now - step_start)) "$step_name")")
    step_name=$1
    step_start=$now
    printf '\n==== [%3ds] %s\n' $((now - start)) "$1"
}
report_timings() {
    step ""
    echo
    echo "Timings:"
    printf '  %s\n' "${timings[@]}"
    printf '  %4ds  total\n' $((SECONDS - start))
}

# ---- chroot helpers ------------------------------------------------------------------
clean_env=(env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
           HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive)
# in_root ROOT [--net] COMMAND...: runs COMMAND in ROOT with a private /proc, and
# without network (loopback only) unless --net. Extra bind mounts: BIND_MOUNTS=("host:root-path" ...).
BIND_MOUNTS=()
in_root() {
    local root=$1; shift
    local network=(--net)
    if [ "${1:-}" = --net ]; then network=(); shift; fi
    local binds="" bind
    # A new network namespace has only a loopback interface, and it is down; an offline
    # desktop has it up (the demo serves its sample data on 127.0.0.1).
    [ ${#network[@]} -eq 0 ] || binds="ip link set lo up && "
    for bind in "${BIND_MOUNTS[@]}"; do
        binds+="mount --bind '${bind%%:*}' '$root${bind#*:}' && "
    done
    unshare "${network[@]}" --mount --pid --fork --mount-proc="$root/proc" \
        sh -c "${binds}exec chroot '$root' \"\$@\"" in_root "${clean_env[@]}" "$@"
}
# A listing of everything in ROOT except the virtual and scratch folders: type, mode,
# size (not of folders), path.
snapshot() {
    local root=$1
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./tmp \
        -o -path ./run -o -path ./var/tmp \) -prune -o -type d -printf '%y %m %p\n' \
        -o -printf '%y %m %s %p\n' | LC_ALL=C sort)
}
fresh_root() {
    local tarball=$1 root=$2
    rm -rf "$root"
    mkdir -p "$root"
    tar -xf "$tarball" -C "$root"
}

# ---- 1. the packages -----------------------------------------------------------------
step "Building the offline installer"
"$here/make-installer.sh" "$build" "$out"
run_file="$out/keydesk-$version-linux-x86_64.run"
(cd "$out" && sha256sum --check --quiet "$(basename "$run_file").sha256") || fail "checksum mismatch"

step "Building the Debian package"
rm -f "$out"/keydesk_*.deb
(cd "$build" && cpack --config CPackConfig.cmake -G DEB >/dev/null)
deb=$(ls "$out"/keydesk_"$version"*_amd64.deb)
dpkg-deb --field "$deb" Package Version Section Depends Recommends Suggests Installed-Size | sed 's/^/  /'
printf '  %s  %s\n  %s  %s\n' "$(du -h "$run_file" | cut -f1)" "$run_file" "$(du -h "$deb" | cut -f1)" "$deb"

# ---- 2. the Debian 12 roots ----------------------------------------------------------
step "Preparing clean Debian 12 roots (cache: $cache)"
mkdir -p "$cache/apt-archives/partial"
# The Debian mirror and suites this machine's apt is configured with.
mapfile -t sources < <(apt-get indextargets --format '$(SITE) $(RELEASE) $(COMPONENT)' \
    'Identifier: Packages' 'Architecture: amd64' |
    awk '$2 ~ /^bookworm(-updates|-security)?$/ && $3 == "main" { print "deb " $1 " " $2 " main" }' | sort -u)
[ ${#sources[@]} -gt 0 ] || fail "apt on this machine has no Debian 12 (bookworm) source."
printf '  %s\n' "${sources[@]}"
# What a Linux desktop has and the installer therefore does not bundle (see
# system-libraries.txt); no Qt. dbus-x11 satisfies GTK's session bus dependency
# without pulling in systemd.
desktop_packages=dbus-x11,libgtk-3-0,libgl1,libegl1,libopengl0,libx11-xcb1,libxkbcommon0,libxcb-randr0,libxcb-render0,libxcb-shm0,libxcb-xfixes0,libxcb-dri2-0,libxcb-dri3-0,libxcb-glx0,libxcb-present0,libwayland-client0,libwayland-cursor0,libwayland-egl1,libssl3,libdbus-1-3,libglib2.0-0,libfontconfig1,libfreetype6,libharfbuzz0b,libpng16-16
# Rebuilt when its recipe changes or after a week, to pick up security updates.
cached() { # cached TARBALL RECIPE
    [ -f "$1" ] && [ "$(cat "$1.stamp" 2>/dev/null)" = "$2" ] && [ -z "$(find "$1" -mtime +7)" ]
}
base_tar="$cache/debian12-base.tar"
base_recipe=$(printf '%s\n' minbase "${sources[@]}" | sha256sum | cut -c1-16)
if cached "$base_tar" "$base_recipe"; then
    echo "  base root: cached $base_tar"
else
    echo "  base root: mmdebstrap --variant=minbase bookworm"
    rm -f "$base_tar" "$base_tar.stamp"
    # Packages are cached between runs in $cache/apt-archives (mmdebstrap's recipe).
    # force-unsafe-io: no fsync in dpkg, which makes unpacking in a throwaway root fast.
    mmdebstrap --quiet --mode=root --variant=minbase --dpkgopt=force-unsafe-io \
        --setup-hook='mkdir -p "$1/var/cache/apt/archives"' \
        --setup-hook="sync-in '$cache/apt-archives' /var/cache/apt/archives" \
        --customize-hook="sync-out /var/cache/apt/archives '$cache/apt-archives'" \
        bookworm "$cache/debian12-base.partial.tar" "${sources[@]}"
    mv "$cache/debian12-base.partial.tar" "$base_tar"
    echo "$base_recipe" > "$base_tar.stamp"
fi
apt_in_root() { # apt_in_root ROOT ARGS...: apt-get with the network and the package cache
    local root=$1; shift
    BIND_MOUNTS=("$cache/apt-archives:/var/cache/apt/archives")
    in_root "$root" --net apt-get -q=2 -o APT::Sandbox::User=root -o Dpkg::Use-Pty=0 "$@" >> "$work/apt.log" 2>&1 ||
        { tail -n 40 "$work/apt.log"; fail "apt-get $* (log: $work/apt.log)"; }
    BIND_MOUNTS=()
}
desktop_tar="$cache/debian12-desktop.tar"
desktop_recipe=$(printf '%s\n' "$base_recipe" "$desktop_packages" | sha256sum | cut -c1-16)
if cached "$desktop_tar" "$desktop_recipe" && [ "$desktop_tar" -nt "$base_tar" ]; then
    echo "  desktop root: cached $desktop_tar"
else
    echo "  desktop root: base + ${desktop_packages//,/ }"
    root="$work/root-desktop"
    fresh_root "$base_tar" "$root"
    apt_in_root "$root" update
    # shellcheck disable=SC2086
    apt_in_root "$root" install -y --no-install-recommends ${desktop_packages//,/ }
    rm -rf "$root"/var/lib/apt/lists/*
    tar -C "$root" -cf "$cache/debian12-desktop.partial.tar" .
    mv "$cache/debian12-desktop.partial.tar" "$desktop_tar"
    echo "$desktop_recipe" > "$desktop_tar.stamp"
    rm -rf "$root"
fi

# ---- 3. the offline installer ----------------------------------------------------------
step "Offline installer: system-wide install without network"
root="$work/root-installer"
fresh_root "$desktop_tar" "$root"
qt_in_root=$(find "$root/usr" -iname 'libqt*.so*' | head -n 3 || true)
[ -z "$qt_in_root" ] || fail "the desktop root contains Qt: $qt_in_root"
in_root "$root" useradd --create-home --uid 1000 desk
cp "$run_file" "$root/tmp/keydesk.run"
snapshot "$root" > "$work/installer-before.txt"
# What the programs themselves write (settings, caches, a D-Bus autolaunch file in the home
# folder) goes to /tmp, outside the listing: it is user data, not installed files.
app_env='HOME=/tmp/app/home XDG_CONFIG_HOME=/tmp/app/config XDG_CACHE_HOME=/tmp/app/cache XDG_DATA_HOME=/tmp/app/data XDG_STATE_HOME=/tmp/app/state XDG_RUNTIME_DIR=/tmp/app/run QT_QPA_PLATFORM=offscreen'
smoke_test() { # the programs, found on PATH through the links the installer made
    cat <<EOF
set -eu
mkdir -p /tmp/app/run /tmp/app/home && chmod 700 /tmp/app/run
echo "network interfaces: \$(awk 'NR > 2 { sub(":", "", \$1); printf "%s ", \$1 }' /proc/net/dev)"
echo "\$ keydesk --version";      env $app_env keydesk --version
echo "\$ keydesk-cli --version";  env $app_env keydesk-cli --version
env $app_env keydesk --help | grep -q -- '--smoke-test' ||
    { echo "keydesk --help lists no --smoke-test option" >&2; exit 1; }
echo "\$ keydesk --demo --smoke-test 5"
env $app_env timeout 60 keydesk --demo --smoke-test 5
echo "smoke test: exit status 0"
rm -rf /tmp/app
EOF
}
in_root "$root" sh -c "sh /tmp/keydesk.run --quiet -- --system"
in_root "$root" sh -c "$(smoke_test)"
# Running it again replaces the installation (its manifest is rewritten, not appended).
second_run=$(in_root "$root" sh /tmp/keydesk.run --quiet)
grep -qx 'Replacing the KeyDesk installation in /opt/keydesk' <<<"$second_run" ||
    fail "a second run did not replace the installation: $second_run"
echo "  a second run replaced the installation"
# The same on an X server (Xvfb, reached through its socket only): the bundled xcb
# platform plugin with the bundled xcb utility libraries and the system's libX11/libxcb.
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3> "$work/xvfb-display" 2> "$work/xvfb.log" &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -s "$work/xvfb-display" ] && break; sleep 0.1; done
[ -s "$work/xvfb-display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
display=":$(cat "$work/xvfb-display")"
mkdir -p "$root/tmp/.X11-unix"
BIND_MOUNTS=("/tmp/.X11-unix:/tmp/.X11-unix")
echo "\$ DISPLAY=$display QT_QPA_PLATFORM=xcb keydesk --demo --smoke-test 5"
in_root "$root" sh -c "mkdir -p /tmp/app/run /tmp/app/home && chmod 700 /tmp/app/run &&
    env $app_env QT_QPA_PLATFORM=xcb DISPLAY=$display timeout 60 keydesk --demo --smoke-test 5 && rm -rf /tmp/app"
BIND_MOUNTS=()
kill "$xvfb_pid"
trap - EXIT
for path in /usr/local/bin/keydesk /usr/local/share/applications/io.keydesk.KeyDesk.desktop \
            /usr/local/share/icons/hicolor/scalable/apps/io.keydesk.KeyDesk.svg \
            /usr/local/share/man/man1/keydesk-cli.1.gz /opt/keydesk/uninstall.sh; do
    [ -e "$root$path" ] || [ -L "$root$path" ] || fail "the system-wide install did not create $path"
done
grep -qx 'Exec=/opt/keydesk/bin/keydesk' "$root/usr/local/share/applications/io.keydesk.KeyDesk.desktop" ||
    fail "the installed desktop entry does not start /opt/keydesk/bin/keydesk"

step "Offline installer: ldd of every bundled ELF file"
mapfile -t system_patterns < <(grep -v '^#' "$here/system-libraries.txt" | sed '/^[[:space:]]*$/d')
system_regex="^($(IFS='|'; echo "${system_patterns[*]}"))\$"
mapfile -t elves < <(cd "$root" && find opt/keydesk -type f -exec sh -c \
    'head -c 4 "$1" | grep -q "^.ELF" && echo "/$1"' sh {} \; | sort)
in_root "$root" sh -c 'for f in "$@"; do echo "=== $f"; ldd "$f" 2>&1; done' ldd "${elves[@]}" > "$work/ldd.txt"
problems=$(
    for elf in "${elves[@]}"; do
        resolved=$(awk -v f="$elf" '$0 == "=== " f { on = 1; next } /^===/ { on = 0 } on' "$work/ldd.txt")
        grep -q 'not found' <<<"$resolved" && echo "$elf: $(grep 'not found' <<<"$resolved" | tr -s ' \t' ' ')"
        # No Qt from anywhere but the bundle, even deep in the closure.
        awk '$1 ~ /^lib(Qt6|qt6)/ && $3 !~ /^\/opt\/keydesk\// { print $1 " => " $3 }' <<<"$resolved" |
            sed "s|^|$elf: Qt outside the bundle: |"
        # Each direct dependency: in the bundle, or one of the system's.
        for needed in $(readelf -d "$root$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
            location=$(awk -v n="$needed" '$1 == n && $2 == "=>" { print $3; exit }' <<<"$resolved")
            case $location in
                /opt/keydesk/*) ;;
                *) [[ $needed =~ $system_regex ]] || echo "$elf: $needed resolved outside the bundle: $location" ;;
            esac
        done
    done; true)
echo "  ${#elves[@]} ELF files checked"
echo "  system libraries used directly: $(for elf in "${elves[@]}"; do readelf -d "$root$elf"; done |
    sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u | grep -E "$system_regex" | tr '\n' ' ')"
[ -z "$problems" ] || fail "ldd:
$problems"

step "Offline installer: system-wide uninstall"
in_root "$root" /opt/keydesk/uninstall.sh
snapshot "$root" > "$work/installer-after-system.txt"
diff -u "$work/installer-before.txt" "$work/installer-after-system.txt" ||
    fail "the system-wide uninstall left the file tree changed (diff above)"
echo "  file tree identical to before the install"

step "Offline installer: per-user install and uninstall without network"
as_user=(runuser -u desk -- env HOME=/home/desk USER=desk)
in_root "$root" "${as_user[@]}" sh /tmp/keydesk.run --quiet
[ -x "$root/home/desk/.local/opt/keydesk/libexec/keydesk" ] || fail "nothing in ~/.local/opt/keydesk"
[ -L "$root/home/desk/.local/bin/keydesk" ] || fail "no link ~/.local/bin/keydesk"
[ -f "$root/home/desk/.local/share/applications/io.keydesk.KeyDesk.desktop" ] || fail "no desktop entry in ~/.local/share"
in_root "$root" "${as_user[@]}" PATH=/home/desk/.local/bin:/usr/bin:/bin sh -c "$(smoke_test)"
in_root "$root" "${as_user[@]}" /home/desk/.local/opt/keydesk/uninstall.sh
snapshot "$root" > "$work/installer-after-user.txt"
diff -u "$work/installer-before.txt" "$work/installer-after-user.txt" ||
    fail "the per-user uninstall left the file tree changed (diff above)"
echo "  file tree identical to before the install"
rm -rf "$root"

# ---- 4. the Debian package ---------------------------------------------------------------
step "Debian package: apt-get install in a clean root (network for the Depends)"
root="$work/root-deb"
fresh_root "$base_tar" "$root"
cp "$deb" "$root/tmp/"
snapshot "$root" > "$work/deb-before.txt"
apt_in_root "$root" update
apt_in_root "$root" install -y --no-install-recommends "/tmp/$(basename "$deb")"
in_root "$root" dpkg-query -W -f='installed: ${Package} ${Version}\n' keydesk

step "Debian package: run without network, purge"
in_root "$root" sh -c "$(smoke_test)"
in_root "$root" dpkg -L keydesk > "$work/deb-files.txt"
for path in /usr/bin/keydesk /usr/bin/keydesk-cli /usr/share/applications/io.keydesk.KeyDesk.desktop \
            /usr/share/metainfo/io.keydesk.KeyDesk.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/io.keydesk.KeyDesk.svg \
            /usr/share/man/man1/keydesk-cli.1.gz /usr/share/doc/keydesk/copyright; do
    grep -qx "$path" "$work/deb-files.txt" || fail "the package does not contain $path"
done
! grep -q sandbox "$work/deb-files.txt" || fail "the package contains the developer sandbox"
in_root "$root" apt-get -q=2 -o Dpkg::Use-Pty=0 purge -y --autoremove keydesk >> "$work/apt.log" 2>&1 ||
    { tail -n 40 "$work/apt.log"; fail "apt-get purge (log: $work/apt.log)"; }
in_root "$root" sh -c '! dpkg-query -W keydesk 2>/dev/null | grep -q .' || fail "keydesk is still known to dpkg"
while IFS= read -r path; do
    [ -d "$root$path" ] && [ ! -L "$root$path" ] && continue  # shared folders such as /usr/share
    [ ! -e "$root$path" ] || fail "purge left $path"
done < "$work/deb-files.txt"
# apt's and dpkg's own records, logs and caches change; nothing else may.
snapshot "$root" | grep -vE ' \./(var/(lib/(apt|dpkg)|cache|log)|etc/ld\.so\.cache)(/|$)' > "$work/deb-after.txt"
grep -vE ' \./(var/(lib/(apt|dpkg)|cache|log)|etc/ld\.so\.cache)(/|$)' "$work/deb-before.txt" |
    diff -u - "$work/deb-after.txt" || fail "purge --autoremove left the file tree changed (diff above)"
echo "  purged; every file of the package is gone and the file tree is as before"
rm -rf "$root"

report_timings
echo "PROOF PASSED: $(basename "$run_file") ($(du -h "$run_file" | cut -f1)), $(basename "$deb") ($(du -h "$deb" | cut -f1))"
