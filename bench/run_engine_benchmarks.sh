#!/usr/bin/env bash
# The import and export benchmarks of docs/PERFORMANCE.md ("Import and export
# (engine)").
#
#   bash bench/run_engine_benchmarks.sh [BUILD_DIR]     (default: build/release)
#
# Import: bench_engine import-files writes a 5000-row Agent Profile file (about
# 5 MB) and the files of the objects it names; those are imported once, not
# timed, into a new local tenant with ccbulk-cli. Each timed run starts from a
# copy of that tenant file (and of the job store beside it) and runs the whole
# "ccbulk-cli --tenant COPY import agent-profile FILE" process; in the same
# runs, alternating with it in rounds, "sqlite3 DB '.import --csv FILE t'"
# loads the same file into one table of a new database. The peak memory of the import is the maximum
# resident set size that /usr/bin/time -v reports.
#
# Export: bench_engine export-tenant fills a tenant file with 100 000 sites
# (through LocalTenant::apply, not timed); each timed run is the whole
# "ccbulk-cli --tenant T export site -o sites.zip" process, which writes a ZIP
# of 20 CSV files. bench_engine also times the engines in-process.
#
# Targets: import at most 3 times sqlite3 (medians), export at most 2 s
# (median), peak memory of the import at most 100 MB (MB = 10^6 bytes).
# Exits 1 when a target is missed or the export does not end as it must (it is
# timed all the same), 2 when the benchmark cannot run (a tool is missing, a
# prerequisite file or the Agent Profile file does not import cleanly).
# RUNS (default 10) and WARMUP (default 1) set the hyperfine runs; the import
# and sqlite3 runs alternate in rounds of PER_ROUND (default 2) runs each.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BUILD_DIR="${1:-build/release}"
BENCH="$(realpath -m "$BUILD_DIR/bench/bench_engine")"
CLI="$(realpath -m "$BUILD_DIR/app/cli/ccbulk-cli")"
RUNS="${RUNS:-10}"
WARMUP="${WARMUP:-1}"
PER_ROUND="${PER_ROUND:-2}"
MEMORY_RUNS=3
TARGET_IMPORT_RATIO=3
TARGET_EXPORT_MS=2000
TARGET_PEAK_BYTES=100000000
EXPORT_OBJECTS=100000
EXPORT_FILES=20

for program in "$BENCH" "$CLI"; do
    if [[ ! -x "$program" ]]; then
        echo "run_engine_benchmarks: $program not found; build first:" >&2
        echo "  cmake --preset release && cmake --build --preset release" >&2
        exit 2
    fi
done
for tool in hyperfine sqlite3 python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "run_engine_benchmarks: $tool is needed (apt-get install hyperfine sqlite3)" >&2
        exit 2
    fi
done
if [[ ! -x /usr/bin/time ]]; then
    echo "run_engine_benchmarks: /usr/bin/time is needed (apt-get install time)" >&2
    exit 2
fi
PYTHON="$(python3 -c 'import sys; print(sys.executable)')"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
FILES="$WORK/files"
FILE="$FILES/agent-profile.csv"
PREPARED="$WORK/prepared" # the tenant and the job store every import starts from
RUN="$WORK/run"           # their copy for one run
SQLITE_DB="$WORK/sqlite.db"
EXPORT_TENANT="$WORK/export.sqlite"
EXPORT_ZIP="$WORK/export/sites.zip"

# ccbulk-cli keeps its job store and settings under these; the tenant is given
# with --tenant.
export XDG_DATA_HOME="$RUN/data"
export XDG_CONFIG_HOME="$RUN/config"

value_of() { # value_of KEY TEXT: the value of a key=value line
    printf '%s\n' "$2" | sed -n "s/^$1=//p" | head -n 1
}
quoted() { # quoted WORD...: one command line, each word quoted for hyperfine
    printf '%q ' "$@"
}
json_field() { # json_field EXPRESSION: evaluates d[...] on the JSON on stdin
    "$PYTHON" -c "import json, sys; d = json.load(sys.stdin); print($1)"
}

# Scripts hyperfine runs before each timed run (one program each, so that
# they need no shell in hyperfine's -N mode).
cat >"$WORK/prepare-import.sh" <<EOF
rm -rf '$RUN' && cp -a '$PREPARED' '$RUN'
EOF
cat >"$WORK/prepare-sqlite.sh" <<EOF
rm -f '$SQLITE_DB' '$SQLITE_DB-journal'
EOF
cat >"$WORK/prepare-export.sh" <<EOF
rm -rf '$RUN' '$WORK/export' && mkdir -p '$RUN/data' '$RUN/config' '$WORK/export'
EOF

echo "== Machine"
echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "nproc: $(nproc)"
echo "memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
echo "load: $(uptime | sed 's/.*load average: //')"
echo "sqlite3: $(sqlite3 --version | awk '{print $1}')"
echo "hyperfine: $(hyperfine --version | awk '{print $2}')"

echo
echo "== Import: the files"
files_out="$("$BENCH" import-files "$FILES")"
printf '%s\n' "$files_out" | grep -v '^prerequisite='
file_bytes="$(value_of file_bytes "$files_out")"
# The generator is deterministic: the same digest on every run.
echo "sha256=$(sha256sum "$FILE" | awk '{print $1}')"

echo
echo "== Import: the objects the file names, into a new tenant (not timed)"
mkdir -p "$RUN/data" "$RUN/config"
while read -r type name; do
    set +e
    json="$("$CLI" --tenant "$RUN/tenant.sqlite" import "$type" "$FILES/$name" --json)"
    status=$?
    set -e
    summary="$(printf '%s' "$json" | json_field '"%s %s: %d created, %d failed" % (d["objectType"], d["status"], d["counts"]["created"], d["counts"]["failed"])')"
    echo "$summary (exit $status)"
    if [[ $status -ne 0 ]]; then
        echo "run_engine_benchmarks: the $type file did not import cleanly" >&2
        exit 2
    fi
done < <(printf '%s\n' "$files_out" | sed -n 's/^prerequisite=//p')
for suffix in -wal -shm; do
    if [[ -e "$RUN/tenant.sqlite$suffix" ]]; then
        echo "run_engine_benchmarks: the tenant file was left open ($suffix)" >&2
        exit 2
    fi
done
rm -rf "$PREPARED"
mv "$RUN" "$PREPARED"
import_command=("$CLI" --tenant "$RUN/tenant.sqlite" import agent-profile "$FILE")

echo
echo "== Import: every row is created"
bash "$WORK/prepare-import.sh"
set +e
json="$("${import_command[@]}" --json)"
import_status=$?
set -e
read -r import_job_status import_created import_failed import_total < <(printf '%s' "$json" |
    json_field '" ".join(str(x) for x in (d["status"], d["counts"]["created"], d["counts"]["failed"], d["counts"]["total"]))')
echo "ccbulk-cli import: exit $import_status, $import_job_status, $import_created created, $import_failed failed of $import_total"
if [[ $import_status -ne 0 || "$import_created" != 5000 || "$import_failed" != 0 ]]; then
    echo "run_engine_benchmarks: the import did not create all 5000 rows" >&2
    printf '%s\n' "$json" | head -n 30 >&2 || true
    exit 2
fi
bash "$WORK/prepare-sqlite.sh"
sqlite3 "$SQLITE_DB" ".import --csv '$FILE' t"
sqlite_rows="$(sqlite3 "$SQLITE_DB" 'SELECT count(*) FROM t')"
echo "sqlite3 .import: $sqlite_rows rows in table t"
if [[ "$sqlite_rows" != 5000 ]]; then
    echo "run_engine_benchmarks: sqlite3 did not load 5000 rows" >&2
    exit 2
fi

echo
echo "== Import: peak memory (/usr/bin/time -v, $MEMORY_RUNS runs)"
peaks=()
for ((i = 0; i < MEMORY_RUNS; ++i)); do
    bash "$WORK/prepare-import.sh"
    /usr/bin/time -v -o "$WORK/time.txt" "${import_command[@]}" >/dev/null
    kbytes="$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$WORK/time.txt")"
    echo "maximum resident set size: $kbytes KiB"
    peaks+=("$kbytes")
done
peak_kib="$(printf '%s\n' "${peaks[@]}" | sort -n | tail -n 1)"
peak_mb="$(awk -v k="$peak_kib" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')"

# Without an intermediate shell where hyperfine can (1.13 and later).
no_shell=()
if hyperfine -N --runs 1 --style none true >/dev/null 2>&1; then
    no_shell=(-N)
fi
# stats JSON NAME: best, median and mean wall time of a command, and its
# mean CPU time (user + system), in ms.
stats() {
    "$PYTHON" - "$1" "$2" <<'EOF'
import json, sys
r = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}[sys.argv[2]]
print(" ".join("%.1f" % (s * 1000) for s in (r["min"], r["median"], r["mean"], r["user"] + r["system"])))
EOF
}

echo
echo "== Import: whole runs, ccbulk-cli import and sqlite3 .import"
# In rounds of PER_ROUND runs of each, one program after the other: a shared
# machine that slows down for a while then slows both alike, not only the one
# whose runs fell in that while. The figures are over every run.
rounds=$(((RUNS + PER_ROUND - 1) / PER_ROUND))
for ((round = 1; round <= rounds; ++round)); do
    warmup=0
    [[ $round -eq 1 ]] && warmup="$WARMUP"
    hyperfine "${no_shell[@]}" --warmup "$warmup" --runs "$PER_ROUND" --style none \
        --export-json "$WORK/import-$round.json" \
        --prepare "bash $WORK/prepare-import.sh" -n ccbulk-cli "$(quoted "${import_command[@]}")" \
        --prepare "bash $WORK/prepare-sqlite.sh" \
        -n sqlite3 "$(quoted sqlite3 "$SQLITE_DB" ".import --csv '$FILE' t")" >/dev/null
done
# The rounds' runs together, as one hyperfine result a command.
"$PYTHON" - "$WORK" "$rounds" >"$WORK/import.json" <<'EOF'
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
merged = {}
for number in range(1, rounds + 1):
    for r in json.load(open("%s/import-%d.json" % (work, number)))["results"]:
        m = merged.setdefault(r["command"], {"times": [], "cpu": []})
        m["times"] += r["times"]
        m["cpu"] += [r["user"] + r["system"]] * len(r["times"])
results = [{"command": command, "times": m["times"], "min": min(m["times"]),
            "median": statistics.median(m["times"]), "mean": statistics.mean(m["times"]),
            "user": statistics.mean(m["cpu"]), "system": 0.0}
           for command, m in merged.items()]
json.dump({"results": results}, sys.stdout)
EOF
"$PYTHON" - "$WORK/import.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    t = sorted(r["times"])
    print("%-10s %d runs: min %.1f ms, median %.1f ms, max %.1f ms"
          % (r["command"], len(t), t[0] * 1000, r["median"] * 1000, t[-1] * 1000))
EOF
read -r import_best import_median import_mean import_cpu < <(stats "$WORK/import.json" ccbulk-cli)
read -r sqlite_best sqlite_median sqlite_mean sqlite_cpu < <(stats "$WORK/import.json" sqlite3)

echo
echo "== Import: in-process (ImportEngine::run on a copy of the tenant, no job store)"
inprocess_import="$("$BENCH" import-inprocess "$PREPARED/tenant.sqlite" "$FILE" --repeat 5)"
printf '%s\n' "$inprocess_import"

echo
echo "== Export: a tenant of $EXPORT_OBJECTS sites (not timed)"
"$BENCH" export-tenant "$EXPORT_TENANT" --objects "$EXPORT_OBJECTS"
export_command=("$CLI" --tenant "$EXPORT_TENANT" export site -o "$EXPORT_ZIP")

echo
echo "== Export: the ZIP holds every site"
bash "$WORK/prepare-export.sh"
set +e
json="$("${export_command[@]}" --json)"
export_status=$?
set -e
read -r export_job_status export_message < <(printf '%s' "$json" |
    json_field 'd["status"] + " " + (d["message"] or "")')
zip_check="$("$PYTHON" - "$EXPORT_ZIP" <<'EOF'
import sys, zipfile
try:
    with zipfile.ZipFile(sys.argv[1]) as archive:
        names = archive.namelist()
        rows = sum(archive.read(name).count(b"\r\n") - 1 for name in names)
    print(len(names), rows)
except OSError as error:
    print(0, 0)
EOF
)"
read -r zip_files zip_rows <<<"$zip_check"
echo "ccbulk-cli export: exit $export_status, $export_job_status${export_message:+ ($export_message)}"
echo "ZIP: $zip_files files, $zip_rows data rows"
export_ok=yes
if [[ $export_status -ne 0 || "$zip_files" != "$EXPORT_FILES" || "$zip_rows" != "$EXPORT_OBJECTS" ]]; then
    export_ok=no
    echo "run_engine_benchmarks: the export did not complete as it must; timed anyway" >&2
fi

bash "$WORK/prepare-export.sh"
/usr/bin/time -v -o "$WORK/time.txt" "${export_command[@]}" >/dev/null || true
export_peak_kib="$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$WORK/time.txt")"
echo "maximum resident set size: $export_peak_kib KiB (for information)"

echo
echo "== Export: whole runs, ccbulk-cli export"
ignore=()
[[ $export_status -eq 0 ]] || ignore=(-i)
hyperfine "${no_shell[@]}" "${ignore[@]}" --warmup "$WARMUP" --runs "$RUNS" --style basic \
    --export-json "$WORK/export.json" \
    --prepare "bash $WORK/prepare-export.sh" -n ccbulk-cli "$(quoted "${export_command[@]}")"
read -r export_best export_median export_mean export_cpu < <(stats "$WORK/export.json" ccbulk-cli)

echo
echo "== Export: in-process (ExportEngine::writeData)"
set +e
inprocess_export="$("$BENCH" export-inprocess "$EXPORT_TENANT" "$WORK/export-inprocess" --repeat 5 2>&1)"
inprocess_export_status=$?
set -e
printf '%s\n' "$inprocess_export"

ratio_median="$(awk -v a="$import_median" -v b="$sqlite_median" 'BEGIN { printf "%.2f", a / b }')"
ratio_best="$(awk -v a="$import_best" -v b="$sqlite_best" 'BEGIN { printf "%.2f", a / b }')"
import_ok="$(awk -v r="$ratio_median" -v t="$TARGET_IMPORT_RATIO" 'BEGIN { print (r <= t) ? "yes" : "no" }')"
export_time_ok="$(awk -v m="$export_median" -v t="$TARGET_EXPORT_MS" 'BEGIN { print (m <= t) ? "yes" : "no" }')"
memory_ok="$(awk -v k="$peak_kib" -v t="$TARGET_PEAK_BYTES" 'BEGIN { print (k * 1024 <= t) ? "yes" : "no" }')"

echo
echo "== Summary (hyperfine ${no_shell[*]:-(through a shell)}, $WARMUP warm-up run(s), $RUNS runs, the import's in rounds of $PER_ROUND; times in ms)"
echo "load=$(uptime | sed 's/.*load average: //')"
echo "import_file_bytes=$file_bytes"
echo "import_rows_created=$import_created"
echo "import_best_ms=$import_best"
echo "import_median_ms=$import_median"
echo "import_mean_ms=$import_mean"
echo "sqlite_best_ms=$sqlite_best"
echo "sqlite_median_ms=$sqlite_median"
echo "sqlite_mean_ms=$sqlite_mean"
echo "import_ratio_best=$ratio_best"
echo "import_ratio_median=$ratio_median (target <= $TARGET_IMPORT_RATIO: $import_ok)"
# CPU time is less sensitive than wall time to other work on a shared machine.
echo "import_cpu_ms=$import_cpu"
echo "sqlite_cpu_ms=$sqlite_cpu"
echo "import_cpu_ratio=$(awk -v a="$import_cpu" -v b="$sqlite_cpu" 'BEGIN { printf "%.2f", a / b }') (for information)"
echo "import_inprocess_best_ms=$(value_of import_inprocess_best_ms "$inprocess_import")"
echo "import_inprocess_median_ms=$(value_of import_inprocess_median_ms "$inprocess_import")"
echo "import_peak_rss_kib=$peak_kib"
echo "import_peak_rss_mb=$peak_mb (target <= 100: $memory_ok)"
echo "export_objects=$EXPORT_OBJECTS"
echo "export_status=$export_status ($export_job_status)"
echo "export_zip_files=$zip_files"
echo "export_zip_rows=$zip_rows"
echo "export_best_ms=$export_best"
echo "export_median_ms=$export_median (target <= $TARGET_EXPORT_MS: $export_time_ok)"
echo "export_mean_ms=$export_mean"
echo "export_cpu_ms=$export_cpu"
echo "export_peak_rss_mb=$(awk -v k="$export_peak_kib" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')"
echo "export_inprocess_best_ms=$(value_of export_inprocess_best_ms "$inprocess_export")"
echo "export_inprocess_median_ms=$(value_of export_inprocess_median_ms "$inprocess_export")"
echo "export_read_objects_median_ms=$(value_of read_objects_median_ms "$inprocess_export")"

if [[ "$import_ok" != yes || "$export_time_ok" != yes || "$memory_ok" != yes ||
    "$export_ok" != yes || $inprocess_export_status -ne 0 ]]; then
    echo "run_engine_benchmarks: target missed" >&2
    exit 1
fi
echo "All targets met."
