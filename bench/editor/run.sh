#!/usr/bin/env bash
# Frame times of the pipeline editor at 100 nodes, on a real X server (Xvfb) when one is available.
# Usage: bench/editor/run.sh [BUILD_DIR] [NODES]   (default ./build, 100)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR="${1:-build}"
NODES="${2:-100}"
cmake --build "$BUILD_DIR" --target sluice-editor-bench
BIN="$BUILD_DIR/bench/editor/sluice-editor-bench"
export HOME="${TMPDIR:-/tmp}/sluice-editor-bench-home"
mkdir -p "$HOME"
if command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" "$BIN" "$NODES" 300
else
  QT_QPA_PLATFORM=offscreen "$BIN" "$NODES" 300
fi
