#!/usr/bin/env bash
# Runs a command on a private X server (Xvfb) with Qt's xcb platform, for the suites
# that need a real display: the tray (a tray host such as trayer) and a notification
# server (dunst), which the tests start themselves. Inside tests/with-keyring.sh, so
# they share its private D-Bus session.
set -euo pipefail
coproc XVFB { exec Xvfb -displayfd 1 -screen 0 1024x768x24 -nolisten tcp 2>/dev/null; }
xvfb_pid=$XVFB_PID
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
read -r -t 20 display <&"${XVFB[0]}" || { echo "with-desktop.sh: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$display" QT_QPA_PLATFORM=xcb
"$@"
