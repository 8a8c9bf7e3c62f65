#!/usr/bin/env bash
# Runs a command in a private D-Bus session with a freshly unlocked gnome-keyring and
# a throwaway HOME, so tests use the real Secret Service and touch no user data.
set -euo pipefail

if [ -z "${KEYDESK_KEYRING_SESSION:-}" ]; then
    export KEYDESK_KEYRING_SESSION=1
    scratch=$(mktemp -d -t keydesk-test-home.XXXXXX)
    trap 'rm -rf "$scratch"' EXIT
    export HOME="$scratch/home" TMPDIR="$scratch/tmp" XDG_RUNTIME_DIR="$scratch/run"
    mkdir -p "$HOME" "$TMPDIR" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME DBUS_SESSION_BUS_ADDRESS
    dbus-run-session -- "$0" "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
    exit $?
fi

# A random password per run; tests that must unlock again read it from here.
KEYDESK_TEST_KEYRING_PASSWORD=$(head -c 18 /dev/urandom | base64)
export KEYDESK_TEST_KEYRING_PASSWORD
eval "$(printf %s "$KEYDESK_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# English messages whatever the machine, so assertions on output hold everywhere.
export LANG=C.UTF-8
unset LANGUAGE LC_ALL LC_MESSAGES
"$@"
