#!/usr/bin/env bash
# Times the GUI event log with 100,000 events (offscreen). Usage: bench/event_log/run.sh [BUILD_DIR] [EVENTS]
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR="${1:-build}"
cmake --build "$BUILD_DIR" --target sluice-event-log-bench
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/bench/event_log/sluice-event-log-bench" "${2:-100000}"
