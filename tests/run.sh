#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs every test.
#   bash tests/run.sh          everything CI checks, in this order:
#                              1. the `default` build,
#                              2. the benchmarks' smoke run (tests/bench/run.sh, small
#                                 sizes: they print figures and never fail on them), on
#                                 an otherwise idle machine,
#                              3. the `default` suite; its packaging suites (label
#                                 "packaging": installer/prove.sh waits minutes on the
#                                 Debian mirror and the disk) run in the background,
#                                 during this step and the next two,
#                              4. the fuzz smoke run (tests/fuzz/README.md),
#                              5. the `asan` build (AddressSanitizer + UBSan) and its suite
#                                 (all but the packaging suites, which prove the installer
#                                 made from the default build),
#                              6. waits for the packaging suites and prints their output;
#                              fails if any step failed
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

cmake --preset default
cmake --build --preset default
# Before the packaging suites start: the benchmarks' figures are only worth something on
# a quiet machine, and their script reconfigures build/default, which the proof installs.
KEYDESK_BENCH_SCALE=small bash tests/bench/run.sh

# The packaging suites in their own process group (set -m), stopped if this script ends
# early. Their output goes to a file, printed at the end. (The two ctest runs share
# build/default/Testing/Temporary/LastTest.log, so it holds a mix of both; what each
# printed is on the console and in $packaging_log.)
packaging_log=build/default/packaging-suites.log
echo "-- packaging suites: running in the background (log: $packaging_log)" >&2
set -m
ctest --preset default -L packaging > "$packaging_log" 2>&1 &
packaging_pid=$!
set +m
trap '[ -z "$packaging_pid" ] || kill -- "-$packaging_pid" 2>/dev/null || true' EXIT

ctest --preset default -LE packaging
fuzz_smoke_run
run_suite asan

echo "-- packaging suites: waiting for them (log: $packaging_log)" >&2
packaging_status=0
wait "$packaging_pid" || packaging_status=$?
packaging_pid=
cat "$packaging_log"
exit "$packaging_status"
