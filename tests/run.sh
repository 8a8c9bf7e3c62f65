#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs every test.
#   bash tests/run.sh          everything CI checks, in this order:
#                              1. the `default` build and its whole suite,
#                              2. the benchmarks' smoke run (tests/bench/run.sh, small
#                                 sizes: they print figures and never fail on them),
#                                 then the fuzz smoke run (tests/fuzz/README.md),
#                              3. the `asan` build (AddressSanitizer + UBSan) and its suite
#                                 (all but the packaging suites, which prove the installer
#                                 made from the default build)
#   bash tests/run.sh PRESET   one preset's build and suite only (default, asan);
#                              further arguments go to ctest
# Each test has a private D-Bus session, keyring and HOME (tests/with-keyring.sh), so
# ctest runs them in parallel (the test presets' "jobs").
# KEYDESK_FUZZ_SECONDS (default 15) is each fuzz target's run time; 0 skips the run.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/build-deps.sh

run_suite() {
    local preset=$1
    shift
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    ctest --preset "$preset" "$@"
}

fuzz_smoke_run() {
    local seconds=${KEYDESK_FUZZ_SECONDS:-15}
    [ "$seconds" -gt 0 ] || return 0
    # A clang build of models/ and the libFuzzer targets alone.
    cmake --preset fuzz
    cmake --build --preset fuzz
    tests/fuzz/run.sh build/fuzz "$seconds"
}

if [ $# -gt 0 ]; then
    run_suite "$@"
    exit
fi

run_suite default
KEYDESK_BENCH_SCALE=small bash tests/bench/run.sh
fuzz_smoke_run
run_suite asan
