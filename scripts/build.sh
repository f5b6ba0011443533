#!/usr/bin/env bash
# Configures (once) and builds Sluice in ./build with Ninja; incremental on later runs (ccache if present).
# Usage: scripts/build.sh [extra cmake -D options for the first configure]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${SLUICE_BUILD_DIR:-build}"
if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSLUICE_WARNINGS_AS_ERRORS=ON "$@"
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
