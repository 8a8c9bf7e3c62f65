#!/usr/bin/env bash
# Builds the default preset and runs every benchmark; prints one line per figure on
# stdout, "NAME: VALUE UNIT", each baseline measured in the same run (remarks and the
# build go to stderr). Medians of several runs.
#   bash tests/bench/run.sh                          the full sizes (minutes: a simulated year)
#   KEYDESK_BENCH_SCALE=small bash tests/bench/run.sh  CI's quick smoke run
set -euo pipefail
cd "$(dirname "$0")/../.."

cmake --preset default >&2
cmake --build build/default --target keydesk_benchmarks >&2
bin=build/default/bin
export QT_QPA_PLATFORM=offscreen

"$bin/bench-inventory"
"$bin/bench-model"
bare=$("$bin/bench-launch" bare-qt-table-window painted "$bin/bench-bare-window")
echo "$bare"
# The second launch of the demo window on an existing inventory, offscreen, to its table
# filled from the inventory (before any network answer): the months of history are
# seeded once, before the timed launches, as a first launch would have left them.
inventoryDir=$(mktemp -d)
trap 'rm -rf "$inventoryDir"' EXIT
"$bin/bench-inventory-window" seed "$inventoryDir/inventory.sqlite"
fromInventory=$("$bin/bench-launch" launch-from-inventory "keydesk smoke test: from the inventory" \
    "$bin/bench-inventory-window" launch "$inventoryDir/inventory.sqlite")
echo "$fromInventory"
# The issue's goal: at most 1.5 times the bare window.
awk -v a="$fromInventory" -v b="$bare" 'BEGIN {
    split(a, x, ": "); split(b, y, ": ");
    printf "launch-from-inventory-ratio: %.1f x (goal <= 1.5)\n", (x[2] + 0) / (y[2] + 0) }'
# The background watch idling with 3 profiles on 3 sandboxes, and a bare tray app
# (tests/bench/idle-cost.sh; its own keyring, D-Bus session and HOME).
tests/with-keyring.sh bash tests/bench/idle-cost.sh "$bin"
