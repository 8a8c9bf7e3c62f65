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
