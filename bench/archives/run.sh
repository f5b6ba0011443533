#!/usr/bin/env bash
# Extraction throughput: `sluice-cli run` with an extraction-only pipeline (every safety check and limit on)
# against `bsdtar -xf`, GNU `tar -xzf` and `unzip`, in one hyperfine run per archive, reported as MB/s
# (uncompressed bytes written per second) and as ratios to Sluice.
#   small: a tar.gz (and the same files as a .zip for unzip) of 10,000 small files (4–16 KiB of text)
#   large: a tar.gz (and .zip) of one file of LARGE_MIB MiB of random bytes (default 1024 = 1 GiB)
# Usage: bench/archives/run.sh [LARGE_MIB] [RUNS]   (defaults 1024 and 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
large_mib="${1:-1024}"
runs="${2:-3}"
cli=./build/app/sluice-cli
[[ -n ${SLUICE_CLI:-} ]] && cli="$SLUICE_CLI"
[[ -x $cli ]] || { echo "build first: scripts/build.sh (or set SLUICE_CLI)" >&2; exit 2; }
for tool in hyperfine bsdtar tar unzip zip python3; do
  command -v "$tool" >/dev/null || { echo "$tool missing: scripts/setup-deps.sh --test" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Earlier outputs go here and are deleted only at the end. On ext4 without a journal (as on this machine's
# disk) creating a file scans past every inode of its block group freed in the last minute or more
# (find_inode_bit → recently_deleted): an `rm -rf` of 10,000 files right before a run made that run's
# creates cost ~300 µs each instead of ~30 µs, for whichever tool came next (perf: 70% of all samples).
trash="$work/trash"
mkdir -p "$trash"
export XDG_DATA_HOME="$work/xdg" # Sluice's default extraction folder and state go here

echo "preparing: 10,000 small files and one ${large_mib} MiB file ..." >&2
python3 - "$work/small" <<'PY'
import os, random, sys
root = sys.argv[1]
random.seed(7)
words = [w.encode() for w in "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor".split()]
for i in range(10000):
    d = os.path.join(root, f"d{i // 500:02d}")
    os.makedirs(d, exist_ok=True)
    size = random.randint(4096, 16384)
    out = bytearray()
    while len(out) < size:
        out += random.choice(words) + (b"\n" if random.random() < 0.1 else b" ")
    with open(os.path.join(d, f"f{i:05d}.txt"), "wb") as f:
        f.write(out[:size])
PY
mkdir -p "$work/large"
head -c "$((large_mib * 1024 * 1024))" /dev/urandom >"$work/large/big.bin"
for set in small large; do
  tar -C "$work/$set" -czf "$work/$set.tar.gz" .
  (cd "$work/$set" && zip -q -r -1 "$work/$set.zip" .)
  bytes=$(du -sb --apparent-size "$work/$set" | cut -f1)
  echo "$bytes" >"$work/$set.bytes"
  mv "$work/$set" "$trash/source-$set" # not deleted before the end: see below
done

for set in small large; do
  out="$work/out-$set"
  # Each command extracts into a fresh folder. --prepare (not timed) moves the previous run's output into
  # the trash for the 10,000 files (deleting them would slow the next run's creates, see above) and
  # deletes it for the single large file; `sync` then writes back the previous run's data, so that no run
  # pays for another's writeback.
  if [[ $set == small ]]; then
    clear="n=\$(date +%s%N); for d in $out $work/xdg $work/res; do [ -e \$d ] && mv \$d $trash/\$n-\$(basename \$d); done; true"
  else
    clear="rm -rf $out $work/xdg $work/res"
  fi
  sluice_cmd="$cli run --pipeline bench/archives/extract-only.sluice.json --out $work/res --state $work/s.sqlite $work/$set.tar.gz"
  cmds=(-n sluice "$sluice_cmd" -n "bsdtar -xf" "bsdtar -xf $work/$set.tar.gz -C $out"
    -n "tar -xzf" "tar -xzf $work/$set.tar.gz -C $out" -n "unzip (zip)" "unzip -q $work/$set.zip -d $out")
  # hyperfine runs one command's runs, then the next's. For the small set a second pass runs the tools in
  # the reverse order, so that neither Sluice nor bsdtar is always the one that runs right after the
  # preparation's (or another program's) mass deletions (see above); the report gives both passes.
  passes=(forward)
  [[ $set == small ]] && passes+=(reverse)
  for pass in "${passes[@]}"; do
    order=("${cmds[@]}")
    if [[ $pass == reverse ]]; then
      order=()
      for ((i = ${#cmds[@]} - 3; i >= 0; i -= 3)); do order+=("${cmds[@]:i:3}"); done
    fi
    hyperfine --warmup 1 --runs "$runs" --export-json "$work/$set-$pass.json" \
      --prepare "$clear; sync; mkdir -p $out" "${order[@]}" >&2
    python3 - "$work/$set-$pass.json" "$(cat "$work/$set.bytes")" "$set ($pass order)" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
runs = {r["command"]: r["mean"] for r in results}
mb = int(sys.argv[2]) / 1e6
print(f"\n{sys.argv[3]}: {mb:.1f} MB uncompressed")
for r in sorted(results, key=lambda r: r["command"] != "sluice"):
    name, t = r["command"], r["mean"]
    print(f"  {name:12s} {t:8.3f} s  {mb / t:8.1f} MB/s  sluice speed / this speed {t / runs['sluice']:5.2f}"
          f"   user {r['user']:6.3f} s  sys {r['system']:6.3f} s")
PY
  done
done
