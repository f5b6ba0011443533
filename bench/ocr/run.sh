#!/usr/bin/env bash
# OCR, in one run, on the same page images, language eng, --psm 3, both with OMP_THREAD_LIMIT=1:
#  1. seconds per page: `sluice-cli run` with the ocr stage, preprocessing off, one worker, vs the `tesseract`
#     command (hyperfine, whole runs over PAGES images; the stage's own time from the results too);
#  2. throughput with 2 workers vs 1 (same pages, preprocessing off), next to the machine's own ceiling: the
#     `tesseract` command on the same pages, two processes at a time vs one (xargs -P 2); and CPU seconds per
#     page of each, which rise when the two cores slow each other down (shared caches, memory, a host
#     that gives the VM two hyperthreads of one core) — run on an idle machine (uptime load < 0.5);
#  3. share of a set of hard scans (turned 12° and −15°, on its side, upside down, salt-and-pepper noise,
#     negative, 100 dpi, cardinal.pdf's four pages, skew.pdf, rotated_skew.pdf, crom.png) read correctly by
#     Sluice (stage defaults) and by `tesseract` (same language and mode): "correctly" = the key phrases of
#     the page are in the text;
#  4. character accuracy on linn.png against its ground truth linn.txt (1 − Levenshtein distance / length,
#     whitespace runs folded to one space), Sluice defaults and `tesseract --dpi 300`.
# Usage: bench/ocr/run.sh [BUILD_DIR] [RUNS]   (default ./build, 2)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-./build}"
runs="${2:-2}"
cli="${SLUICE_CLI:-$build/app/sluice-cli}"
[[ -x $cli ]] || { echo "build first: scripts/build.sh (or pass BUILD_DIR / set SLUICE_CLI)" >&2; exit 2; }
for tool in hyperfine tesseract convert pdftoppm python3; do
  command -v $tool >/dev/null || { echo "$tool missing: scripts/setup-deps.sh --test" >&2; exit 2; }
done
export OMP_THREAD_LIMIT=1
data="$PWD/tests/data/ocr"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg"

# --- pages: 16 pages from tests/data/ocr, of unequal length (0.2–3.9 s of CPU each), so that two workers can
# share them out evenly (with 4 pages, the order alone caps 2 workers at ~1.8x) -----------------------------
mkdir -p "$work/pages"
p="$work/pages"
cp "$data/linn.png" "$p/p01.png"
convert "$data/linn.png" -crop 2550x1650+0+0 +repage -density 300 -units PixelsPerInch "$p/p02.png"
convert "$data/linn.png" -crop 2550x1650+0+1650 +repage -density 300 -units PixelsPerInch "$p/p03.png"
for i in 1 2 3 4; do pdftoppm -r 300 -f $i -l $i -singlefile -gray -png "$data/cardinal.pdf" "$p/p0$((i + 3))"; done
pdftoppm -r 300 -singlefile -gray -png "$data/skew.pdf" "$p/p08"
pdftoppm -r 300 -singlefile -gray -png "$data/rotated_skew.pdf" "$p/p09"
pdftoppm -r 300 -singlefile -gray -png "$data/c02-22.pdf" "$p/p10"
cp "$data/typewriter.png" "$p/p11.png"
cp "$data/baiona_gray.png" "$p/p12.png"
convert "$data/linn.png" -resize 66.667% -density 200 -units PixelsPerInch "$p/p13.png"
pdftoppm -r 200 -f 1 -l 1 -singlefile -gray -png "$data/cardinal.pdf" "$p/p14"
pdftoppm -r 200 -singlefile -gray -png "$data/skew.pdf" "$p/p15"
convert "$data/linn.png" -rotate 180 -density 300 -units PixelsPerInch "$p/p16.png"
npages=$(ls "$work/pages" | wc -l)

pipeline() { # name, params JSON
  cat >"$work/$1.sluice.json" <<JSON
{"format": "sluice-pipeline", "version": 1, "name": "$1",
 "nodes": [{"id": "ocr", "stage": "ocr", "position": [0, 0], "params": $2}], "edges": []}
JSON
}
pipeline plain '{"preprocess": false, "dpi": 300, "psm": 3, "keep_preprocessed": false}'
pipeline defaults '{"psm": 3, "keep_preprocessed": false}'

cat >"$work/tess_all.sh" <<SH
#!/usr/bin/env bash
for f in "$work"/pages/*.png; do tesseract "\$f" "$work/tess-\$(basename "\$f" .png)" --dpi 300 --psm 3 -l eng quiet; done
SH
chmod +x "$work/tess_all.sh"
# The machine's own ceiling: the same pages read by two `tesseract` processes side by side (each page once).
cat >"$work/tess_2.sh" <<SH
#!/usr/bin/env bash
ls "$work"/pages/*.png | xargs -P 2 -I{} sh -c 'tesseract "\$1" "$work/tess2-\$(basename "\$1" .png)" --dpi 300 --psm 3 -l eng quiet' _ {}
SH
chmod +x "$work/tess_2.sh"

hyperfine --warmup 0 --runs "$runs" --export-json "$work/speed.json" \
  -n "sluice 1 worker" "rm -rf $work/r1 $work/s1.sqlite; $cli run --jobs 1 --pipeline $work/plain.sluice.json --out $work/r1 --state $work/s1.sqlite $work/pages" \
  -n "sluice 2 workers" "rm -rf $work/r2 $work/s2.sqlite; $cli run --jobs 2 --pipeline $work/plain.sluice.json --out $work/r2 --state $work/s2.sqlite $work/pages" \
  -n "tesseract" "$work/tess_all.sh" \
  -n "tesseract 2 processes" "$work/tess_2.sh"

# --- hard scans -----------------------------------------------------------------------------------------
mkdir -p "$work/hard"
top="$work/top.png" # the brochure's title and first paragraph
convert "$data/linn.png" -crop 2550x1000+0+0 +repage -colorspace Gray "$top"
convert "$top" -background white -rotate 12 -density 300 -units PixelsPerInch "$work/hard/turned12.png"
convert "$top" -background white -rotate -15 -density 300 -units PixelsPerInch "$work/hard/turned-15.png"
convert "$top" -rotate 90 -density 300 -units PixelsPerInch "$work/hard/side.png"
convert "$top" -rotate 180 -density 300 -units PixelsPerInch "$work/hard/upside.png"
convert "$top" -attenuate 0.4 +noise Impulse -density 300 -units PixelsPerInch "$work/hard/noise.png"
convert "$top" -negate -density 300 -units PixelsPerInch "$work/hard/negative.png"
convert "$top" -resize 33.333% -density 100 -units PixelsPerInch "$work/hard/lowres.png"
pdftoppm -r 200 -gray -png "$data/cardinal.pdf" "$work/hard/cardinal"
pdftoppm -r 200 -gray -png "$data/skew.pdf" "$work/hard/skew"
pdftoppm -r 200 -gray -png "$data/rotated_skew.pdf" "$work/hard/rotated_skew"
cp "$data/crom.png" "$work/hard/crom.png"
rm -rf "$work/rh"
"$cli" run --jobs 2 --pipeline "$work/defaults.sluice.json" --out "$work/rh" --state "$work/sh.sqlite" "$work/hard" >/dev/null || true
for f in "$work"/hard/*.png; do
  dpi=300; case "$(basename "$f")" in cardinal*|skew*|rotated_skew*) dpi=200;; lowres*) dpi=100;; crom*) dpi=0;; esac
  if [[ $dpi -gt 0 ]]; then tesseract "$f" "$work/th-$(basename "$f" .png)" --dpi $dpi --psm 3 -l eng quiet
  else tesseract "$f" "$work/th-$(basename "$f" .png)" --psm 3 -l eng quiet; fi
done

# --- linn.png accuracy ------------------------------------------------------------------------------------
rm -rf "$work/rl"
"$cli" run --jobs 1 --pipeline "$work/defaults.sluice.json" --out "$work/rl" --state "$work/sl.sqlite" "$data/linn.png" >/dev/null
tesseract "$data/linn.png" "$work/tl" --dpi 300 --psm 3 -l eng quiet

python3 - "$work" "$npages" "$data/linn.txt" <<'PY'
import json, sys, os, glob, re
work, npages, truth_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]

def result_text(d, name):
    with open(os.path.join(d, name + ".sluice.json")) as f:
        doc = json.load(f)
    return doc["stages"]["ocr"]["text"], doc

speed = {r["command"]: r for r in json.load(open(os.path.join(work, "speed.json")))["results"]}
one, two, tess = speed["sluice 1 worker"]["mean"], speed["sluice 2 workers"]["mean"], speed["tesseract"]["mean"]
stage_ms = 0
for p in sorted(glob.glob(os.path.join(work, "pages", "*.png"))):
    _, doc = result_text(os.path.join(work, "r1"), os.path.basename(p))
    stage_ms += doc["duration_ms"]
print(f"{'what':44s} {'value':>10s}  note")
print(f"{'tesseract command, s/page':44s} {tess / npages:10.2f}  {npages} pages, --psm 3 --dpi 300, OMP_THREAD_LIMIT=1")
print(f"{'sluice ocr (preprocessing off), s/page':44s} {one / npages:10.2f}  whole CLI run, 1 worker; ratio {one / tess:.2f}x (target <= 1.05)")
print(f"{'  of which the stage itself, s/page':44s} {stage_ms / 1000 / npages:10.2f}  from the results' duration_ms; ratio {stage_ms / 1000 / tess:.2f}x")
cpu = {k: v["user"] + v["system"] for k, v in speed.items()}
print(f"{'  CPU s/page (user+sys): sluice, tesseract':44s} {cpu['sluice 1 worker'] / npages:10.2f}  {cpu['tesseract'] / npages:.2f}; ratio {cpu['sluice 1 worker'] / cpu['tesseract']:.2f}x (robust to other load)")
tess2 = speed["tesseract 2 processes"]["mean"]
print(f"{'throughput 2 workers vs 1':44s} {one / two:10.2f}x target >= 1.8 (needs an idle machine: check uptime)")
print(f"{'  the machine: 2 tesseract processes vs 1':44s} {tess / tess2:10.2f}x the ceiling for the line above")
print(f"{'  CPU s/page, sluice 1 vs 2 workers':44s} {cpu['sluice 1 worker'] / npages:10.2f}  {cpu['sluice 2 workers'] / npages:.2f} "
      f"(tesseract 1 vs 2 processes: {cpu['tesseract'] / npages:.2f} {cpu['tesseract 2 processes'] / npages:.2f}); "
      "CPU rising with 2 at once = the cores slow each other down")

def norm(s):
    return re.sub(r"\s+", " ", s).strip()
phrases = {
    "turned12": ["32 Track MIDI Sequence Recorder", "state-of-the-art composition"],
    "turned-15": ["32 Track MIDI Sequence Recorder", "state-of-the-art composition"],
    "side": ["32 Track MIDI Sequence Recorder", "state-of-the-art composition"],
    "upside": ["32 Track MIDI Sequence Recorder", "state-of-the-art composition"],
    "noise": ["32 Track MIDI Sequence Recorder", "state-of-the-art composition"],
    "negative": ["32 Track MIDI Sequence Recorder", "state-of-the-art composition"],
    "lowres": ["32 Track MIDI Sequence Recorder", "state-of-the-art composition"],
    "cardinal-1": ["32 Track MIDI Sequence Recorder", "Recording a Sequence"],
    "cardinal-2": ["32 Track MIDI Sequence Recorder", "Recording a Sequence"],
    "cardinal-3": ["32 Track MIDI Sequence Recorder", "Recording a Sequence"],
    "cardinal-4": ["32 Track MIDI Sequence Recorder", "Recording a Sequence"],
    "skew-1": ["32 Track MIDI Sequence Recorder", "Recording a Sequence"],
    "rotated_skew-1": ["32 Track MIDI Sequence Recorder", "Recording a Sequence"],
    "crom": ["perfectly cromulent word"],
}
ok_s = ok_t = 0
rows = []
for name, want in sorted(phrases.items()):
    try:
        s, _ = result_text(os.path.join(work, "rh"), name + ".png")
    except (OSError, KeyError):
        s = ""
    try:
        t = open(os.path.join(work, "th-" + name + ".txt")).read()
    except OSError:
        t = ""
    gs = all(p in norm(s) for p in want)
    gt = all(p in norm(t) for p in want)
    ok_s += gs
    ok_t += gt
    rows.append(f"{name}:{'S' if gs else '-'}{'T' if gt else '-'}")
n = len(phrases)
print(f"{'hard scans read correctly, sluice':44s} {ok_s:4d}/{n:<5d} {100 * ok_s / n:.0f} %")
print(f"{'hard scans read correctly, tesseract':44s} {ok_t:4d}/{n:<5d} {100 * ok_t / n:.0f} %   ({' '.join(rows)}; S sluice, T tesseract)")

def lev(a, b):
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
truth = norm(open(truth_path).read())
s, _ = result_text(os.path.join(work, "rl"), "linn.png")
t = open(os.path.join(work, "tl.txt")).read()
for who, text in (("sluice (defaults)", s), ("tesseract --dpi 300", t)):
    acc = 1 - lev(norm(text), truth) / len(truth)
    print(f"{'linn.png character accuracy, ' + who:44s} {100 * acc:9.1f} %  vs linn.txt ({len(truth)} chars)")
PY
