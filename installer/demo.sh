#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, and runs KeyDesk on its
# embedded demo data (a seeded sandbox on loopback; no real profile or keychain touched).
set -euo pipefail
cd "$(dirname "$0")/.."
installer/build-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
build/default/bin/keydesk-sandbox --dialect localleads --seed-demo --port 0 > /tmp/keydesk-demo.$$ &
sandbox=$!
trap 'kill $sandbox 2>/dev/null' EXIT
until [ -s /tmp/keydesk-demo.$$ ]; do sleep 0.1; done
banner=$(head -n 1 /tmp/keydesk-demo.$$); rm -f /tmp/keydesk-demo.$$
url=$(printf %s "$banner" | sed -E 's/.*"url":"([^"]*)".*/\1/')
KEYDESK_CREDENTIAL=$(printf %s "$banner" | sed -E 's/.*"credential":"([^"]*)".*/\1/') \
    build/default/bin/keydesk-cli --dialect localleads --base-url "$url" list
