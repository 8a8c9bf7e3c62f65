#!/usr/bin/env bash
# Builds the default preset and runs every benchmark; prints one line per figure on
# stdout, "NAME: VALUE UNIT", each baseline measured in the same run (remarks and the
# build go to stderr). Medians of several runs.
#   bash tests/bench/run.sh                          the full sizes (minutes: a simulated year)
#   KEYDESK_BENCH_SCALE=small bash tests/bench/run.sh  CI's quick smoke run
#   bash tests/bench/run.sh launch                   one group: inventory, model, launch, idle or scan
set -euo pipefail
cd "$(dirname "$0")/../.."

cmake --preset default >&2
cmake --build build/default --target keydesk_benchmarks >&2
bin=build/default/bin
export QT_QPA_PLATFORM=offscreen
# The launches also as instruction counts (one run each under callgrind), stable where
# the times on a loaded machine are not; not in the smoke run. KEYDESK_BENCH_CALLGRIND=0: off.
if [ -z "${KEYDESK_BENCH_CALLGRIND:-}" ] && [ "${KEYDESK_BENCH_SCALE:-}" != small ] && command -v valgrind >/dev/null; then
    export KEYDESK_BENCH_CALLGRIND=1
fi

only=${1:-}
case "$only" in
'' | inventory | model | launch | idle | scan) ;;
*) echo "usage: bash tests/bench/run.sh [inventory|model|launch|idle|scan]" >&2; exit 2 ;;
esac
if [ -z "$only" ] || [ "$only" = inventory ]; then "$bin/bench-inventory"; fi
if [ -z "$only" ] || [ "$only" = model ]; then "$bin/bench-model"; fi
if [ -z "$only" ] || [ "$only" = launch ]; then
    bare=$("$bin/bench-launch" bare-qt-table-window painted "$bin/bench-bare-window")
    echo "$bare"
    # The launch users get: a profile, its credential in the keychain and an inventory with
    # its keys, the server up (tests/bench/user-launch.sh, in a throwaway HOME and keyring).
    user=$(tests/with-keyring.sh bash tests/bench/user-launch.sh "$PWD/$bin")
    echo "$user"
    # The second launch of the demo window on an existing inventory, offscreen, to its table
    # painted with the keys from the inventory (before any network answer): the months of
    # history are seeded once, before the timed launches, as a first launch would have left them.
    inventoryDir=$(mktemp -d)
    trap 'rm -rf "$inventoryDir"' EXIT
    "$bin/bench-inventory-window" seed "$inventoryDir/inventory.sqlite"
    fromInventory=$("$bin/bench-launch" launch-from-inventory populated \
        "$bin/bench-inventory-window" launch "$inventoryDir/inventory.sqlite")
    echo "$fromInventory"
    # The issue's goal: at most 1.5 times the bare window (in time; in instructions too).
    value() { printf '%s\n' "$1" | sed -n "s/^$2: \([0-9.]*\) .*/\1/p"; }
    ratio() { # RATIO_NAME FIGURES FIGURE_NAME BASELINE_NAME
        local a b
        a=$(value "$2" "$3")
        b=$(value "$bare" "$4")
        [ -n "$a" ] && [ -n "$b" ] || return 0
        awk -v name="$1" -v a="$a" -v b="$b" 'BEGIN { printf "%s: %.2f x (goal <= 1.5)\n", name, a / b }'
    }
    ratio launch-user-from-inventory-ratio "$user" launch-user-from-inventory bare-qt-table-window
    ratio launch-user-from-inventory-instructions-ratio "$user" launch-user-from-inventory-instructions \
        bare-qt-table-window-instructions
    ratio launch-from-inventory-ratio "$fromInventory" launch-from-inventory bare-qt-table-window
    ratio launch-from-inventory-instructions-ratio "$fromInventory" launch-from-inventory-instructions \
        bare-qt-table-window-instructions
fi
if [ -z "$only" ] || [ "$only" = idle ]; then
    # The background watch idling with 3 profiles on 3 sandboxes, and a bare tray app
    # (tests/bench/idle-cost.sh; its own keyring, D-Bus session and HOME).
    tests/with-keyring.sh bash tests/bench/idle-cost.sh "$bin"
fi
if [ -z "$only" ] || [ "$only" = scan ]; then
    # The leak scan against ripgrep and `git log -p | rg`, and its memory on one big file
    # (tests/bench/leak-scan.sh; its own HOME, so the inventory's scan state is its own).
    bash tests/bench/leak-scan.sh "$bin"
fi
