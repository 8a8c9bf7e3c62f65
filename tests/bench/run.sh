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
"$bin/bench-launch" bare-qt-table-window painted "$bin/bench-bare-window"
