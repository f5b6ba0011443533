#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite through ctest (GUI tests run offscreen).
# Extra arguments go to ctest, e.g. scripts/test.sh -R cli
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-deps.sh --test
bash scripts/build.sh
bash scripts/check-format.sh
export QT_QPA_PLATFORM=offscreen
export OMP_THREAD_LIMIT=1
# Keep tests away from the user's own settings and state.
SLUICE_TEST_HOME="$(mktemp -d)"
trap 'rm -rf "$SLUICE_TEST_HOME"' EXIT
export XDG_DATA_HOME="$SLUICE_TEST_HOME/data" XDG_CONFIG_HOME="$SLUICE_TEST_HOME/config" XDG_CACHE_HOME="$SLUICE_TEST_HOME/cache"
cd build
ctest --output-on-failure --parallel "$(nproc)" "$@"
