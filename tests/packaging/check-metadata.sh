#!/usr/bin/env bash
# Checks the desktop integration files and the build's packaging inputs:
#   check-metadata.sh SOURCE_DIR BUILD_DIR VERSION
# desktop entry (desktop-file-validate), AppStream metainfo (appstreamcli, offline), the
# metainfo's newest release = the project version, the manual page (groff warnings), the
# icon (renders), the licence text (GPL-3), and that the names agree with each other.
set -euo pipefail
source_dir=$1
build_dir=$2
version=$3
resources="$source_dir/resources"
id=io.keydesk.KeyDesk
failures=0
check() { # check DESCRIPTION COMMAND...
    local description=$1; shift
    local output
    if output=$("$@" 2>&1); then
        echo "ok    $description"
    else
        echo "FAIL  $description"
        printf '%s\n' "$output" | sed 's/^/      /'
        failures=$((failures + 1))
    fi
}
no_output() { local output; output=$("$@" 2>&1) || { echo "$output"; return 1; }; [ -z "$output" ] || { echo "$output"; return 1; }; }

check "desktop entry is valid" no_output desktop-file-validate "$resources/$id.desktop"
check "desktop entry names the icon $id" grep -qx "Icon=$id" "$resources/$id.desktop"
check "desktop entry starts keydesk" grep -qx "Exec=keydesk" "$resources/$id.desktop"
check "AppStream metainfo is valid (offline)" appstreamcli validate --no-net --no-color "$resources/$id.metainfo.xml"
check "metainfo launches $id.desktop" \
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$resources/$id.metainfo.xml"
newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$resources/$id.metainfo.xml" | awk 'NR == 1')
check "metainfo's newest release ($newest) is the project version ($version)" test "$newest" = "$version"
check "metainfo licence is GPL-3.0-or-later" \
    grep -q '<project_license>GPL-3.0-or-later</project_license>' "$resources/$id.metainfo.xml"
check "manual page formats without warnings" no_output groff -man -ww -z "$build_dir/resources/keydesk-cli.1"
check "manual page carries the project version" grep -q "\"KeyDesk $version\"" "$build_dir/resources/keydesk-cli.1"
documents_exit_codes() {
    local code
    for code in 0 1 2 3 4 5 6 7 8; do
        grep -qx ".B $code" "$resources/keydesk-cli.1" || { echo "exit code $code is not documented"; return 1; }
    done
    grep -q KEYDESK_CREDENTIAL "$resources/keydesk-cli.1"
}
check "manual page documents every exit code and KEYDESK_CREDENTIAL" documents_exit_codes
check "compressed manual page was built" gzip -t "$build_dir/resources/keydesk-cli.1.gz"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
check "icon renders" rsvg-convert --width 64 --height 64 --output "$scratch/icon.png" "$resources/icons/$id.svg"
check "resources.qrc embeds the icon" grep -q "icons/$id.svg" "$resources/resources.qrc"
check "LICENSE is the GNU GPL version 3" grep -q 'Version 3, 29 June 2007' "$resources/LICENSE"
if [ -f /usr/share/common-licenses/GPL-3 ]; then
    check "LICENSE is Debian's GPL-3 text" cmp "$resources/LICENSE" /usr/share/common-licenses/GPL-3
fi
for script in "$source_dir"/installer/bundle/*.sh; do
    check "$(basename "$script") is valid sh" sh -n "$script"
done

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
