#!/usr/bin/env bash
# Document reading speed:
#  1. PDF: pages per second of `sluice-cli run` with a pdf-only pipeline (text in reading order, no word
#     boxes; one worker, then pages split over 2 workers; then the stage's defaults with word boxes and
#     tables) against `pdftotext` (poppler-utils, the same poppler), on two 200-page PDFs made of the
#     corpus' LaTeX paper (issue-598-example.pdf):
#       shared fonts  — `mutool merge` of its page 200 times: every page uses the same font objects, as the
#                       pages of a document written by one application (LaTeX, Word, a browser) do;
#       font per page — `pdfunite` of 200 copies rewritten by `pdftocairo -pdf`: every page carries its own
#                       copy of its fonts, as a file merged from 200 one-page PDFs does (Sluice parses each
#                       font once per run of pages that share it, so this is its worst case).
#  2. DOCX: time to parse a large generated .docx (make_docx.py, about 500 pages) with a docx-only pipeline,
#     next to `unzip -p` of its document.xml (the floor: inflating the XML alone).
# Usage: bench/documents/run.sh [BUILD_DIR] [RUNS]   (default ./build, 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-./build}"
runs="${2:-5}"
cli="$build/app/sluice-cli"
[[ -x $cli ]] || { echo "build first: scripts/build.sh" >&2; exit 2; }
for tool in hyperfine mutool pdfunite pdftocairo pdftotext pdfinfo unzip python3; do
  command -v "$tool" >/dev/null || { echo "$tool missing: scripts/setup-deps.sh --test" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg"
corpus=tests/data/pdf

# 200 pages of text: the one-page LaTeX paper 200 times, with shared fonts and with a font copy per page.
pages=200
mutool merge -o "$work/shared-fonts.pdf" "$corpus/issue-598-example.pdf" "$(seq -s, "$pages" | sed 's/[0-9]\+/1/g')"
inputs=()
for _ in $(seq "$pages"); do inputs+=("$corpus/issue-598-example.pdf"); done
pdfunite "${inputs[@]}" "$work/united.pdf"
# pdfunite (poppler 22.12) writes a trailer whose /Root lies beyond its /Size, so poppler rebuilds the
# cross-reference table on open (a million entries here) and poppler-qt6 then copies that table for every
# page. pdftocairo rewrites the pages as a clean PDF (text stays text; each page keeps its own fonts).
pdftocairo -pdf "$work/united.pdf" "$work/font-per-page.pdf"
for doc in shared-fonts font-per-page; do
  echo "PDF $doc: $(pdfinfo "$work/$doc.pdf" | awk '/^Pages:/ {print $2}') pages, $(stat -c %s "$work/$doc.pdf") bytes"
done

run_cli() { echo "$cli run --pipeline bench/documents/$1 --out $work/out-$2 --state $work/$2.sqlite $3"; }
# The commands take turns, run by run (one warm-up round first), so that a change in the machine's speed during
# the run — a shared virtual machine's CPU can slow by half for minutes — weighs on all of them alike. Wall
# time: median and fastest of the runs; CPU: user + system time (os.wait4).
for doc in shared-fonts font-per-page; do
  pdf="$work/$doc.pdf"
  echo "== $doc"
  python3 - "$runs" "$pages" "$doc" \
    "pdftotext=pdftotext $pdf $work/$doc.txt" \
    "sluice-1-worker=$(run_cli pdf-text.sluice.json one "$pdf")" \
    "sluice-2-workers=$(run_cli pdf-text-2workers.sluice.json two "$pdf")" \
    "sluice-defaults=$(run_cli pdf-full.sluice.json full "$pdf")" <<'PY'
import os, shlex, statistics, subprocess, sys, time
runs, pages, doc = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
commands = [arg.split("=", 1) for arg in sys.argv[4:]]
wall = {name: [] for name, _ in commands}
cpu = {name: [] for name, _ in commands}
for round_ in range(runs + 1):
    for name, command in commands[round_ % len(commands):] + commands[:round_ % len(commands)]:
        start = time.perf_counter()
        child = subprocess.Popen(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"{name} failed: {command}")
        if round_ > 0:
            wall[name].append(elapsed)
            cpu[name].append(usage.ru_utime + usage.ru_stime)
base = statistics.median(wall["pdftotext"])
for name, _ in commands:
    median = statistics.median(wall[name])
    print(f"{doc:14s} {name:17s} median {median:6.3f} s (fastest {min(wall[name]):6.3f} s)  "
          f"{pages / median:7.1f} pages/s  speed vs pdftotext {base / median:.2f}x  "
          f"CPU {statistics.median(cpu[name]):6.3f} s")
PY
done

# Instruction counts (callgrind): independent of the machine's load, so comparable on a shared machine. One
# worker only: valgrind runs one thread at a time and switches rarely, so how the pages split between two
# workers under it (often nearly all to the first) says nothing about a real run.
if command -v valgrind >/dev/null; then
  count() { # NAME COMMAND... : Ir of all threads
    local name="$1"
    shift
    rm -f "$work"/cg.*
    valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$work/cg.%p" "$@" >/dev/null 2>&1
    python3 - "$name" "$work" <<'PY'
import glob, sys
ir = {}
for f in glob.glob(sys.argv[2] + "/cg.*"):
    for line in open(f):
        if line.startswith("totals:"):
            ir[f] = int(line.split()[1])
print(f"{sys.argv[1]:26s} {sum(ir.values()) / 1e6:9.1f} M instructions")
PY
  }
  for doc in shared-fonts font-per-page; do
    pdf="$work/$doc.pdf"
    count "$doc pdftotext" pdftotext "$pdf" "$work/$doc.txt"
    rm -rf "$work"/out-* "$work"/*.sqlite
    # shellcheck disable=SC2046
    count "$doc 1 worker" $(run_cli pdf-text.sluice.json one "$pdf")
  done
else
  echo "valgrind missing: no instruction counts (scripts/setup-deps.sh --test)"
fi

python3 bench/documents/make_docx.py "$work/big.docx" 500
echo "DOCX: $(stat -c %s "$work/big.docx") bytes, document.xml $(unzip -p "$work/big.docx" word/document.xml | wc -c) bytes"
hyperfine --warmup 1 --runs "$runs" --export-json "$work/docx.json" \
  -n unzip-document-xml "unzip -p $work/big.docx word/document.xml > /dev/null" \
  -n sluice-docx "$(run_cli docx.sluice.json docx "$work/big.docx")"
python3 - "$work/docx.json" "$work/out-docx/big.docx.sluice.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command']:20s} {r['mean']:7.3f} s ± {r['stddev']:.3f}")
stats = json.load(open(sys.argv[2]))["stages"]["docx"]["statistics"]
print("parsed:", {k: stats[k] for k in ("paragraphs", "words", "tables", "headings", "list_items")})
PY
