#!/usr/bin/env bash
# The background watch's idle cost (issue 12, "Idle cost"): `keydesk --background` with
# 3 profiles on 3 sandboxes, CPU time (utime+stime from /proc) over the idle span as a
# share of one core, and its memory (VmRSS, VmHWM); the baseline is a bare Qt tray
# application idling the same span. Run inside tests/with-keyring.sh (private D-Bus,
# keyring and HOME). Prints "NAME: VALUE UNIT".
#   idle-cost.sh BIN_DIR      (KEYDESK_BENCH_SCALE=small: 20 s instead of 10 minutes)
set -euo pipefail
bin=$1
span=600
[ "${KEYDESK_BENCH_SCALE:-}" = small ] && span=20
settle=10 # the first cycle (keychain, three lists, findings) ends well within this
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
tick=$(getconf CLK_TCK)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
status_mib() { awk -v key="$2:" '$1 == key { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

# measure NAME PID: idles `span` seconds after `settle`, prints the figures.
measure() {
    local name=$1 pid=$2 goal_cpu=${3:-} goal_rss=${4:-}
    sleep "$settle"
    local before after
    before=$(cpu_ticks "$pid")
    sleep "$span"
    after=$(cpu_ticks "$pid")
    awk -v t=$((after - before)) -v hz="$tick" -v s="$span" -v g="$goal_cpu" -v n="$name" \
        'BEGIN { printf "idle-cpu-%s: %.3f %%%s\n", n, 100 * t / hz / s, (g == "" ? "" : " (goal <= " g ")") }'
    echo "idle-rss-$name: $(status_mib "$pid" VmRSS) MiB${goal_rss:+ (goal <= $goal_rss)}"
    echo "idle-hwm-$name: $(status_mib "$pid" VmHWM) MiB"
}

scratch=$(mktemp -d)
trap 'cleanup; rm -rf "$scratch"' EXIT
for i in 1 2 3; do
    "$bin/keydesk-sandbox" --dialect localleads --seed-demo >"$scratch/sandbox-$i" &
    pids+=($!)
    for _ in $(seq 100); do [ -s "$scratch/sandbox-$i" ] && break; sleep 0.1; done
    line=$(head -n 1 "$scratch/sandbox-$i")
    url=$(sed -E 's/.*"url": *"([^"]+)".*/\1/' <<<"$line")
    [ "$i" = 1 ] && first_url=$url
    credential=$(sed -E 's/.*"credential": *"([^"]+)".*/\1/' <<<"$line")
    KEYDESK_CREDENTIAL=$credential "$bin/keydesk-cli" profile add "bench-$i" --dialect localleads \
        --base-url "$url" >/dev/null
done
echo "idle-cost: $("$bin/keydesk-cli" profile list | grep -c bench-) profiles, ${span} s idle" >&2

"$bin/keydesk" --background >/dev/null 2>&1 &
pids+=($!)
measure background-3-profiles "$!" 1 60
# That it did watch: the first cycle listed the keys of each sandbox.
echo "idle-cost: sandbox 1 saw $(curl -s "$first_url/__sandbox/stats" | grep -o '"GET /api/v1/api-keys": *[0-9]*')" >&2

"$bin/bench-bare-tray" >/dev/null 2>&1 &
pids+=($!)
measure bare-tray "$!"
