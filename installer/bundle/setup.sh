#!/bin/sh
# KeyDesk offline installer; makeself runs this inside the unpacked archive.
#   keydesk-VERSION-linux-x86_64.run [-- --user | --system] [--prefix DIR]
# As root it installs for everybody: /opt/keydesk, links in /usr/local/bin, the menu
# entry, icons and manual page under /usr/local/share. Otherwise it installs for the
# current user: ~/.local/opt/keydesk, ~/.local/bin and $XDG_DATA_HOME (~/.local/share).
# Everything it creates is recorded in PREFIX/.install-manifest; PREFIX/uninstall.sh
# removes exactly that. Needs no network.
set -eu

payload=$(pwd -P)/keydesk
version=$(cat "$payload/VERSION")
minimum_glibc=2.36

die() { printf 'keydesk installer: %s\n' "$*" >&2; exit 1; }
usage() {
    cat <<EOF
Installs KeyDesk $version.
Usage: $0 [--user | --system] [--prefix DIR]
  --user        install for the current user (default unless run as root):
                ~/.local/opt/keydesk, links in ~/.local/bin, menu entry in ~/.local/share
  --system      install for all users (default as root): /opt/keydesk, links in
                /usr/local/bin, menu entry and icons in /usr/local/share
  --prefix DIR  install the program files into DIR instead
When run from the .run file, put these options after "--".
EOF
}

mode=auto
prefix=
while [ $# -gt 0 ]; do
    case $1 in
        --user) mode=user ;;
        --system) mode=system ;;
        --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; prefix=$2; shift ;;
        --prefix=*) prefix=${1#--prefix=} ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
    shift
done

[ "$(uname -m)" = x86_64 ] || die "this installer is for x86_64 Linux; this machine is $(uname -m)."
glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{ print $2 }')
[ -n "$glibc" ] || die "the GNU C library was not found (musl-based systems are not supported)."
if [ "$(printf '%s\n%s\n' "$minimum_glibc" "$glibc" | sort -V | head -n 1)" != "$minimum_glibc" ]; then
    die "KeyDesk needs glibc $minimum_glibc or newer (Debian 12, Ubuntu 23.04, Fedora 37 or later); this system has $glibc."
fi

[ "$mode" = auto ] && { [ "$(id -u)" -eq 0 ] && mode=system || mode=user; }
if [ "$mode" = system ]; then
    [ "$(id -u)" -eq 0 ] || die "--system needs root: run it with sudo, or use --user."
    prefix=${prefix:-/opt/keydesk}
    bindir=/usr/local/bin
    datadir=/usr/local/share
else
    [ -n "${HOME:-}" ] && [ -d "$HOME" ] || die "HOME is not set to an existing folder."
    prefix=${prefix:-$HOME/.local/opt/keydesk}
    bindir=$HOME/.local/bin
    datadir=${XDG_DATA_HOME:-$HOME/.local/share}
fi
case $prefix in /*) ;; *) prefix=$(pwd -P)/$prefix ;; esac

# A previous installation here is replaced; anything else in the way stops the installer
# before it changes anything.
if [ -x "$prefix/uninstall.sh" ] && [ -f "$prefix/.install-manifest" ]; then
    echo "Replacing the KeyDesk installation in $prefix"
    "$prefix/uninstall.sh" --quiet
fi
if [ -e "$prefix" ] && [ -n "$(ls -A "$prefix" 2>/dev/null)" ]; then
    die "$prefix exists and is not a KeyDesk installation; choose another --prefix."
fi

desktop_file=io.keydesk.KeyDesk.desktop
# Files outside the prefix, relative to the share folder, that the installer adds.
shared_files=$(cd "$payload/share" && find icons metainfo man -type f | LC_ALL=C sort)
for relative in applications/$desktop_file $shared_files; do
    [ ! -e "$datadir/$relative" ] || die "$datadir/$relative already exists (another KeyDesk installation?); remove it first."
done
for program in keydesk keydesk-cli; do
    if [ -e "$bindir/$program" ] || [ -L "$bindir/$program" ]; then
        die "$bindir/$program already exists (another KeyDesk installation?); remove it first."
    fi
done

manifest_entries=
record() { manifest_entries="$manifest_entries$1 $2
"; }
# mkdir -p that records every folder it creates, outermost first.
make_dir() {
    [ -d "$1" ] && return 0
    make_dir "$(dirname "$1")"
    mkdir "$1"
    record d "$1"
}
write_manifest() { printf '%s' "$manifest_entries" > "$prefix/.install-manifest"; }
# On failure, leave a manifest so that uninstall.sh can clean up what was done.
trap 'if [ -d "$prefix" ]; then write_manifest; cp "$payload/uninstall.sh" "$prefix/uninstall.sh" 2>/dev/null || true; echo "Installation failed; $prefix/uninstall.sh removes what was installed." >&2; fi' EXIT

umask 022
make_dir "$prefix"
# The program files: copied entry by entry so that each one is recorded.
while IFS= read -r relative; do
    if [ -d "$payload/$relative" ]; then
        make_dir "$prefix/$relative"
    else
        cp -P "$payload/$relative" "$prefix/$relative"
        record f "$prefix/$relative"
    fi
done <<EOF
$(cd "$payload" && find . -mindepth 1 | sed 's|^\./||' | LC_ALL=C sort)
EOF

# Desktop integration: links to the launchers, the menu entry (with the full path, as
# the bin folder need not be on a desktop session's PATH), icons, metainfo, manual page.
make_dir "$bindir"
for program in keydesk keydesk-cli; do
    ln -s "$prefix/bin/$program" "$bindir/$program"
    record l "$bindir/$program"
done
make_dir "$datadir/applications"
launcher=$(printf '%s' "$prefix/bin/keydesk" | sed 's/[\\&|]/\\&/g')
sed -e "s|^Exec=keydesk|Exec=$launcher|" -e "s|^TryExec=keydesk|TryExec=$launcher|" \
    "$payload/share/applications/$desktop_file" > "$datadir/applications/$desktop_file"
record f "$datadir/applications/$desktop_file"
for relative in $shared_files; do
    make_dir "$datadir/$(dirname "$relative")"
    cp "$payload/share/$relative" "$datadir/$relative"
    record f "$datadir/$relative"
done

trap - EXIT
write_manifest

# Refresh an icon cache only where the desktop keeps one already.
if [ -f "$datadir/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache --quiet --force "$datadir/icons/hicolor" || true
fi

echo "KeyDesk $version is installed in $prefix."
echo "Start it from the applications menu or with: keydesk"
case ":${PATH:-}:" in
    *":$bindir:"*) ;;
    *) echo "($bindir is not on your PATH yet; it is from the next login on most systems, or run $prefix/bin/keydesk)" ;;
esac
echo "To remove it: $prefix/uninstall.sh"
