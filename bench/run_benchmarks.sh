#!/usr/bin/env bash
# The validation speed benchmark of docs/PERFORMANCE.md.
#
#   bash bench/run_benchmarks.sh [BUILD_DIR]     (default: build/release)
#
# 1. bench_validate --generate-only writes the 5000-row Agent Profile file;
# 2. bench_validate times reading and validating it in-process;
# 3. the whole "ccbulk-cli validate agent-profile FILE --offline" process (the
#    same checks as the Python reference: the file against its type) and the Python
#    reference (bench/validate_reference.py) are timed on the same file, with
#    hyperfine when it is installed, else with a loop of date +%s%N.
#
# Exits 1 when a target is missed: the ccbulk-cli run must take at most a
# quarter of the Python script's time (ratio <= 0.25), and in-process reading
# plus validation must run at 300 MB/s or more (MB = 10^6 bytes). Exits 2 when
# the benchmark cannot run. PYTHON=/path/to/python3 selects the interpreter.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BUILD_DIR="${1:-build/release}"
BENCH="$BUILD_DIR/bench/bench_validate"
CLI="$BUILD_DIR/app/cli/ccbulk-cli"
PYTHON_SCRIPT="bench/validate_reference.py"
RUNS=20
WARMUP=3
TARGET_RATIO=0.25
TARGET_MB_PER_S=300

for program in "$BENCH" "$CLI"; do
    if [[ ! -x "$program" ]]; then
        echo "run_benchmarks: $program not found; build first:" >&2
        echo "  cmake --preset release && cmake --build --preset release" >&2
        exit 2
    fi
done
# The interpreter itself, not a wrapper such as a pyenv shim (a shell script
# that would add its own start-up to every Python run). PYTHON picks another.
PYTHON="${PYTHON:-python3}"
PYTHON_BIN="$("$PYTHON" -c 'import sys; print(sys.executable)')" || {
    echo "run_benchmarks: $PYTHON not found" >&2
    exit 2
}

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
FILE="$WORK/agent-profile-bench.csv"

value_of() { # value_of KEY TEXT: the value of a key=value line
    printf '%s\n' "$2" | sed -n "s/^$1=//p" | head -n 1
}

echo "== Machine"
echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "nproc: $(nproc)"
echo "python: $PYTHON_BIN ($("$PYTHON_BIN" --version 2>&1))"

echo
echo "== Generating the file"
"$BENCH" --generate-only --out "$FILE"

echo
echo "== In-process reading and validation"
inprocess="$("$BENCH" --out "$WORK/inprocess.csv")"
printf '%s\n' "$inprocess"
# The generator is deterministic: the in-process run measured the same bytes.
cmp -s "$FILE" "$WORK/inprocess.csv" || { echo "run_benchmarks: the generator is not deterministic" >&2; exit 2; }
rm -f "$WORK/inprocess.csv"
file_bytes="$(value_of file_bytes "$inprocess")"
mb_per_s="$(value_of inprocess_mb_per_s "$inprocess")"

echo
echo "== Both validators find the file valid, with the same rows"
set +e
cli_json="$("$CLI" validate agent-profile "$FILE" --offline --json)"
cli_status=$?
python_text="$("$PYTHON_BIN" "$PYTHON_SCRIPT" "$FILE")"
python_status=$?
set -e
cli_rows="$(printf '%s\n' "$cli_json" | sed -n 's/.*"rows": *\([0-9][0-9]*\).*/\1/p' | head -n 1)"
python_rows="$(printf '%s\n' "$python_text" | sed -n 's/^[^:]*: \([0-9][0-9]*\) rows.*/\1/p' | head -n 1)"
echo "ccbulk-cli: exit $cli_status, ${cli_rows:-?} rows"
echo "python:     exit $python_status, ${python_rows:-?} rows"
if [[ $cli_status -ne 0 || $python_status -ne 0 ]]; then
    echo "run_benchmarks: a validator did not find the file valid" >&2
    printf '%s\n' "$cli_json" | head -n 20 >&2
    printf '%s\n' "$python_text" | head -n 20 >&2
    exit 2
fi
if [[ -z "$cli_rows" || "$cli_rows" != "$python_rows" ]]; then
    echo "run_benchmarks: the validators count different rows" >&2
    exit 2
fi

echo
echo "== Whole runs: ccbulk-cli validate and the Python reference"
if command -v hyperfine >/dev/null; then
    JSON="$BUILD_DIR/bench/validate-hyperfine.json"
    # Without an intermediate shell where hyperfine can (1.13 and later).
    no_shell=()
    if hyperfine -N --runs 1 --style none true >/dev/null 2>&1; then
        no_shell=(-N)
    fi
    hyperfine "${no_shell[@]}" --warmup "$WARMUP" --runs "$RUNS" --style basic \
        --export-json "$JSON" \
        -n ccbulk-cli "'$CLI' validate agent-profile '$FILE' --offline" \
        -n python "'$PYTHON_BIN' '$PYTHON_SCRIPT' '$FILE'"
    # Wall-clock mean and median, and the CPU time (user + system) of each.
    read -r cli_ms python_ms cli_median_ms python_median_ms cli_cpu_ms python_cpu_ms \
        < <("$PYTHON_BIN" - "$JSON" <<'EOF'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
cli, python = results["ccbulk-cli"], results["python"]
print(" ".join("%.1f" % (seconds * 1000) for seconds in (
    cli["mean"], python["mean"], cli["median"], python["median"],
    cli["user"] + cli["system"], python["user"] + python["system"])))
EOF
)
    method="hyperfine $(hyperfine --version | awk '{print $2}') ${no_shell[*]:-(through a shell)}, $WARMUP warm-up runs, $RUNS runs, exported to $JSON"
else
    mean_ms() { # mean_ms COMMAND...: mean wall time of RUNS runs after WARMUP
        local i start end total=0
        for ((i = 0; i < WARMUP; ++i)); do "$@" >/dev/null; done
        for ((i = 0; i < RUNS; ++i)); do
            start=$(date +%s%N)
            "$@" >/dev/null
            end=$(date +%s%N)
            total=$((total + end - start))
        done
        awk -v ns="$total" -v n="$RUNS" 'BEGIN { printf "%.1f", ns / n / 1e6 }'
    }
    cli_ms="$(mean_ms "$CLI" validate agent-profile "$FILE" --offline)"
    python_ms="$(mean_ms "$PYTHON_BIN" "$PYTHON_SCRIPT" "$FILE")"
    cli_median_ms="-"
    python_median_ms="-"
    cli_cpu_ms="-"
    python_cpu_ms="-"
    method="bash loop with date +%s%N, $WARMUP warm-up runs, $RUNS runs"
fi

ratio="$(awk -v a="$cli_ms" -v b="$python_ms" 'BEGIN { printf "%.3f", a / b }')"
ratio_ok="$(awk -v r="$ratio" -v t="$TARGET_RATIO" 'BEGIN { print (r <= t) ? "yes" : "no" }')"
speed_ok="$(awk -v s="$mb_per_s" -v t="$TARGET_MB_PER_S" 'BEGIN { print (s >= t) ? "yes" : "no" }')"

echo
echo "== Summary ($method)"
echo "file_bytes=$file_bytes"
echo "rows=$cli_rows"
echo "inprocess_best_ms=$(value_of inprocess_best_ms "$inprocess")"
echo "inprocess_median_ms=$(value_of inprocess_median_ms "$inprocess")"
echo "inprocess_mb_per_s=$mb_per_s (target >= $TARGET_MB_PER_S: $speed_ok)"
echo "cli_mean_ms=$cli_ms"
echo "cli_median_ms=$cli_median_ms"
echo "python_mean_ms=$python_ms"
echo "python_median_ms=$python_median_ms"
echo "ratio=$ratio (target <= $TARGET_RATIO: $ratio_ok)"
if [[ "$cli_cpu_ms" != - ]]; then
    # Less sensitive than wall time to other work on a shared machine.
    echo "cli_cpu_ms=$cli_cpu_ms"
    echo "python_cpu_ms=$python_cpu_ms"
    echo "cpu_ratio=$(awk -v a="$cli_cpu_ms" -v b="$python_cpu_ms" 'BEGIN { printf "%.3f", a / b }') (for information)"
fi

if [[ "$ratio_ok" != yes || "$speed_ok" != yes ]]; then
    echo "run_benchmarks: target missed" >&2
    exit 1
fi
echo "All targets met."
