#!/usr/bin/env bash
# Renders the documentation screenshots from the demo data, reproducibly: offscreen
# platform, UTC, C locale, frozen clock, Fusion style and DejaVu Sans (set by the
# hidden --screenshot-dir mode). Writes cached-start.png (the start from the demo's
# inventory, with its age), main-window.png, health-view.png (the watch's findings),
# rotation-timeline.png (the demo's rotation under way, in the key details pane),
# leak-scan.png (Scan for Leaked Keys… on the demo project: matched and unknown keys),
# bulk-revoke.png (the preview of revoking several selected keys), create-key.png, reveal-key.png,
# send-to.png (Send To… with pass chosen, not sent), offline.png (the LocalLeads demo server stopped: the
# inventory's keys under the banner) and all-organisations.png (both demo organisations
# in one table, the stopped one named in the banner) next to this script. KEYDESK_BIN
# overrides the executable (default: the preset build).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${KEYDESK_BIN:-}
if [ -z "$bin" ]; then
    cd "$root"
    cmake --preset default >/dev/null
    cmake --build --preset default --target keydesk
    bin="$root/build/default/bin/keydesk"
fi
QT_QPA_PLATFORM=offscreen TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= \
    "$bin" --demo --screenshot-dir "$here" 2> >(grep -v 'propagateSizeHints\|XDG_RUNTIME_DIR' >&2)
