#!/usr/bin/env bash
# Images, in one run (hyperfine): resizing a 4000×3000 JPEG to 1024 px and re-encoding it (quality 85) with
# `sluice-cli run` (image_transform: libjpeg-turbo's DCT-scaled decoding at 1/2 called directly, integer
# area interpolation, libjpeg-turbo encoding; OpenCV's codec module is not loaded on this path) against
# ImageMagick `convert -resize` and `convert -define jpeg:size=... -resize` (ImageMagick's own DCT-scaled
# decoding: the hint is the target size, from which libjpeg picks the largest reduction that stays at least
# that large — 1/2 here, as Sluice does; a hint of 2048x1536 would keep the full 4000×3000); then
# image_analyze throughput in images per second on a folder of 1600×1200 photos-like JPEGs.
# Usage: bench/images/run.sh [ANALYSIS_IMAGES]   (default 24)
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-24}"
cli="${SLUICE_CLI:-./build/app/sluice-cli}"
[[ -x $cli ]] || { echo "build first: scripts/build.sh (or set SLUICE_CLI)" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine missing: scripts/setup-deps.sh --test" >&2; exit 2; }
command -v convert >/dev/null || { echo "ImageMagick missing: scripts/setup-deps.sh --test" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg"

# A 4000×3000 photo-like JPEG: a gradient with noise, so that the encoder has detail to work on.
convert -size 4000x3000 gradient:navy-orange -seed 7 -attenuate 0.5 +noise Gaussian -quality 90 "$work/big.jpg"

cat >"$work/resize.sluice.json" <<JSON
{"format": "sluice-pipeline", "version": 1, "name": "resize-1024",
 "nodes": [{"id": "resize", "stage": "image_transform", "position": [0, 0],
            "params": {"resize": "longest_side", "size": 1024, "format": "jpeg", "quality": 85,
                       "keep_metadata": false, "output_dir": "$work/out"}}],
 "edges": []}
JSON
cat >"$work/analyze.sluice.json" <<JSON
{"format": "sluice-pipeline", "version": 1, "name": "analyze",
 "nodes": [{"id": "analyze", "stage": "image_analyze", "position": [0, 0], "params": {}}],
 "edges": []}
JSON

hyperfine --warmup 1 --runs 10 --export-json "$work/resize.json" \
  -n sluice "$cli run --pipeline $work/resize.sluice.json --out $work/res --state $work/s.sqlite $work/big.jpg" \
  -n convert "convert $work/big.jpg -resize 1024x1024 -quality 85 $work/im.jpg" \
  -n convert-jpeg-size "convert -define jpeg:size=1024x1024 $work/big.jpg -resize 1024x1024 -quality 85 $work/im2.jpg"

echo "output sizes:"; identify "$work/out/big.jpg" "$work/im.jpg" "$work/im2.jpg"

mkdir -p "$work/photos"
for i in $(seq 1 "$count"); do
  convert -size 1600x1200 "plasma:fractal" -seed "$i" -attenuate 0.3 +noise Gaussian -quality 88 "$work/photos/p$i.jpg"
done
start=$(date +%s.%N)
"$cli" run --pipeline "$work/analyze.sluice.json" --out "$work/ares" --state "$work/a.sqlite" "$work/photos" >/dev/null
end=$(date +%s.%N)

python3 - "$work/resize.json" "$count" "$start" "$end" <<'PY'
import json, sys
runs = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
for name, t in runs.items():
    print(f"{name:18s} {t:7.3f} s  ratio to plain convert {t / runs['convert']:.2f}")
n, secs = int(sys.argv[2]), float(sys.argv[4]) - float(sys.argv[3])
print(f"image_analyze: {n} images 1600x1200 in {secs:.2f} s = {n / secs:.1f} images/s (whole CLI run, default jobs)")
PY
