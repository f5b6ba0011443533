#!/usr/bin/env bash
# Hashing throughput: `sluice-cli run` with a SHA-256-only pipeline against `sha256sum` (coreutils) and
# `openssl dgst -sha256`, on the same file in the same run (hyperfine), reported as ratios.
# Usage: bench/hash/run.sh [SIZE_MIB]   (default 512)
set -euo pipefail
cd "$(dirname "$0")/../.."
size_mib="${1:-512}"
cli=./build/app/sluice-cli
[[ -x $cli ]] || { echo "build first: scripts/build.sh" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine missing: scripts/setup-deps.sh --test" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -c "$((size_mib * 1024 * 1024))" /dev/urandom >"$work/data.bin"
export XDG_DATA_HOME="$work/xdg"

hyperfine --warmup 1 --runs 5 --export-json "$work/hash.json" \
  -n sluice "$cli run --pipeline bench/hash/hash-only.sluice.json --out $work/out --state $work/s.sqlite $work/data.bin" \
  -n sha256sum "sha256sum $work/data.bin" \
  -n openssl "openssl dgst -sha256 $work/data.bin"

python3 - "$work/hash.json" "$size_mib" <<'PY'
import json, sys
runs = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
mib = float(sys.argv[2])
for name, t in runs.items():
    print(f"{name:10s} {t:7.3f} s  {mib / t:8.1f} MiB/s  ratio to sluice {t / runs['sluice']:.2f}")
PY
