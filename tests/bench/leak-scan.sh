#!/usr/bin/env bash
# The leak scan against its baselines (issue 14, "Performance"), in one run, page cache
# warm, medians of 3: `keydesk-cli scan` and ripgrep with the same three patterns over
# a generated tree; `scan --history --full` and `git log -p --all | rg` over a generated
# repository; the peak RSS of `scan` on one big text file. Prints "NAME: VALUE UNIT".
#   bash tests/bench/leak-scan.sh BIN_DIR      (KEYDESK_BENCH_SCALE=small: a quick run)
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
mkdir -p "$HOME"

if [ "${KEYDESK_BENCH_SCALE:-}" = small ]; then
    treeMiB=24 files=300 commits=60 bigMiB=200
else
    treeMiB=512 files=3000 commits=1500 bigMiB=2048
fi

# The patterns of models/LeakPattern.h for ripgrep (\b: the same token boundaries).
patterns=(-e '\bleadhql_pk_[A-Za-z0-9]{16,512}\b' -e '\bll_[0-9a-f]{64}\b' -e '\blfk_sk_[A-Za-z0-9]{40}\b')
key() { # KIND SEED
    case $1 in
    ll) printf 'll_%s' "$(printf '%s' "$2" | sha256sum | cut -c1-64)" ;;
    lfk) printf 'lfk_sk_%s' "$(printf '%s' "$2" | sha256sum | cut -c1-40)" ;;
    esac
}
# Text like source code: base64 with '_' and spaces, so that "l_" and "k_" (the
# prefilter's pairs) occur about as often as in code.
text() { head -c "$1" /dev/urandom | base64 -w 96 | tr '+/' '_ '; }

now() { date +%s.%N; }
median3() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
timed() { # COMMAND…: the wall time in seconds
    local start end
    start=$(now)
    "$@" >/dev/null 2>&1 || true
    end=$(now)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f\n", b - a }'
}
rate() { awk -v bytes="$1" -v s="$2" 'BEGIN { printf "%.0f", bytes / s / 1048576 }'; }

# --- working tree -------------------------------------------------------------------
tree="$work/tree"
mkdir -p "$tree"
bytesPerFile=$((treeMiB * 1048576 / files))
text $((treeMiB * 1048576 * 3 / 4)) | split -a 4 -d -b "$bytesPerFile" - "$tree/f"
for i in $(seq 0 $((files / 10 - 1))); do # ten folders
    mkdir -p "$tree/d$i"
    mv "$tree"/f$(printf '%03d' "$i")? "$tree/d$i/" 2>/dev/null || true
done
for i in $(seq 1 20); do # planted keys
    f=$(find "$tree" -type f | sed -n "$((i * 7))p")
    [ -n "$f" ] && printf '\nAPI_KEY=%s\n' "$(key ll "$i")" >>"$f"
done
treeBytes=$(du -sb "$tree" | cut -f1)
cat $(find "$tree" -type f) >/dev/null # warm the page cache
"$bin/keydesk-cli" scan "$tree" >/dev/null 2>&1 || true
rg --no-ignore --hidden -c "${patterns[@]}" "$tree" >/dev/null || true
kd=() rgs=()
for run in 1 2 3; do
    kd+=("$(timed "$bin/keydesk-cli" scan "$tree" --json)")
    rgs+=("$(timed rg --no-ignore --hidden "${patterns[@]}" "$tree")")
done
kdTree=$(median3 "${kd[@]}") rgTree=$(median3 "${rgs[@]}")
found=$("$bin/keydesk-cli" scan "$tree" --json 2>/dev/null | grep -c '"fingerprint"' || true)
echo "scan-tree-size: $((treeBytes / 1048576)) MiB ($(find "$tree" -type f | wc -l) files, $found keys found)"
echo "scan-tree-keydesk: $(rate "$treeBytes" "$kdTree") MiB/s ($kdTree s)"
echo "scan-tree-rg: $(rate "$treeBytes" "$rgTree") MiB/s ($rgTree s)"
awk -v a="$kdTree" -v b="$rgTree" 'BEGIN { printf "scan-tree-vs-rg: %.2f x (KeyDesk / ripgrep wall time, goal <= 1)\n", a / b }'

# --- history ------------------------------------------------------------------------
repo="$work/repo"
git init -q -b main "$repo"
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com
for f in $(seq 1 20); do text 8192 >"$repo/file$f.txt"; done
git -C "$repo" add . && git -C "$repo" commit -qm start
for c in $(seq 1 "$commits"); do
    f=$((c % 20 + 1))
    text 2048 >>"$repo/file$f.txt"
    if [ $((c % 97)) -eq 0 ]; then printf 'KEY=%s\n' "$(key lfk "$c")" >"$repo/leak$c.env"; fi
    if [ $((c % 97)) -eq 5 ] && [ "$c" -gt 5 ]; then rm -f "$repo/leak$((c - 5)).env"; fi
    git -C "$repo" add -A && git -C "$repo" commit -qm "change $c"
done
git -C "$repo" gc -q
objectBytes=$(du -sb "$repo/.git/objects" | cut -f1)
"$bin/keydesk-cli" scan "$repo" --history --full >/dev/null 2>&1 || true
git -C "$repo" log -p --all | rg "${patterns[@]}" >/dev/null || true
kd=() gl=()
logRg() { git -C "$repo" log -p --all | rg "${patterns[@]}"; }
for run in 1 2 3; do
    kd+=("$(timed "$bin/keydesk-cli" scan "$repo" --history --full --json)")
    gl+=("$(timed logRg)")
done
kdHistory=$(median3 "${kd[@]}") glHistory=$(median3 "${gl[@]}")
echo "scan-history-size: $((commits + 1)) commits, $((objectBytes / 1024)) KiB packed"
echo "scan-history-keydesk: $kdHistory s"
echo "scan-history-git-log-rg: $glHistory s"
awk -v a="$kdHistory" -v b="$glHistory" 'BEGIN { printf "scan-history-vs-git-log-rg: %.2f x (KeyDesk / git log -p | rg, goal <= 1)\n", a / b }'

# --- memory on one big file ---------------------------------------------------------
big="$work/big.txt"
{ (yes "a line of text with a_b, l_x and k_y and a key-looking ll_ prefix that is not one" || true) |
    head -c $((bigMiB * 1048576)); printf '%s\n' "$(key ll big)"; } >"$big"
/usr/bin/time -o "$work/rss" -f '%M' "$bin/keydesk-cli" scan "$big" >/dev/null 2>&1 || true
kib=$(tail -1 "$work/rss")
echo "scan-big-file-peak-rss: $((kib / 1024)) MiB (one ${bigMiB} MiB file, goal <= 100)"
rm -f "$big"
