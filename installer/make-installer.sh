#!/usr/bin/env bash
# Builds the offline installer from a configured and built tree:
#   installer/make-installer.sh BUILD_DIR OUT_DIR
# gives OUT_DIR/keydesk-VERSION-linux-x86_64.run (makeself) and its .sha256. The bundle
# holds keydesk and keydesk-cli, every library they and their Qt plugins need except
# those of the target system (system-libraries.txt), the plugins, qt.conf, Qt's own
# translations, launchers, the licence texts and the uninstaller. Only Debian packages
# are used; nothing is downloaded.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR OUT_DIR" >&2
    exit 2
fi
build=$(realpath "$1")
out=$(realpath -m "$2")
here=$(cd "$(dirname "$0")" && pwd)
die() { echo "make-installer: $*" >&2; exit 1; }

[ -f "$build/installer/bundle-config.sh" ] || die "$build is not a configured KeyDesk build folder."
# shellcheck source=/dev/null
source "$build/installer/bundle-config.sh"
for tool in makeself patchelf cmake sha256sum dpkg-query ldconfig; do
    command -v "$tool" >/dev/null || die "$tool is missing (installer/build-deps.sh installs it)."
done
for program in keydesk keydesk-cli; do
    [[ ";$KEYDESK_PROGRAMS;" == *";$program;"* ]] || die "this build defines no target '$program'."
    [ -x "$build/bin/$program" ] || die "$build/bin/$program is not built yet."
done

work="$build/installer/bundle"
payload="$work/payload"
tree="$payload/keydesk"
rm -rf "$work"
mkdir -p "$tree" "$out"

echo "-- [${SECONDS}s] Installing the build into the bundle"
cmake --install "$build" --prefix "$tree" --strip >/dev/null
cmake --install "$build" --prefix "$tree" --component bundle >/dev/null
printf '%s\n' "$KEYDESK_VERSION" > "$tree/VERSION"
cp "$here/bundle/uninstall.sh" "$tree/uninstall.sh"
cp "$here/bundle/setup.sh" "$payload/setup.sh"
chmod 755 "$tree/uninstall.sh" "$payload/setup.sh"

# The executables move to libexec/, next to their qt.conf; bin/ gets the launchers.
mkdir -p "$tree/libexec"
for program in keydesk keydesk-cli; do
    mv "$tree/bin/$program" "$tree/libexec/$program"
    install -m 755 "$here/bundle/launcher.sh" "$tree/bin/$program"
done
extra=$(cd "$tree/bin" && ls | grep -vxE 'keydesk|keydesk-cli' || true)
[ -z "$extra" ] || die "unexpected programs in the install tree: $extra"
cat > "$tree/libexec/qt.conf" <<'EOF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = translations
EOF

echo "-- [${SECONDS}s] Copying Qt plugins from $KEYDESK_QT_PLUGINS_DIR"
# Required: X11, Wayland and offscreen platforms, TLS, SVG icons, platform themes, input
# methods (compose: dead keys on X11), Wayland shells and decorations, GLX/EGL on X11,
# and SQLite for the inventory.
plugins=(
    platforms/libqxcb.so platforms/libqwayland-egl.so platforms/libqwayland-generic.so
    platforms/libqoffscreen.so
    xcbglintegrations/libqxcb-glx-integration.so xcbglintegrations/libqxcb-egl-integration.so
    wayland-shell-integration/ wayland-decoration-client/ wayland-graphics-integration-client/
    platformthemes/libqgtk3.so platformthemes/libqxdgdesktopportal.so
    platforminputcontexts/libcomposeplatforminputcontextplugin.so
    platforminputcontexts/libibusplatforminputcontextplugin.so
    tls/libqopensslbackend.so tls/libqcertonlybackend.so
    imageformats/libqsvg.so iconengines/libqsvgicon.so
    sqldrivers/libqsqlite.so
)
modules=()
for plugin in "${plugins[@]}"; do
    source_path="$KEYDESK_QT_PLUGINS_DIR/$plugin"
    [ -e "$source_path" ] || die "Qt plugin $source_path is missing (installer/build-deps.sh installs it)."
    mkdir -p "$tree/plugins/$(dirname "$plugin")"
    if [ -d "$source_path" ]; then
        mkdir -p "$tree/plugins/$plugin"
        cp "$source_path"/*.so "$tree/plugins/$plugin"
    else
        cp "$source_path" "$tree/plugins/$plugin"
    fi
done
mapfile -t modules < <(find "$tree/plugins" -name '*.so' | sort)

echo "-- [${SECONDS}s] Resolving the libraries to bundle"
# QtKeychain loads libsecret with dlopen, so no DT_NEEDED names it.
dlopened=()
for soname in libsecret-1.so.0; do
    path=$(ldconfig -p | awk -v name="$soname" '!found && $1 == name && /x86-64/ { print $NF; found = 1 }')
    [ -n "$path" ] || die "$soname is not installed (package libsecret-1-0)."
    dlopened+=("$path")
done
join() { local IFS=';'; echo "$*"; }
cmake -DEXECUTABLES="$(join "$tree/libexec/keydesk" "$tree/libexec/keydesk-cli")" \
      -DMODULES="$(join "${modules[@]}")" \
      -DLIBRARIES="$(join "${dlopened[@]}")" \
      -DSYSTEM_LIBRARIES="$here/system-libraries.txt" \
      -DOUTPUT="$work/libraries.txt" \
      -P "$here/collect-runtime.cmake"
# Qt Charts (the key details chart) comes in through keydesk's own links; a bundle
# without it would fail only on the target system.
grep -q '/libQt6Charts\.so' "$work/libraries.txt" || die "libQt6Charts is not among the bundled libraries."
mkdir -p "$tree/lib"
while IFS= read -r library; do
    cp -L "$library" "$tree/lib/$(basename "$library")"
done < "$work/libraries.txt"
chmod 644 "$tree/lib"/*

echo "-- [${SECONDS}s] Setting \$ORIGIN run paths"
for executable in "$tree"/libexec/keydesk "$tree"/libexec/keydesk-cli; do
    patchelf --set-rpath '$ORIGIN/../lib' "$executable"
done
for library in "$tree"/lib/*.so*; do
    patchelf --set-rpath '$ORIGIN' "$library"
done
for module in "${modules[@]}"; do
    patchelf --set-rpath '$ORIGIN/../../lib' "$module"
done

echo "-- [${SECONDS}s] Qt's own translations and third-party licences"
mkdir -p "$tree/translations"
for language in de fr es; do
    for catalogue in qt qtbase; do
        file="$KEYDESK_QT_TRANSLATIONS_DIR/${catalogue}_$language.qm"
        [ ! -f "$file" ] || cp "$file" "$tree/translations/"
    done
done
# Each bundled file's Debian package, with its version and copyright file.
licences="$tree/share/doc/keydesk/third-party"
mkdir -p "$licences"
{
    cat "$work/libraries.txt"
    for module in "${modules[@]}"; do echo "$KEYDESK_QT_PLUGINS_DIR/${module#"$tree/plugins/"}"; done
} | xargs realpath > "$work/bundled-sources.txt"
# One dpkg-query for all files (it is slow to start); with merged /usr a file may be
# registered with or without the /usr prefix.
sed -e 'p' -e 's|^/usr/|/|p' -e 's|^/lib|/usr/lib|' "$work/bundled-sources.txt" | sort -u |
    xargs dpkg-query -S 2>/dev/null > "$work/owners.txt" || true
while IFS= read -r path; do
    grep -qE ": (/usr)?${path#/usr}\$" "$work/owners.txt" || die "no Debian package owns $path"
done < "$work/bundled-sources.txt"
cut -d: -f1 "$work/owners.txt" | sort -u > "$work/packages.txt"
while IFS= read -r package; do
    cp "/usr/share/doc/$package/copyright" "$licences/$package.copyright"
done < "$work/packages.txt"
xargs dpkg-query -W -f='${Package} ${Version}\n' < "$work/packages.txt" > "$licences/PACKAGES"

echo "-- [${SECONDS}s] Packing"
name="keydesk-$KEYDESK_VERSION-linux-x86_64.run"
rm -f "$out/$name" "$out/$name.sha256"
makeself --quiet --nox11 --sha256 --tar-quietly --complevel 9 \
    "$payload" "$out/$name" "KeyDesk $KEYDESK_VERSION" ./setup.sh
(cd "$out" && sha256sum "$name" > "$name.sha256")
echo "-- [${SECONDS}s] $out/$name ($(du -h "$out/$name" | cut -f1); $(wc -l < "$work/libraries.txt") libraries, ${#modules[@]} plugins)"
