#!/usr/bin/env bash
# The launch users get (launch-user-from-inventory), run by tests/bench/run.sh inside
# tests/with-keyring.sh: a throwaway HOME with a real, unlocked keyring. What a user has
# is made with the real tools: a LeadHQL organisation served over HTTPS by
# keydesk-sandbox (its demo keys), its profile and credential saved by
# `keydesk-cli profile add`, its keys recorded in the inventory by `keydesk-cli list`.
# Then bench-launch times bench-user-window (keydesk without options) from its start to
# its key table painted with the keys; the server stays up, so each launch also refreshes.
#   tests/with-keyring.sh bash tests/bench/user-launch.sh BIN_DIR
set -euo pipefail
bin=$1
work=$(mktemp -d)
sandbox=
cleanup() {
    if [ -n "$sandbox" ]; then
        kill "$sandbox" 2>/dev/null || true
        wait "$sandbox" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout "$work/sandbox.key" -out "$work/sandbox.pem" 2>/dev/null
"$bin/keydesk-sandbox" --dialect leadhql --seed-demo --tls-cert "$work/sandbox.pem" --tls-key "$work/sandbox.key" \
    >"$work/sandbox.json" &
sandbox=$!
# One line, {"url":…,"dialect":…,"credential":…}, once it listens.
for _ in $(seq 300); do
    grep -q '"credential"' "$work/sandbox.json" && break
    kill -0 "$sandbox" 2>/dev/null || { echo "keydesk-sandbox did not start" >&2; exit 1; }
    sleep 0.1
done
field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" "$work/sandbox.json"; }
url=$(field url)
profile="Harbour & Pine"
KEYDESK_CREDENTIAL=$(field credential) "$bin/keydesk-cli" profile add "$profile" --dialect leadhql \
    --base-url "$url" --ca-file "$work/sandbox.pem" >&2
"$bin/keydesk-cli" --profile "$profile" list >/dev/null
"$bin/bench-launch" launch-user-from-inventory populated "$bin/bench-user-window"
