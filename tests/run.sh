#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs every test.
# Pass a preset name (default, asan) as the first argument; further ones go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}
shift || true

installer/build-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
tests/with-keyring.sh ctest --preset "$preset" "$@"

# Fuzz smoke run (tests/fuzz/README.md), after the default suite only: a clang build of
# models/ and the libFuzzer targets alone (the `fuzz` preset), then every target for
# KEYDESK_FUZZ_SECONDS (default 15) on a copy of its corpus. KEYDESK_FUZZ_SECONDS=0 skips.
fuzz_seconds=${KEYDESK_FUZZ_SECONDS:-15}
if [ "$preset" = default ] && [ "$fuzz_seconds" -gt 0 ]; then
    cmake --preset fuzz
    cmake --build --preset fuzz
    tests/fuzz/run.sh build/fuzz "$fuzz_seconds"
fi
