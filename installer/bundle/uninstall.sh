#!/bin/sh
# Removes this KeyDesk installation: exactly the files, links and directories that the
# installer recorded in .install-manifest beside this script, newest first. A directory
# is removed only if it is empty (it may hold files that are not KeyDesk's).
set -eu

prefix=$(cd "$(dirname "$0")" && pwd -P)
manifest="$prefix/.install-manifest"
quiet=false
[ "${1:-}" = --quiet ] && quiet=true

say() { $quiet || printf '%s\n' "$*"; }

if [ ! -f "$manifest" ]; then
    echo "uninstall.sh: $manifest is missing; nothing was removed." >&2
    exit 1
fi
if [ ! -w "$prefix" ]; then
    echo "uninstall.sh: no permission to remove $prefix; run it as the user who installed KeyDesk (root: sudo $0)." >&2
    exit 1
fi

# Read the manifest backwards before deleting it: entries are "f|l|d PATH" in the order
# they were created, so files go before the directories that hold them.
entries=$(awk '{ line[NR] = $0 } END { for (i = NR; i > 0; i--) print line[i] }' "$manifest")
rm -f "$manifest"

icon_themes=
kept=
while IFS= read -r entry; do
    kind=${entry%% *}
    path=${entry#* }
    case $kind in
        f | l)
            rm -f "$path"
            case $path in */icons/hicolor/*) icon_themes="${path%%/icons/hicolor/*}/icons/hicolor" ;; esac
            ;;
        d)
            if [ -d "$path" ] && ! rmdir "$path" 2>/dev/null; then
                kept="$kept
  $path"
            fi
            ;;
    esac
done <<EOF
$entries
EOF

# Refresh an icon cache only where the desktop keeps one already.
if [ -n "$icon_themes" ] && [ -f "$icon_themes/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache --quiet --force "$icon_themes" || true
fi

say "KeyDesk was removed."
[ -z "$kept" ] || say "These folders were kept because they are not empty:$kept"
exit 0
