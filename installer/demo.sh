#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, and opens KeyDesk on its
# built-in demo data: two seeded reference servers (LeadHQL and LocalLeads) inside the
# process on loopback, profiles in a temporary directory, credentials in memory. No real
# profile, setting or keychain entry is touched. Extra arguments go to keydesk
# (e.g. --smoke-test 5 to open the demo and quit after five seconds).
set -euo pipefail
cd "$(dirname "$0")/.."
installer/build-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
exec build/default/bin/keydesk --demo "$@"
