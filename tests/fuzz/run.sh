#!/usr/bin/env bash
# Runs every libFuzzer target of a `fuzz` build for SECONDS each, one per CPU at a time,
# on a throwaway COPY of its committed corpus (tests/fuzz/corpus/<target>/), with its
# dictionary (tests/fuzz/dict/<target>.dict). The committed corpus never grows here.
#
#   tests/fuzz/run.sh BUILD_DIR SECONDS [TARGET ...]
#
# Exits non-zero if any target crashes, leaks, times out on one input, breaks one of its
# invariants, or is missing from BUILD_DIR/bin. Prints executions per target. A failing
# input is kept in BUILD_DIR/fuzz-artifacts/<target>/; reproduce it with
#   BUILD_DIR/bin/<target> BUILD_DIR/fuzz-artifacts/<target>/crash-...
# Extra libFuzzer flags can be given in KEYDESK_FUZZ_FLAGS (e.g. "-jobs=2"), how many
# targets run at a time in KEYDESK_FUZZ_JOBS (default: the number of CPUs).
set -euo pipefail

if [ $# -lt 2 ] || ! [[ "$2" =~ ^[0-9]+$ ]] || [ "$2" -lt 1 ]; then
    echo "usage: $0 BUILD_DIR SECONDS [TARGET ...]" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)

if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for corpus in "$here"/corpus/*/; do
        targets+=("$(basename "$corpus")")
    done
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/keydesk-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Leaks are findings; a sanitizer report stops the run with a stack trace.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# fuzz_target TARGET: one target's run; leaves its exit status in $work/TARGET/status.
fuzz_target() {
    local target=$1
    local binary=$build_dir/bin/$target
    local corpus=$work/$target/corpus
    local artifacts=$build_dir/fuzz-artifacts/$target
    local log=$work/$target/log
    mkdir -p "$corpus" "$artifacts"
    cp "$here/corpus/$target/"* "$corpus/"
    local flags=(-max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048
                 -max_len=16384 -artifact_prefix="$artifacts/")
    [ -f "$here/dict/$target.dict" ] && flags+=(-dict="$here/dict/$target.dict")
    echo "fuzz: $target for ${seconds}s" >&2
    local status=0
    # shellcheck disable=SC2086 # KEYDESK_FUZZ_FLAGS is a list of flags
    "$binary" "${flags[@]}" ${KEYDESK_FUZZ_FLAGS:-} "$corpus" >"$log" 2>&1 || status=$?
    echo "$status" > "$work/$target/status"
}

# One target per CPU at a time (KEYDESK_FUZZ_JOBS): each runs its SECONDS on a core of
# its own, so the run takes SECONDS times the number of targets divided by the jobs.
jobs=${KEYDESK_FUZZ_JOBS:-$(nproc)}
running=0
for target in "${targets[@]}"; do
    [ -x "$build_dir/bin/$target" ] || continue
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
    fuzz_target "$target" &
    running=$((running + 1))
done
wait

failed=()
summary=()
for target in "${targets[@]}"; do
    binary=$build_dir/bin/$target
    if [ ! -x "$binary" ]; then
        echo "fuzz: $binary is missing (configure with the 'fuzz' preset and build keydesk_fuzzers)" >&2
        failed+=("$target")
        summary+=("$(printf '%-26s %12s %10s %8s  %s' "$target" - - - MISSING)")
        continue
    fi
    log=$work/$target/log
    status=$(cat "$work/$target/status")
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    units=$(find "$work/$target/corpus" -type f | wc -l)
    result=ok
    if [ "$status" -ne 0 ]; then
        result="FAILED (exit $status)"
        failed+=("$target")
        echo "---- $target: last lines of the libFuzzer log ----" >&2
        tail -n 60 "$log" >&2
        echo "---- failing inputs: $build_dir/fuzz-artifacts/$target" >&2
    fi
    summary+=("$(printf '%-26s %12s %10s %8s  %s' "$target" "${execs:-?}" "${rate:-?}" "$units" "$result")")
done

printf '%-26s %12s %10s %8s  %s\n' target executions 'exec/s' corpus result
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: FAILED: ${failed[*]}" >&2
    exit 1
fi
