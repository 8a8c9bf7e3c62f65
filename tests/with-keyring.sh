#!/usr/bin/env bash
# Runs a command in a private D-Bus session with a freshly unlocked gnome-keyring and
# a throwaway HOME, so tests use the real Secret Service and touch no user data.
#
# ctest starts every test through this script (tests/CMakeLists.txt), so each test
# process has a session, keyring and HOME of its own and the suites can run in parallel
# (CONTRIBUTING.md#test). Each call makes a new session, also when called inside another
# one: `tests/with-keyring.sh ctest ...` still works, and its tests get their own.
set -euo pipefail

if [ "${1:-}" != --inside-private-session ]; then
    export KEYDESK_KEYRING_SESSION=1
    scratch=$(mktemp -d -t keydesk-test-home.XXXXXX)
    trap 'rm -rf "$scratch"' EXIT
    export HOME="$scratch/home" TMPDIR="$scratch/tmp" XDG_RUNTIME_DIR="$scratch/run"
    mkdir -p "$HOME" "$TMPDIR" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
    dbus-run-session -- "$0" --inside-private-session "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
    exit $?
fi
shift

# A random password per run; tests that must unlock again read it from here.
KEYDESK_TEST_KEYRING_PASSWORD=$(head -c 18 /dev/urandom | base64)
export KEYDESK_TEST_KEYRING_PASSWORD
# The keyring runs in the foreground, a child of this script stopped when it ends: a
# daemonised gnome-keyring-daemon can outlive its bus, and would keep ctest waiting on
# the output pipe it inherited.
printf %s "$KEYDESK_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --foreground --unlock --components=secrets &
keyring=$!
trap 'kill "$keyring" 2>/dev/null; wait "$keyring" 2>/dev/null || true' EXIT
secrets_owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}
# It has unlocked the login keyring once it owns the Secret Service's name.
for _ in $(seq 600); do
    secrets_owned && break
    kill -0 "$keyring" 2>/dev/null || break
    sleep 0.05
done
secrets_owned || { echo "with-keyring.sh: gnome-keyring-daemon did not start the Secret Service" >&2; exit 1; }
export GNOME_KEYRING_CONTROL=$XDG_RUNTIME_DIR/keyring
# English messages whatever the machine, so assertions on output hold everywhere.
export LANG=C.UTF-8
unset LANGUAGE LC_ALL LC_MESSAGES
"$@"
